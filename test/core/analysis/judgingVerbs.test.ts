import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');
const byCue = (t: string, cue: string) => indirect(t).find((q) => q.cue?.text === cue);

describe('verbs of expecting, judging and feeling (judgingVerbs)', () => {
  it('reads what a group expects, with the infinitive clause', () => {
    const q = byCue('Harbour workers expect the port authority to raise the mooring fees in spring.', 'expect');
    expect(q?.text).toBe('the port authority to raise the mooring fees in spring');
  });
  it('ends what is expected before a reason given by the writer', () => {
    const q = byCue('Many fishermen expect the quota to be cut, given the poor catches of the last two winters.', 'expect');
    expect(q?.text).toBe('the quota to be cut');
  });
  it('reads a judgement with its small clause', () => {
    expect(byCue('Most ferry captains consider the new timetable a serious mistake.', 'consider')?.text).toBe('the new timetable a serious mistake');
  });
  it('reads "feel" with a clause, "like" or a participle', () => {
    expect(byCue('Many of the dock workers feel the union has abandoned them.', 'feel')?.text).toBe('the union has abandoned them');
    expect(byCue('Many teachers feel betrayed by the council.', 'feel')?.text).toBe('betrayed by the council');
  });
  it('reads nothing from "feel" with a thing felt', () => {
    expect(byCue('The dock workers felt the need to leave early.', 'felt')).toBeUndefined();
  });
  it('reads nothing from the text\'s own first person', () => {
    expect(byCue('I expect you to finish the harbour plan by May.', 'expect')).toBeUndefined();
    expect(byCue('We will also consider new training for the pilots.', 'consider')).toBeUndefined();
  });
});
