import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');

describe('a subject with its relative clause set off before the cue', () => {
  it('reads the name before ", who …," when the sentence opens with something else', () => {
    const t = 'But Lena Park, who backed the levy in May, criticized the new budget for the harbour.';
    const q = indirect(t).find((x) => x.cue?.text === 'criticized');
    expect(q?.speaker?.name).toBe('Lena Park');
  });
  it('reads it when the closing comma is inside a quotation', () => {
    const t = 'Tom Reyes, who has called the plan “reckless,” warned that the council would lose its reserve.';
    const q = indirect(t).find((x) => x.cue?.text === 'warned');
    expect(q?.speaker?.name).toBe('Tom Reyes');
    expect(q?.text).toBe('that the council would lose its reserve');
  });
});
