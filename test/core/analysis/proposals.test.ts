import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const props = (t: string) => analyzeArticle(t, null).proposals.map((p) => [p.actor?.name ?? null, p.text]);

describe('proposals', () => {
  it('reads "called for" and "proposed" with the subject as actor', () => {
    const t = 'Anna Lind called for a new round of talks in Geneva. Lind also proposed creating a joint fund for the region.';
    expect(props(t)).toEqual([
      ['Anna Lind', 'a new round of talks in Geneva'],
      ['Anna Lind', 'creating a joint fund for the region'],
    ]);
  });
  it('reads commitments of a named actor, not predictions about things', () => {
    const t = 'Norway is determined to double its aid to the region. The weather will improve by Friday.';
    expect(props(t)).toEqual([['Norway', 'double its aid to the region']]);
  });
  it('takes "should be taken" from a reported belief with its speaker', () => {
    const t = 'Olaf Brandt believes that urgent measures should be taken to protect the coast.';
    expect(props(t)).toEqual([['Olaf Brandt', 'urgent measures should be taken to protect the coast']]);
  });
});
