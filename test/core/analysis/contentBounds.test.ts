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

describe('the object of a noun of saying and its preposition', () => {
  it('runs with its modifiers to the end of its sentence', () => {
    const t = 'The senator closed the hearing by repeating her criticism of the treaty, which she called a gift to polluters.';
    expect(byCue(t, 'criticism')?.text).toBe('the treaty, which she called a gift to polluters');
  });
  it('ends at the verb when it belongs to the subject that opens the sentence', () => {
    const t = 'Her criticism of the treaty was sharper than anyone in the chamber expected.';
    expect(byCue(t, 'criticism')?.text).toBe('the treaty');
  });
});
