import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');
const byCue = (t: string, cue: string) => indirect(t).find((q) => q.cue?.text === cue);

describe('the clause of a noun of saying', () => {
  it('runs like a verb\'s clause to the end of its sentence', () => {
    const t = 'The treasurer left the meeting early, having repeated her claim that the budget was balanced, and that no further cuts were needed.';
    expect(byCue(t, 'claim')?.text).toBe('that the budget was balanced, and that no further cuts were needed');
  });
  it('ends at its first break when it belongs to the subject that opens the sentence', () => {
    const t = 'His claim that the budget was balanced, however, was rejected by the council.';
    expect(byCue(t, 'claim')?.text).toBe('that the budget was balanced');
  });
});
