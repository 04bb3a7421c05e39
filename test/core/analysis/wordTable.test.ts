// The summary's word table (summary/wordTable.ts): every word keeps its id, including words that share
// their slot bits, which hostile text can choose (the hash is fixed and easy to collide); and such words
// cost it a bounded number of steps each, not a walk over all those before them.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { WordTable, wordHash } from '../../../electron/core/analysis/summary/wordTable';
import { collidingWords } from '../../helpers/collidingWords';

const fill = (t: WordTable, words: string[]) => {
  for (const w of words) {
    const h = wordHash(w);
    if (t.find(w, h) < 0) t.add(w, h);
  }
};

describe('the word table', () => {
  it('finds every word it was given, ordinary and colliding, by the id it gave, and forgets them all on clear', () => {
    const colliding = collidingWords(3000);
    const ordinary = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const words = colliding.flatMap((w, i) => [w, ordinary[i]!]);
    const t = new WordTable();
    for (let round = 0; round < 2; round++) {
      t.clear();
      const ids = words.map((w) => t.add(w, wordHash(w)));
      expect(ids).toEqual(words.map((_, i) => i));
      words.forEach((w, i) => expect(t.find(w, wordHash(w))).toBe(i));
      expect(t.find('absent', wordHash('absent'))).toBe(-1);
      expect(t.find(colliding[0]! + 'x', wordHash(colliding[0]! + 'x'))).toBe(-1);
    }
    t.clear();
    expect(t.size).toBe(0);
    for (const w of words.slice(0, 50)) expect(t.find(w, wordHash(w))).toBe(-1);
  });

  it('takes time linear in the number of colliding words (quadratic probing took 30 times the Map’s at 80,000)', () => {
    const small = collidingWords(4000);
    const large = collidingWords(40000);
    const timed = (words: string[]) => {
      const t0 = performance.now();
      fill(new WordTable(), words);
      return performance.now() - t0;
    };
    timed(small); // warm up
    const a = Math.min(timed(small), timed(small));
    const b = timed(large);
    // Ten times the words: ~10 times the time when linear, ~100 when quadratic.
    expect(b).toBeLessThan(30 * a + 200);
  }, 60_000);
});
