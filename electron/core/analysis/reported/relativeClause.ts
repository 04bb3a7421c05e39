// Statements made inside a relative clause ("Bill Maher, who is backing Sanders, …", "a group that
// backs the bill", "the group, which opposed the law, …", "voters who believe the race is over"):
// the speaker is the noun the clause hangs on, and the statement ends where the relative clause
// does, not at the sentence's end.
import { agentive, evidence } from '../speakers/agents';
import { AUX, CLAUSE_CUES, SPEECH_CUES } from '../lexicon/lexicon';
import { isAdverb } from './reportSubjects';
import { makeQuote } from './statementSpan';
import { PREP_CUES } from './prepositionalCues';
import { reportingVerbs } from '../lexicon/reportingVerbs';
import type { Resolver } from '../speakers/coref';
import { subjectLeft } from '../speakers/subjects';
import type { Token } from '../text/tokens';
import type { Quote } from '../types';

const RELATIVE = new Set(['who', 'which', 'that']);
const CONTRACTED = /^['’](?:s|ve|d|re|ll)$/;
// Words between a relative pronoun and its verb ("who has long opposed", "which did not support").
const VERB_COMPANION = new Set(['did', 'does', 'do', 'also', 'still', 'both', 'all', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'never', 'not']);

/** The relative pronoun through which the subject ending at `subjEnd` reaches the cue ("voters who back"); -1 if none. */
export function relativePronoun(tokens: Token[], cue: number, subjEnd: number): number {
  let k = cue - 1;
  while (k > subjEnd && (VERB_COMPANION.has(tokens[k]!.lower) || isAdverb(tokens[k]!) || AUX.has(tokens[k]!.lower) || CONTRACTED.test(tokens[k]!.text))) k--;
  return k >= subjEnd && RELATIVE.has(tokens[k]!.lower) ? k : -1;
}

/**
 * The end of the statement in a relative clause. Any cue's object ends at the comma, dash or bracket
 * that closes it, or at the main clause's verb ("Voters who support the measure say it …", "those
 * who oppose it are …"). A cue with a clause of its own has commas and verbs inside it ("who said
 * Trump was his fourth choice, behind Rubio"): it ends only at a comma or dash the main clause's
 * verb follows ("Smith, who said the plan would fail, resigned").
 */
export function relativeEnd(tokens: Token[], from: number, to: number, inQuote: Uint8Array, clause: boolean): number {
  // "who brags he has held …": a clause without "that" after any cue; "who complained about the
  // rules": a preposition's object, not a clause, after a cue of one.
  clause ||= /^(he|she|they|we|i|it)$/.test(tokens[from]?.lower ?? '');
  clause &&= !/^(about|for|against|on|to|of|with|in|out|at)$/.test(tokens[from - 1]?.lower ?? '');
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (inQuote[k]) continue;
    if (CLOSE.test(t.text) && (!clause || mainVerb(tokens[k + 1]))) return k;
    if (clause || k === from) continue;
    if (MAIN_VERB.test(t.lower)) return k;
    // "who endorsed Bush and midwifed the bill", "who backs Trump and whom …": the clause's next verb or relative.
    if (t.lower === 'and' && (mainVerb(tokens[k + 1]) || /^(?:who|whom|which)$/.test(tokens[k + 1]?.lower ?? ''))) return k;
    // "who called the comments racist": a noun of saying after its determiner is no verb.
    if (SPEECH_CUES.has(t.lower) && !t.lower.endsWith('ing') && !DETERMINER.test(tokens[k - 1]!.lower)) return k;
  }
  return to;
}
/** A finite verb, or an adverb before one, opening the main clause after a relative clause. */
function mainVerb(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && (MAIN_VERB.test(t.lower) || IRREGULAR_PAST.test(t.lower) || /[a-z]{3}(?:ed|ly)$/.test(t.lower) || SPEECH_CUES.has(t.lower));
}
const IRREGULAR_PAST = /^(?:lost|won|made|took|left|met|went|came|got|gave|ran|held|kept|found|saw|became|began|sent|stood|spoke|wrote|led|fell|rose|put|set|paid|brought|thought|fought|sought|bought|drew|chose|knew|doesn|didn|isn|wasn|won['’]t|can['’]t)$/;
const CLOSE = /^(?:,|;|—|–|\))$/;
const MAIN_VERB = /^(is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does)$/;
const DETERMINER = /^(the|a|an|his|her|their|its|our|my|your|these|those|this|that|whose|['’]s)$/;

// Any verb of saying, stance, attitude or intent may be the cue inside a relative clause.
export const RELATIVE_CUES: ReadonlySet<string> = new Set([...reportingVerbs('speech'), ...reportingVerbs('stance'), ...reportingVerbs('attitude'), ...reportingVerbs('intent'), ...PREP_CUES.keys()]);
const OPENER = /^(?:,|—|–|\()$/;

/**
 * "Ted Cruz — who relies on religious conservatives — …", "Voters who fear the cuts are …": the
 * statement of the verb at `cue` whose subject is a relative pronoun, read from the clause itself
 * before the rules of the cue alone (which read it as a main clause). The speaker is the noun the
 * clause hangs on; what the verb says, holds or wants runs to the clause's end.
 */
export function relativeStatement(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  const w = tokens[cue]!.lower;
  if (!RELATIVE_CUES.has(w) || cue - a < 2) return null;
  const rel = relativePronoun(tokens, cue, a);
  if (rel <= a) return null;
  const at = OPENER.test(tokens[rel - 1]!.text) ? rel - 1 : rel;
  const subj = subjectLeft(tokens, at, a);
  if (!subj || subj[1] !== at || (!agentive(r, subj) && !evidence(r, subj))) return null;
  let from = cue + 1;
  const next = tokens[from]?.lower ?? '';
  if (next === 'that' || PREP_CUES.get(w)?.has(next)) from++;
  if (from >= end || !tokens[from]!.word || inQuote[from]) return null;
  // "who spoke on Monday", "who asked for anonymity": an adjunct, not what was said or held.
  const first = tokens[from]!.lower;
  if (NOT_OBJECT.has(first) || WHEN.test(first)) return null;
  // A lone pronoun says nothing read alone ("who criticized them").
  const min = CLAUSE_CUES.has(w) || PRONOUN.test(first) ? 3 : 1;
  return makeQuote(r, from, end, subj, cue, inQuote, false, false, false, min);
}
const NOT_OBJECT = new Set(`in on at to for with from by over during after before since until into around alongside about
against of as under through across behind toward towards next last this up out down back off again also here there
when while where if because but and or so than then now today yesterday tonight earlier later second first`.split(/\s+/));
const WHEN = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec)$/;
const PRONOUN = /^(?:it|this|that|them|him|her|these|those|us|me|you|one|himself|herself|themselves|itself)$/;
