// A reported clause without "that" after a verb the table does not mark as taking one ("Ryan
// insists the party must …", "Breitbart reports the two men had …", "They state their goal is …"):
// read from the clause's own shape, a subject and then a finite verb, rather than from the cue,
// so a verb of a clause is not listed twice.
import type { Token } from '../text/tokens';
import { FINITE_AUX } from '../lexicon/lexicon';

const SUBJECT_PRONOUN = /^(he|she|they|we|i|it|there)$/;
const OPENER = /^(the|a|an|his|her|their|its|our|this|these|those|no|some|many|most|all)$/;
// Words that end the subject phrase before any verb is met: no clause follows.
const BREAK = /^(that|which|who|whom|whose|of|to|for|in|on|at|by|with|from|and|or|but|as)$/;

/** Whether the words at `k` open a clause: a subject pronoun with its verb, or a short noun
 *  phrase (from a determiner or a name) followed by an auxiliary or a modal. */
export function bareClause(tokens: Token[], k: number, end: number): boolean {
  const t = tokens[k];
  if (!t || !t.word) return false;
  if (SUBJECT_PRONOUN.test(t.lower)) {
    const v = tokens[k + 1];
    return !!v && (FINITE_AUX.has(v.lower) || /^['’]/.test(v.text) || (v.word && !v.cap && /(?:ed|s)$/.test(v.lower)));
  }
  if (!OPENER.test(t.lower) && !t.cap) return false;
  for (let j = k + 1; j < end && j - k <= 6; j++) {
    const w = tokens[j]!;
    if (!w.word) return false;
    if (FINITE_AUX.has(w.lower)) return j > k;
    if (BREAK.test(w.lower)) return false;
  }
  return false;
}
