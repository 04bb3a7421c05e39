import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');
const byCue = (t: string, cue: string) => indirect(t).find((q) => q.cue?.text === cue);

describe('"it" standing for an organisation as a source', () => {
  it('reads the stance of "it" when an organisation was named before', () => {
    const text = 'The Harbour Workers Union met in Vellport on Monday. It criticized the new port tariffs in a long letter to members.';
    const q = byCue(text, 'criticized');
    expect(q?.text).toBe('the new port tariffs in a long letter to members');
    expect(q?.speaker?.name).toContain('Harbour Workers Union');
  });
  it('reads no stance from an "it" that stands for no organisation', () => {
    expect(byCue('The old bridge was painted green last year. It criticized the new port tariffs in a long letter.', 'criticized')).toBeUndefined();
  });
});
