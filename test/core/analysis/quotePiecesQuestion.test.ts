// A quotation split after a question or an exclamation by a long attribution is one statement;
// each sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { wordsIn } from '../../../electron/core/analysis/quotes/quotePieces';
import { directTexts } from './helpers';

describe('a quotation split after a question by a long attribution', () => {
  it('joins “…?” asked NAME, APPOSITIVE WITH A RELATIVE CLAUSE. “…”', () => {
    const text = '“Why would anyone vote for that plan?” asked Mara Lindgren, a retired teacher who runs the food bank in Dover. “Nobody here wants it, and nobody asked us.”';
    expect(directTexts(text)).toEqual(['Why would anyone vote for that plan?” asked Mara Lindgren, a retired teacher who runs the food bank in Dover. “Nobody here wants it, and nobody asked us.']);
  });
  it('keeps the pieces apart when the attribution holds a sentence of narration', () => {
    const text = '“Why would anyone vote for that plan?” asked Mara Lindgren. She then left the hall with the rest of her neighbours and the two council clerks. “Nobody here wants it.”';
    expect(directTexts(text)).toHaveLength(2);
  });
  it('keeps the pieces apart after a full stop and a long attribution, as before', () => {
    const text = '“Nobody voted for that plan.” Mara Lindgren said as she packed up the folding chairs after the long meeting ended. “We go home now.”';
    expect(directTexts(text)).toHaveLength(2);
  });
});

describe('the words of an attribution, counted without splitting it', () => {
  it('are as many as split(/\\s+/) gives, on every kind of white space', () => {
    const spaces = [' ', '  ', '\t', '\n', '\r\n', '\u000b', '\f', '\u00a0', '\u1680', '\u2003', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e', '\u0085'];
    const words = ['', 'a', 'said', 'O’Brien', 'x-y', '—'];
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let i = rand(8); i > 0; i--) s += rand(2) ? spaces[rand(spaces.length)] : words[rand(words.length)];
      expect(wordsIn(s), JSON.stringify(s)).toBe(s.split(/\s+/).length);
    }
  });
});
