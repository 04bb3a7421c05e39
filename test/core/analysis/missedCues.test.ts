// Statements carried by cues the verb rules missed: labels ("known as"), verbs of stance with their
// particle, and evidence that shows something. Each on sentences written here.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { expectSpansConsistent } from './helpers';

const indirect = (t: string) => {
  const a = analyzeArticle(t, null);
  expectSpansConsistent(t, a);
  return a.quotes.filter((q) => q.kind === 'indirect');
};
const byCue = (t: string, cue: string) => indirect(t).find((q) => q.cue?.text === cue);

describe('labels: known as, seen as', () => {
  it('takes the phrase a reduced "known as" hangs on, with its label', () => {
    const q = byCue('The fund, known as the Harbour Trust, paid for the new pier.', 'known');
    expect(q?.text).toBe('The fund, known as the Harbour Trust');
    expect(q?.speaker).toBeNull();
  });
  it('takes the subject of "is widely seen as"', () => {
    const q = byCue('The mayor is widely seen as the favourite in the spring election.', 'seen');
    expect(q?.text).toBe('The mayor is widely seen as the favourite in the spring election');
  });
  it('names the one who sees with "seen by X as"', () => {
    const q = byCue('The levy, seen by farmers as a threat to their income, passed on Monday.', 'seen');
    expect(q?.text).toBe('The levy, seen by farmers as a threat to their income');
  });
  it('leaves "known" without a label alone', () => {
    expect(byCue('The results were known by noon on Friday.', 'known')).toBeUndefined();
  });
});
