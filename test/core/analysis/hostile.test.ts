// Hostile shapes of text (issue 16): the analysis grows linearly with the text. Each shape is analysed
// at 100 KB and at 1 MB; linear work takes ~10 times as long for ten times the text, quadratic ~100
// times (a 200 KB paragraph of short quotations took minutes). The bound (25 times, plus slack for a
// loaded machine) and the budget (20 s for 1 MB) are generous on purpose: what fails is the shape of the
// growth, not a slow machine.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { SEED_FILE } from '../../helpers/temp';
import { collidingWords } from '../../helpers/collidingWords';

const fill = (unit: (i: number) => string, bytes: number, sep = '') => {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < bytes; i++) {
    const s = unit(i);
    parts.push(s);
    n += s.length + sep.length;
  }
  return parts.join(sep).slice(0, bytes);
};

// The shapes of scripts/bench/hostileShapes.mjs (npm run bench -- hostile).
const SHAPES: Record<string, (bytes: number) => string> = {
  'real text': (bytes) => fill(() => readFileSync(SEED_FILE, 'utf8'), bytes, '\n\n'),
  'many short quotes in one paragraph': (bytes) => fill((i) => `“Yes${i % 10}” and `, bytes),
  'many short paragraphs without quotes': (bytes) => fill((i) => `The talks went on ${i % 7}.`, bytes, '\n\n'),
  'one huge sentence': (bytes) => fill((i) => `the minister and the envoy of ${i % 2 ? 'Kazakhstan' : 'the Union'} met `, bytes),
  'only punctuation': (bytes) => fill(() => '.,;:!?-()“”"\'«»…—', bytes),
  'unbalanced quotes': (bytes) => fill((i) => (i % 3 ? `He said “never closed ${i % 5} ` : `and "straight `), bytes),
  // Words chosen to share their slots in the summary's word table (its hash is fixed and easy to collide).
  'words that share their hash table slots': (bytes) => {
    const words = collidingWords(Math.ceil(bytes / 7));
    return fill((i) => `${words[i]}${i % 12 === 11 ? '.' : ''} `, bytes);
  },
};

const timed = (text: string) => {
  const t = performance.now();
  analyzeArticle(text, null);
  return performance.now() - t;
};

describe('analysis of hostile text', () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`grows linearly: ${shape}`, () => {
      timed(make(10 * 1024)); // warm up
      const small = Math.min(timed(make(100 * 1024)), timed(make(100 * 1024)));
      const large = timed(make(1024 * 1024));
      expect(large).toBeLessThan(20_000);
      expect(large).toBeLessThan(25 * small + 2_000);
    }, 120_000);
  }
});
