// The words that cue a quotation: verbs of saying ("said", "went on", "put it"), "according to",
// and the span reported for a cue.
import type { Resolver } from '../speakers/coref';
import { SPEECH_CUES } from './lexicon';
import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { reportingVerbs } from './reportingVerbs';

export function isCue(t: Token, next?: Token): boolean {
  if (!t.word || (t.cap && t.text !== 'Said')) return false;
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
