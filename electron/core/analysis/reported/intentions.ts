// What someone intends, decides or refuses: "X vowed to soldier on", "Sanders promised to take bold
// action", "a spokesman declined to comment". The infinitive with its "to" is the statement.
import { agentive } from '../speakers/agents';
import { resolvePhrase, type Resolver } from '../speakers/coref';
import { reportSubject, sentenceSubject } from './reportSubjects';
import type { Token } from '../text/tokens';
import type { Quote } from '../types';
import { reportingVerbs } from '../lexicon/reportingVerbs';

// Verbs of intending or deciding whose "to" opens what is intended ("vowed to repeal the law").
export const INTENT = reportingVerbs('intent');

// Adjectives of willingness and resolve with their "to" ("is willing to", "seemed determined to").
export const INTENT_ADJ = new Set('willing unwilling eager determined ready prepared reluctant keen loath hesitant intent'.split(' '));
const ADJ_HEDGE = /^(not|n't|also|still|now|more|less|very|so|quite|clearly|increasingly|always|never|no|longer)$/;
const ADJ_VERB = /^(is|are|was|were|be|been|am|seems|seemed|appears|appeared|remains|remained|remain|looks|looked|feels|felt|said|says)$/;
const TIME_AFTER = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|again|repeatedly|publicly|privately|recently|earlier|also|instead)$/;

/** "X vowed to soldier on", "a spokesman declined to comment": the infinitive, to its comma or the sentence end. */
export function intention(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  let from = cue + 1;
  // "promised Monday to begin …", "vowed last week to …": a time between the verb and its "to".
  if (TIME_AFTER.test(tokens[from]?.lower ?? '') && tokens[from + 1]?.lower === 'to') from++;
  else if (/^(last|this|next)$/.test(tokens[from]?.lower ?? '') && tokens[from + 2]?.lower === 'to') from += 2;
  const verb = tokens[from + 1];
  if (tokens[from]?.lower !== 'to' || !verb?.word || verb.cap || /^(the|a|an|his|her|their|its|this|that)$/.test(verb.lower)) return null;
  // "…, vowing to fight on": a participle's subject is the sentence's; "she is willing to …": the
  // adjective's subject stands before its verb.
  let subj: [number, number] | null;
  if (INTENT_ADJ.has(tokens[cue]!.lower)) {
    let v = cue - 1;
    while (v > a && ADJ_HEDGE.test(tokens[v]!.lower)) v--;
    subj = v > a && ADJ_VERB.test(tokens[v]!.lower) ? reportSubject(r, v, a, inQuote, true) : null;
    // "The house is ready to sell": only someone who can hold a view is willing or determined.
    if (subj && !agentive(r, subj)) subj = null;
  } else subj = tokens[cue]!.lower.endsWith('ing') ? sentenceSubject(r, a, cue, inQuote) : reportSubject(r, cue, a, inQuote, true);
  if (!subj) return null;
  let to = from + 1;
  while (to < end && tokens[to]!.text !== ';' && !(tokens[to]!.text === ',' && newPredicate(tokens, to + 1))) to++;
  const speaker = resolvePhrase(r, subj[0], subj[1]);
  if (!speaker) return null;
  for (let k = subj[0]; k < subj[1]; k++) if (/^(who|which|whom|that)$/.test(tokens[k]!.lower)) return null;
  const s = tokens[from]!.start;
  const e = tokens[to - 1]!.end;
  const c = tokens[cue]!;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker, cue: { text: c.text, start: c.start, end: c.end } };
}

// After a comma, what starts something other than more of the intention: the subject's next verb
// ("vowed to ban drilling, declined to meet the lobby"), a new clause or an aside. A list of
// infinitives goes on ("promised to cut the tax, freeze rents and hire nurses").
const CLAUSE_OPENER = /^(but|which|who|whom|while|whereas|although|though|because|as|when|saying|adding|according|he|she|they|we|i|it|the|a|an|his|her|their|its)$/;
const FINITE = /^(is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|does|did|do|said|says|told)$/;

function newPredicate(tokens: Token[], k: number): boolean {
  let t = tokens[k];
  if (t?.lower === 'and' || t?.lower === 'or') t = tokens[k + 1];
  if (!t || !t.word) return true;
  return t.cap || CLAUSE_OPENER.test(t.lower) || FINITE.test(t.lower) || /ed$/.test(t.lower);
}
