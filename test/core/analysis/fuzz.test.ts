// Property-based tests of the analysis: whatever the text, it returns a briefing whose spans are the
// text at their offsets, and no step of it fails (a failing step is caught and logged, which these
// tests count as a failure: the catch is a safety net for users, not a licence for rules to throw).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { PROJECT_ROOT as projectRoot } from '../../helpers/projectRoot';
import { expectSpansConsistent } from './helpers';

const seeds = readdirSync(join(projectRoot, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(projectRoot, 'seeds', f), 'utf8'));
// The seed, after the texts that once made the analysis throw (fixtures/), so mutations start from them too.
const fixtures = readdirSync(join(__dirname, 'fixtures')).map((f) => readFileSync(join(__dirname, 'fixtures', f), 'utf8'));
const REAL = [...fixtures, ...seeds].join('\n\n');

// Pieces that stress the analysis: quotation marks of every kind, unbalanced; sentence ends; line
// breaks; names, titles and cue words; astral characters; long runs of punctuation.
const PIECES = ['"', '“', '”', '‘', '’', "'", "''", '«', '»', '.', '. ', '?', '!', ',', ';', ':', '—', ' - ', '(', ')', '\n', '\n\n', '\n    ',
  ' said ', ' told ', ' urged ', ' will ', ' should ', ' agreed to ', ' the two leaders ', ' He ', ' she said. ', ' President ', ' H.E. ',
  ' U.N. ',  ' (GM) ', 'Fiat and General Motors (GM) have', ' Mr. ', ' Kassym-Jomart Tokayev ', ' the CSTO ', ' It is necessary to ', ' Let us ', ' 1. ', ' - To ', '😀', '𝔘', '\u0000', '\u200b', 'ǅ', ' '];

const piecesText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 300 }).map((a) => a.join(''));

/** A real text changed by cuts, insertions and repetitions at random places. */
const mutatedReal = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.constantFrom(...PIECES), fc.constantFrom('cut', 'insert', 'repeat')), { maxLength: 25 }).map((edits) => {
  let t = REAL;
  for (const [at, len, piece, op] of edits) {
    const i = at % (t.length + 1);
    if (op === 'cut') t = t.slice(0, i) + t.slice(i + len);
    else if (op === 'insert') t = t.slice(0, i) + piece.repeat(1 + (len % 20)) + t.slice(i);
    else t = t.slice(0, i) + t.slice(i, i + len).repeat(3) + t.slice(i);
  }
  return t;
});

let warn: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

function check(text: string): void {
  const a = analyzeArticle(text, null);
  expectSpansConsistent(text, a);
  for (const p of a.proposals) expect(p.end).toBeGreaterThan(p.start);
  expect(warn).not.toHaveBeenCalled();
}

describe('analysis on any text', () => {
  it('never fails on generated text of quotation marks, cue words, names and odd characters', () => {
    fc.assert(fc.property(piecesText, check), { numRuns: 300 });
  });

  it('never fails on a real article cut, repeated and salted with marks', () => {
    fc.assert(fc.property(mutatedReal, check), { numRuns: 120 });
  });

  it('takes the shapes that once cost the most: one huge sentence, only punctuation, a wall of short quotes', () => {
    for (const text of [
      'word '.repeat(20_000),
      '.,;:!?—"“”'.repeat(3_000),
      '"Yes," he said. '.repeat(2_000),
      'A.\n'.repeat(5_000),
      '“'.repeat(10_000),
      `${'(('.repeat(2_000)}${'))'.repeat(2_000)}`,
      // Shapes a review found to throw or to grow faster than the text (each once took seconds to minutes).
      `He has ${'in the past '.repeat(20_000)}called for talks with Iran.`,
      'will '.repeat(20_000),
      'would also '.repeat(10_000),
      `It is ${'high '.repeat(20_000)}time to go.`,
      `They include: 1. A${' '.repeat(80_000)}b`,
    ]) check(text);
  });
});
