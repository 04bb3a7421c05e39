// The words of each sentence for the summary: the lower-cased runs of letters and digits. They are read
// off the article's tokens, not split again from the text: a sentence never splits a token, and most
// tokens are one word.
import type { Sentence } from '../text/sentences';
import { firstAtOrAfter, type Token } from '../text/tokens';

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The words of sentence i, read into `out` or kept from an earlier reading: valid until the next call. */
export type WordReader = (i: number, out: string[]) => string[];

/**
 * A token's words are its lower-cased text, or, for a token with a mark inside ("o'brien", "u.s.",
 * "'s"), the runs of letters and digits in it; a run may go on into the next token ("1.5bn" is the
 * tokens "1.5" and "bn", the words "1" and "5bn"). Lower-casing a word alone gives what lower-casing
 * its sentence gives, except for Greek capital sigma, whose small form depends on the letters around
 * it: a text holding one (or given without its tokens) is split again sentence by sentence.
 */
export function sentenceWords(text: string, sentences: Sentence[], tokens: Token[] | undefined): WordReader {
  if (!tokens || text.includes('Σ')) {
    // Split once per sentence and kept: the summary reads a few sentences again to compare them.
    const split: string[][] = [];
    return (i) => (split[i] ??= text.slice(sentences[i]!.start, sentences[i]!.end).toLowerCase().match(WORD_RE) ?? []);
  }
  // Sentences are mostly read in order: the next one's first token is found from where the last ended.
  let nextI = 0;
  let nextK = 0;
  return (i, out) => {
    const s = sentences[i]!;
    const end = s.end;
    out.length = 0;
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
      if (isPlainWord(w)) {
        if (glued) out[out.length - 1] += w;
        else out.push(w);
        runEnd = t.end;
        continue;
      }
      WORD_RE.lastIndex = 0;
      for (let m = WORD_RE.exec(w); m; m = WORD_RE.exec(w)) {
        if (glued && m.index === 0) out[out.length - 1] += m[0];
        else out.push(m[0]);
        if (m.index + m[0].length === w.length) runEnd = t.end;
      }
    }
    nextI = i + 1;
    nextK = k;
    return out;
  };
}

/** Only ASCII letters and digits: the whole token is one word. Other tokens are split by WORD_RE. */
function isPlainWord(w: string): boolean {
  for (let j = 0; j < w.length; j++) {
    const c = w.charCodeAt(j);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}
