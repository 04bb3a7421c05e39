import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');
const byCue = (t: string, cue: string) => indirect(t).find((q) => q.cue?.text === cue);

describe('statements inside a relative clause', () => {
  it('ends the statement of a clause cue with the relative clause, the main verb after it', () => {
    const q = byCue('Governor Lena Park, who said the harbour tax would pass easily, resigned on Friday.', 'said');
    expect(q?.text).toBe('the harbour tax would pass easily');
    expect(q?.speaker?.name).toContain('Lena Park');
  });
  it('keeps the commas inside the reported clause when no main verb follows them', () => {
    const q = byCue('The vote went to Senator Ivan Dorn, who argued the plan was his last choice, behind two others.', 'argued');
    expect(q?.text).toBe('the plan was his last choice, behind two others');
  });
  it('reads a verb of stance after "who" set off by dashes', () => {
    const q = byCue('On Monday, Senator Ruth Okafor—who had previously endorsed Tom Reyes for mayor—met the press.', 'endorsed');
    expect(q?.text).toBe('Tom Reyes for mayor');
    expect(q?.speaker?.name).toContain('Ruth Okafor');
  });
  it('reads a cue taken with its preposition after a contracted "who\'s"', () => {
    const q = byCue("The board thanked Mayor Tom Reyes, who's complained about the new water rules, on Friday.", 'complained');
    expect(q?.text).toBe('the new water rules');
  });
  it('reads a clause without "that" after any cue', () => {
    const q = byCue('Mayor Tom Reyes, who brags he has visited every school in the county, lost the vote.', 'brags');
    expect(q?.text).toBe('he has visited every school in the county');
  });
  it('ends the object at a second verb of the relative clause', () => {
    const q = byCue('Senator Ruth Okafor, who endorsed Tom Reyes last spring and chaired his campaign, left.', 'endorsed');
    expect(q?.text).toBe('Tom Reyes last spring');
  });
  it('reads a relative "that" on a group of people', () => {
    const q = byCue('The Vellport Dockers Union, a group that opposes the new port tariffs, met on Monday.', 'opposes');
    expect(q?.text).toBe('the new port tariffs');
  });
  it('reads no adjunct after the cue as a statement', () => {
    expect(byCue('Senator Ruth Okafor, who spoke on Monday at the harbour, left early.', 'spoke')).toBeUndefined();
    expect(byCue('Two aides to Tom Reyes, who spoke on the condition of anonymity, left early.', 'spoke')).toBeUndefined();
  });
});
