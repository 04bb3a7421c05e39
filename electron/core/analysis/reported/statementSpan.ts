// The span of a reported statement once its cue, subject and clause are found: the checks every
// rule shares (too short, a passive, a noun that only looks like a cue, mostly a direct quotation)
// and the speaker, resolved or, for a source or a relative clause's noun, named as the text gives it.
import { bufferSize, refit } from './scratchBuffers';
import { agentive } from '../speakers/agents';
import { resolvePhrase, type Resolver } from '../speakers/coref';
import { ATTITUDE, CLAUSE_CUES, STANCE } from '../lexicon/lexicon';
import { isAdverb } from './reportSubjects';
import type { Token } from '../text/tokens';
import type { Quote, Span, SpeakerRef } from '../types';
import { reportingVerbs } from '../lexicon/reportingVerbs';
import { relativeEnd, relativePronoun } from './relativeClause';

export const MIN_WORDS = 3;
const spanOf = (r: Resolver, s: number, e: number): Span => ({ text: r.text.slice(s, e), start: s, end: e });

// Cue words that are also nouns ("18 states", "his remarks"): believed only after a real subject.
const NOUNISH = reportingVerbs('nounish');
export const PASSIVE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);

export function makeQuote(r: Resolver, from: number, to: number, subj: [number, number], cue: number, inQuote: Uint8Array, adjective = false, anySource = false, speakerless = false, min = MIN_WORDS): Quote | null {
  const { tokens } = r;
  // A short object is a statement only when it names someone ("most supported Sanders").
  // (The cue's lists are looked up only for a short object, the rare case that asks them.)
  if (to - from < min && !((ATTITUDE.has(tokens[cue]!.lower) || STANCE.has(tokens[cue]!.lower)) && namesOnly(tokens, from, to))) return null;
  for (let k = subj[0]; k < subj[1]; k++) if (isRelativeWord(tokens[k]!.lower)) return null;
  if (tokens[cue + 1]?.lower === 'by' || (!adjective && PASSIVE.has(tokens[cue - 1]?.lower ?? '') && !tokens[cue]!.lower.endsWith('ing'))) return null;
  if (NOUNISH.has(tokens[cue]!.lower) && (!agentive(r, subj) || !adjacent(tokens, subj[1], cue))) return null;
  // Mostly a direct quotation already: leave it to the direct quote.
  // A clause that is itself the quotation (said: “…”) is the direct quote's; one that only
  // quotes some words (said he's “looking forward to it”) is a statement of its own.
  const quoted = quotedCount(inQuote, from, to);
  if (quoted > (to - from) / 2 && inQuote[from]) return null;
  // "the respondents who support Sanders are …", "Bill Maher, who is backing Sanders, …": in a
  // relative clause the statement ends with the clause, and its speaker is the noun it hangs on,
  // named as the text gives it when it resolves to no one.
  const relative = relativePronoun(tokens, cue, subj[1]) >= 0;
  if (relative) to = relativeEnd(tokens, from, to, inQuote, CLAUSE_CUES.has(tokens[cue]!.lower));
  if (to - from < 1) return null;
  const speaker = anySource || relative ? namedSource(r, subj) : resolvePhrase(r, subj[0], subj[1]);
  if (!speaker && !speakerless) return null;
  const s = tokens[from]!.start;
  const e = tokens[to - 1]!.end;
  const c = tokens[cue]!;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker, cue: spanOf(r, c.start, c.end) };
}


/** `/^(who|which|whom|that)$/` by length first: asked of every word of every subject. */
export function isRelativeWord(w: string): boolean {
  switch (w.length) {
    case 3: return w === 'who';
    case 4: return w === 'whom' || w === 'that';
    case 5: return w === 'which';
    default: return false;
  }
}

export function quotedShare(inQuote: Uint8Array, from: number, to: number): number {
  const n = quotedCount(inQuote, from, to);
  return to > from ? n / (to - from) : 0;
}

/** The source named after "according to", as the text gives it when no entity or description resolves it ("ouest-france.fr", "complete returns"). */
export function namedSource(r: Resolver, subj: [number, number]): SpeakerRef | null {
  const resolved = resolvePhrase(r, subj[0], subj[1]);
  if (resolved) return resolved;
  const s = r.tokens[subj[0]]!.start;
  const e = r.tokens[subj[1] - 1]!.end;
  const text = r.text.slice(s, e);
  return /^[\p{L}\p{N}]/u.test(text) ? { name: text.replace(/^(the|a|an)\s+/i, ''), mention: spanOf(r, s, e) } : null;
}

/** Only auxiliaries and adverbs between a subject's end and its verb ("Trump did support", "voters overwhelmingly back"). */
function adjacent(tokens: Token[], from: number, cue: number): boolean {
  for (let k = from; k < cue; k++) if (!VERB_COMPANION.has(tokens[k]!.lower) && !isAdverb(tokens[k]!) && tokens[k]!.lower !== 'who' && tokens[k]!.text !== ',') return false;
  return true;
}
const VERB_COMPANION = new Set(['did', 'does', 'do', 'also', 'still', 'both', 'all', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'never', 'not']);

function namesOnly(tokens: Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!tokens[k]!.word || !tokens[k]!.cap) return false;
  return true;
}

/** Running totals of the last mask counted in, made once per mask: a sentence of many cues counted
 *  its quoted tokens from each cue to its end (quadratic in one huge sentence). One mask at a time
 *  (findReportedSpeech's, one per article), in a buffer reused from mask to mask. */
let totalsOf: Uint8Array | null = null;
let totals = new Uint32Array(1024);

/** How many tokens in [from, to) are quoted; NaN when the range runs past the mask, as the sum of the
 *  mask's entries (undefined past its end) always was, so every comparison with it stays false. */
function quotedCount(inQuote: Uint8Array, from: number, to: number): number {
  if (to <= from) return 0;
  if (to > inQuote.length || from < 0) return NaN;
  if (totalsOf !== inQuote) {
    if (refit(totals.length, inQuote.length + 1)) totals = new Uint32Array(bufferSize(inQuote.length + 1));
    for (let k = 0; k < inQuote.length; k++) totals[k + 1] = totals[k]! + inQuote[k]!;
    totalsOf = inQuote;
  }
  return totals[to]! - totals[from]!;
}
