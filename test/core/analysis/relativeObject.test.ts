import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');
const texts = (t: string) => indirect(t).map((q) => q.text);

describe('statements that are the object of their own cue in a relative clause', () => {
  it('starts a free relative at "what"', () => {
    const t = 'Mayor Tom Reyes met the union on Friday. The talks turned to what he called a reckless pension scheme.';
    const q = indirect(t).find((x) => x.cue?.text === 'called');
    expect(q?.text).toBe('what he called a reckless pension scheme');
    expect(q?.speaker?.name).toBe('Tom Reyes');
  });
  it('starts at "which" when a clause follows the cue, and runs to the sentence end', () => {
    const t = 'Lena Park voted for the harbour tax, which she has said was a mistake for the port towns.';
    expect(texts(t)).toContain('which she has said was a mistake for the port towns');
  });
  it('starts at the head noun of a clause with no relative pronoun', () => {
    const t = 'Senator Ruth Okafor dodged the questions she wanted to avoid.';
    expect(texts(t)).toContain('the questions she wanted to avoid');
    const u = 'Governor Lena Park spent the week at an office she has wanted to hold since she was young.';
    expect(texts(u).some((x) => x.startsWith('an office she has wanted to hold'))).toBe(true);
  });
  it('reads a described subject after a relative pronoun', () => {
    const t = 'The fire hit the old mill in Dorset, in what officials called a deliberate attack.';
    expect(texts(t)).toContain('what officials called a deliberate attack');
  });
  it('reads no relative clause where the cue has its own object or the noun is a time', () => {
    // "which he once supported": the pronoun alone is the object; nothing after the cue is said.
    expect(texts('Nina Ortiz turned against the river bill, which she once supported.').some((x) => x.startsWith('which'))).toBe(false);
    // "Last week he said …": a time noun before the subject heads no clause.
    expect(texts('Last week he said the river bill would pass.').some((x) => x.startsWith('week'))).toBe(false);
  });
});
