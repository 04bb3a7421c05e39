import { describe, expect, it } from 'vitest';
import { sentenceWords, type WordReader } from '../../../electron/core/analysis/summary/sentenceWords';
import { wordHash } from '../../../electron/core/analysis/summary/wordTable';
import { splitParagraphs, splitSentences } from '../../../electron/core/analysis/text/sentences';
import { tokenize } from '../../../electron/core/analysis/text/tokens';

/** The words of sentence i, as the reader gives them (its hashes checked on the way). */
function read(words: WordReader, i: number): string[] {
  const out: string[] = [];
  const hashes: number[] = [];
  const n = words(i, out, hashes);
  for (let k = 0; k < n; k++) expect(hashes[k]).toBe(wordHash(out[k]!));
  return out.slice(0, n);
}

/** Each sentence's words as read off the tokens, and as split again from the sentence's text. */
function both(text: string): [string[][], string[][]] {
  const sentences = splitSentences(text, splitParagraphs(text));
  const fromTokens = sentenceWords(text, sentences, tokenize(text));
  const fromText = sentenceWords(text, sentences, undefined);
  return [sentences.map((_s, i) => read(fromTokens, i)), sentences.map((_s, i) => read(fromText, i))];
}

describe('summary words read off the tokens', () => {
  it('are the words of the sentence split again, marks, numbers and all', () => {
    const text = [
      "O'Brien's U.S.-backed plan costs £1.5bn, or 1,000m a year (Kassym-Jomart, AT&T).",
      'İstanbul’s café crème — 3.5% of 2,500 — rose 10,000x; “It’s done,” he said.',
      'Ünïcödé wörds and ½ fractions: x²+y² = r².',
    ].join('\n');
    const [tokens, split] = both(text);
    expect(tokens).toEqual(split);
    expect(tokens[0]).toContain('5bn');
  });
  it('are the same read out of order (the reader keeps its place for the next sentence only)', () => {
    const text = 'First one here. Second, 1.5bn of them. Third: U.S. aid.\nFourth line now. Fifth.';
    const sentences = splitSentences(text, splitParagraphs(text));
    const tokens = tokenize(text);
    const inOrder = sentences.map((_s, i) => read(sentenceWords(text, sentences, tokens), i));
    const words = sentenceWords(text, sentences, tokens);
    const order = [3, 4, 0, 1, 1, 2, 0, 4];
    expect(order.map((i) => read(words, i))).toEqual(order.map((i) => inOrder[i]));
  });
  it('are split again from the text where a Greek capital sigma makes lower-casing depend on its neighbours', () => {
    const [tokens, split] = both('ΟΔΟΣ.Α and ΣΟΦΙΑ went home.');
    expect(tokens).toEqual(split);
  });
});
