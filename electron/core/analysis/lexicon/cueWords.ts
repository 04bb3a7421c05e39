// The words that cue a quotation: verbs of saying ("said", "went on", "put it"), "according to",
// and the span reported for a cue.
import type { Resolver } from '../speakers/coref';
import { SPEECH_CUES, STANCE } from './lexicon';
import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { reportingVerbs } from './reportingVerbs';
import { wordSieve } from './wordSieve';

/** Every word isCue can take as a cue: the speech cues and the first words of the two-word cues. */
const CUE_WORDS = [...SPEECH_CUES, 'went', 'shot', 'fired', 'hit', 'pushed', 'chimed', 'put', 'puts'];

// Most words read for a cue are none: the sieve turns them away for a few character codes, before the
// regular expressions and the set look-up below (or a speaker rule's look-up of a verb of stance).
const mayCue = wordSieve(CUE_WORDS);
/** Whether a (lower-case) word may be a cue of isCue or a verb of STANCE: never false for one of them. */
export const mayBeCueOrStance = wordSieve([...CUE_WORDS, ...STANCE]);

export function isCue(t: Token, next?: Token): boolean {
  if (!t.word || (t.cap && t.text !== 'Said')) return false;
  if (!mayCue(t.lower)) return false;
  // Two-word cues: "went on", "shot back", "fired back".
  if (next && /^(went|shot|fired|hit|pushed|chimed)$/.test(t.lower)) return /^(on|back|in)$/.test(next.lower);
  // "as the prosecutor put it, “…”".
  if (next && /^(put|puts)$/.test(t.lower)) return next.lower === 'it';
  // "his home state of Vermont", "the report of the panel": a noun, not the verb.
  if (next?.lower === 'of' && NOUN_CUES.has(t.lower)) return false;
  return SPEECH_CUES.has(t.lower);
}

const NOUN_CUES = reportingVerbs('nounOf');

/** "according to X" starting at k: returns the index after "to", or -1. */
export function accordingTo(tokens: Token[], k: number): number {
  return tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to' ? k + 2 : -1;
}

/** Verbs of saying proper, as against cues that may be nouns of the sentence ("comment", "report"). */
export const SAYING = reportingVerbs('saying');

export function cueSpan(r: Resolver, k: number): Span {
  const t = r.tokens[k]!;
  return { text: t.text, start: t.start, end: t.end };
}
