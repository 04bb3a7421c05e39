// The words of each sentence for the summary: the lower-cased runs of letters and digits. They are read
// off the article's tokens, not split again from the text: a sentence never splits a token, and most
// tokens are one word.
import type { Sentence } from '../text/sentences';
import { firstAtOrAfter, type Token } from '../text/tokens';
import { HASH_SEED, hashStep, wordHash } from './wordTable';

const WORD_RE = /[\p{L}\p{N}]+/gu;

/**
 * Reads the words of sentence i into out[0..count) and their hashes (wordHash, mostly computed while
 * the word's characters are read) into hashes[0..count), and gives count. Entries past count are stale:
 * the arrays are reused from sentence to sentence, never cut short.
 */
export type WordReader = (i: number, out: string[], hashes: number[]) => number;

/**
 * A token's words are its lower-cased text, or, for a token with a mark inside ("o'brien", "u.s.",
 * "'s"), the runs of letters and digits in it; a run may go on into the next token ("1.5bn" is the
 * tokens "1.5" and "bn", the words "1" and "5bn"). Lower-casing a word alone gives what lower-casing
 * its sentence gives, except for Greek capital sigma, whose small form depends on the letters around
 * it: a text holding one (or given without its tokens) is split again sentence by sentence.
 */
export function sentenceWords(text: string, sentences: Sentence[], tokens: Token[] | undefined): WordReader {
  if (!tokens || text.includes('Σ')) {
    return (i, out, hashes) => {
      const words = text.slice(sentences[i]!.start, sentences[i]!.end).toLowerCase().match(WORD_RE) ?? [];
      for (let k = 0; k < words.length; k++) {
        out[k] = words[k]!;
        hashes[k] = wordHash(words[k]!);
      }
      return words.length;
    };
  }
  // Sentences are mostly read in order: the next one's first token is found from where the last ended.
  let nextI = 0;
  let nextK = 0;
  return (i, out, hashes) => {
    const s = sentences[i]!;
    const end = s.end;
    let count = 0;
    let k = i === nextI ? nextK : firstAtOrAfter(tokens, s.start);
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    /** Where the last word read ends, when a letter or digit ends its token too; else -1. */
    let runEnd = -1;
    for (; k < tokens.length && tokens[k]!.start < end; k++) {
      const t = tokens[k]!;
      if (!t.word) continue; // a mark alone holds no letter or digit
      const glued = t.start === runEnd;
      runEnd = -1;
      const w = t.lower;
      const h = plainHash(w);
      if (h !== NOT_PLAIN) {
        if (glued) {
          out[count - 1] += w;
          hashes[count - 1] = wordHash(out[count - 1]!);
        } else {
          out[count] = w;
          hashes[count++] = h;
        }
        runEnd = t.end;
        continue;
      }
      WORD_RE.lastIndex = 0;
      for (let m = WORD_RE.exec(w); m; m = WORD_RE.exec(w)) {
        if (glued && m.index === 0) out[count - 1] += m[0];
        else out[count++] = m[0];
        hashes[count - 1] = wordHash(out[count - 1]!);
        if (m.index + m[0].length === w.length) runEnd = t.end;
      }
    }
    nextI = i + 1;
    nextK = k;
    return count;
  };
}

/** Not a hash: what plainHash gives a word to split (hashes are 32-bit integers). */
const NOT_PLAIN = 0.5;

/** The word's hash when it is only ASCII letters and digits (the whole token is one word), else NOT_PLAIN:
 *  other tokens are split by WORD_RE. */
function plainHash(w: string): number {
  let h = HASH_SEED;
  for (let j = 0; j < w.length; j++) {
    const c = w.charCodeAt(j);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return NOT_PLAIN;
    h = hashStep(h, c);
  }
  return h;
}
