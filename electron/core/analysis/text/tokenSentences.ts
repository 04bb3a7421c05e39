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
  // A long way back (one huge sentence, asked once per quotation in it) is read off the sentence ends
  // found once for the whole text; a short one is scanned, as before.
  if (k - floor > SCAN_LIMIT) {
    const end = lastEndBefore(tokens, k);
    return end >= floor ? end + 1 : floor;
  }
  for (let j = k - 1; j >= floor; j--) if (sentenceEnd(tokens[j]!, tokens[j - 1], tokens[j + 1])) return j + 1;
  return floor;
}

const SCAN_LIMIT = 64;
/** For each token k, the last token before it that ends a sentence (-1 when none), made once per text. */
const lastEnds = new WeakMap<Token[], Int32Array>();

/** The last token before `k` that ends a sentence, or -1 (exactly what the scan back would find). */
export function lastEndBefore(tokens: Token[], k: number): number {
  let ends = lastEnds.get(tokens);
  if (!ends) {
    ends = new Int32Array(tokens.length + 1);
    let last = -1;
    for (let j = 0; j < tokens.length; j++) {
      ends[j] = last;
      // Only a full stop, question or exclamation mark may end a sentence: most tokens need no more test.
      const c = tokens[j]!.text;
      if ((c === '.' || c === '!' || c === '?') && sentenceEnd(tokens[j]!, tokens[j - 1], tokens[j + 1])) last = j;
    }
    ends[tokens.length] = last;
    lastEnds.set(tokens, ends);
  }
  return ends[Math.min(k, tokens.length)]!;
}
