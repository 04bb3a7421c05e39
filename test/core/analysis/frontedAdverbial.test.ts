// A sentence opened by an adverbial has its comma after the adverbial: read backward from a later cue,
// the adverbial is no clause that the subject after the comma said.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const reported = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect').map((q) => q.text);

describe('an opening adverbial', () => {
  it('is not reported as what the subject after its comma said', () => {
    const t = [
      'Since the merger last spring, the board has pushed for deeper cuts.',
      'With the count so close, the mayor could have requested a recount.',
      'As the band played on the pier, the governor attacked.',
    ].join('\n\n');
    const found = reported(t);
    for (const opening of ['Since the merger last spring', 'With the count so close', 'As the band played on the pier']) expect(found).not.toContain(opening);
  });

  it('leaves a clause before its cue as the statement', () => {
    expect(reported('The new levy will hurt small farms, the senator argued.')).toContain('The new levy will hurt small farms');
  });
});
