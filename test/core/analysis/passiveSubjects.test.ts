// A verb of saying or stance in the passive reports its subject ("The levy was widely criticized"), with
// the agent after "by" as the speaker when it names one. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { expectSpansConsistent } from './helpers';

const indirect = (t: string) => {
  const a = analyzeArticle(t, null);
  expectSpansConsistent(t, a);
  return a.quotes.filter((q) => q.kind === 'indirect');
};

describe('a passive of a verb of saying or stance', () => {
  it('reports the subject, with no speaker when none is named', () => {
    const q = indirect('On the coast, the new harbour levy was widely criticized.').find((x) => x.cue?.text === 'criticized');
    expect(q!.text).toBe('the new harbour levy');
    expect(q!.speaker).toBeNull();
  });
  it('takes the agent after "by" as the speaker', () => {
    const t = 'Mayor Lena Hale spoke on Monday. The ferry budget has been rejected by Lena Hale twice.';
    const q = indirect(t).find((x) => x.cue?.text === 'rejected');
    expect(q!.text).toBe('The ferry budget');
    expect(q!.speaker?.name).toBe('Lena Hale');
  });
  it('keeps the complement of a verb of declaring with its subject', () => {
    const q = indirect('Late on Tuesday, Ruth Gale was declared the winner in the harbour ward.').find((x) => x.cue?.text === 'declared');
    expect(q!.text).toBe('Ruth Gale was declared the winner in the harbour ward');
  });
  it('ends the subject at a verb of saying, whose clause is its own statement', () => {
    const qs = indirect('Officials thought the audit was released too early.');
    expect(qs.some((x) => x.text === 'the audit was released too early')).toBe(true);
  });
  it('reads no plan ("will be announced"), no gerund and no relative clause on the subject', () => {
    expect(indirect('The winners will be announced in May.').filter((x) => x.cue?.text === 'announced')).toEqual([]);
    expect(indirect('Within hours of being posted, the clip had spread.').filter((x) => x.cue?.text === 'posted')).toEqual([]);
    expect(indirect('The rules that govern the port were criticized.').filter((x) => x.cue?.text === 'criticized')).toEqual([]);
    expect(indirect('The drop in turnout is explained by the rain.').filter((x) => x.cue?.text === 'explained')).toEqual([]);
  });
});
