// A verb of stance with its preposition when words stand between them: "voted twice for Clinton",
// "spoke highly of the president", "voted in favor of the bill", "spoke out in support of the ban".
// The object of the preposition is what the subject holds, as for the verb with its preposition
// right after it (reportedSpeech's prepositional rule).
import { agentive, evidence } from '../speakers/agents';
import type { Resolver } from '../speakers/coref';
import { PREP_CUES } from './prepositionalCues';
import { isAdverb, reportSubject } from './reportSubjects';
import { makeQuote } from './statementSpan';
import type { Token } from '../text/tokens';
import type { Quote } from '../types';

// Words that may stand between the verb and its preposition besides adverbs in -ly.
const GAP = /^(twice|again|instead|out|up|once|often|first|publicly|openly|repeatedly)$/;
// "in favor of", "in support of": a preposition of stance for a verb of voting or speaking.
const IN_FAVOR = /^(favor|favour|support|defense|defence)$/;
export const FAVOR_VERBS = new Set(['vote', 'votes', 'voted', 'voting', 'spoke', 'speak', 'speaks', 'speaking', 'argued', 'argues', 'testified', 'came', 'come', 'comes', 'rallied', 'campaigned', 'wrote', 'lobbied']);

/** The index of the object after the verb at k and its gap and preposition, or -1. */
function objectAfter(tokens: Token[], k: number, end: number): number {
  const w = tokens[k]!.lower;
  let j = k + 1;
  while (j < end && j - k <= 2 && (isAdverb(tokens[j]!) || GAP.test(tokens[j]!.lower))) j++;
  if (FAVOR_VERBS.has(w) && tokens[j]?.lower === 'in' && IN_FAVOR.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'of') return j + 3;
  // Right after the verb is the prepositional rule's.
  if (j === k + 1 || j >= end) return -1;
  return PREP_CUES.get(w)?.has(tokens[j]!.lower) ? j + 1 : -1;
}

export function particleGap(r: Resolver, k: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  if (!PREP_CUES.has(tokens[k]!.lower) && !FAVOR_VERBS.has(tokens[k]!.lower)) return null;
  const from = objectAfter(tokens, k, end);
  if (from < 0 || from >= end || !tokens[from]!.word) return null;
  const subj = reportSubject(r, k, a, inQuote, true);
  if (!subj || (!agentive(r, subj) && !evidence(r, subj))) return null;
  // The object is a phrase: it ends at a comma, a dash or a new clause ("… before Mr. Manafort joined").
  let to = from + 1;
  while (to < end && !/^[,;:()—–]$/.test(tokens[to]!.text) && !CLAUSE_WORD.test(tokens[to]!.lower)) to++;
  return makeQuote(r, from, to, subj, k, inQuote, false, false, false, 1);
}
const CLAUSE_WORD = /^(before|after|when|while|because|as|since|but|which|who|whom|although|though|if|until|days|weeks)$/;
