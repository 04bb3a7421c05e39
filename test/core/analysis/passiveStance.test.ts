import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');
const byCue = (t: string, cue: string) => indirect(t).find((q) => q.cue?.text === cue);

describe('a verb of stance in the passive, its holder after "by" (passiveStance)', () => {
  it('reads the subject of the passive as what is held, the one after "by" as the source', () => {
    const q = byCue('The harbour levy was sharply criticized by Mayor Elena Varga on Monday.', 'criticized');
    expect(q?.text).toBe('The harbour levy');
    expect(q?.speaker?.name).toContain('Varga');
  });
  it('reads the noun phrase a participle hangs on', () => {
    expect(byCue('Fishermen still sell at a market, a practice condemned by critics for years.', 'condemned')?.text).toBe('a practice');
    expect(byCue('The ferry bill, opposed by most councillors, never reached a vote.', 'opposed')?.text).toBe('The ferry bill');
  });
  it('keeps only the noun phrase before the comma when a clause runs into it', () => {
    expect(byCue('A judge froze the dredging plan, opposed by environmentalists, because of a missing permit.', 'opposed')?.text).toBe('the dredging plan');
  });
  it('reads nothing when the one after "by" holds no view, or for the other sense of a verb', () => {
    expect(byCue('The claim was rejected by a narrow margin.', 'rejected')).toBeUndefined();
    expect(byCue('A short video posted by the mayor showed the pier.', 'posted')).toBeUndefined();
  });
});
