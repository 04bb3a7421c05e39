// A quotation split after a question or an exclamation by a long attribution is one statement;
// each sentence is written for this test.
import { describe, expect, it } from 'vitest';
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
