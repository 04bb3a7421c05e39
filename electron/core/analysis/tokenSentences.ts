// Sentence bounds over tokens, for reading a cue's sentence: where a full stop ends one and where
// the sentence holding a token starts.
import type { Token } from './tokens';

export function sentenceEnd(t: Token, prev: Token | undefined, next?: Token): boolean {
  if (t.text !== '.' && t.text !== '!' && t.text !== '?') return false;
  if (t.text === '.' && prev && (/^(mr|mrs|ms|dr|sen|rep|gov|gen|st|jr|lt|col|rev|prof)$/.test(prev.lower) || /^\p{Lu}$/u.test(prev.text))) return false;
  // "(D-Wis.) said", "R-Ky., said": a full stop inside brackets or before a comma ends nothing.
  if (next && (next.text === ')' || next.text === ',' || (next.word && !next.cap))) return false;
  return true;
}

/** The first token of the sentence holding token `k`, not before `floor`. */
export function sentenceStart(tokens: Token[], k: number, floor: number): number {
  for (let j = k - 1; j >= floor; j--) if (sentenceEnd(tokens[j]!, tokens[j - 1], tokens[j + 1])) return j + 1;
  return floor;
}
