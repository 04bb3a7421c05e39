// Verbs of expecting, judging and feeling with what they take: "officials expect the Fed to raise
// rates", "most allies consider the feud a gift", "many aides feel they have enough to do", "voters
// who feel betrayed by the party". What is expected, judged or felt is the statement. Each verb
// reports only in the shape that makes it one: "feel" with a clause, "like …" or a participle (not
// "felt the need", "feel a pinch"); and only for a third party: "I expect you to …", "we will
// consider …" outside quotation marks are the text's own voice (a speech, a statement), not a report.
import type { Resolver } from '../speakers/coref';
import { reportingVerbs } from '../lexicon/reportingVerbs';
import { nounReading } from './cueSense';
import { bareClause } from './bareClause';
import { holdsView } from './pronounSources';
import { reportSubject } from './reportSubjects';
import { makeQuote } from './statementSpan';
import type { Quote } from '../types';

export const JUDGING = reportingVerbs('judging');
const FEELING = new Set(['feel', 'feels', 'felt']);
const FIRST_PERSON = new Set(['i', 'we']);

/** The thing expected, judged or felt after the verb at k, for a subject that holds views. */
export function judgingVerb(r: Resolver, k: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  const w = tokens[k]!.lower;
  if (!JUDGING.has(w) || nounReading(tokens, k, a)) return null;
  let from = k + 1;
  const next = tokens[from];
  if (!next?.word || (next.cap && FEELING.has(w))) return null;
  if (FEELING.has(w)) {
    // "feel that …", "felt like …", "feel the country is …", "felt betrayed": not "feel the need".
    if (next.lower === 'that') from++;
    else if (next.lower !== 'like' && !bareClause(tokens, from, end) && !PARTICIPLE.test(next.lower)) return null;
  }
  const subj = reportSubject(r, k, a, inQuote, true);
  if (!subj || (subj[1] - subj[0] === 1 && FIRST_PERSON.has(tokens[subj[0]]!.lower)) || !holdsView(r, subj)) return null;
  return makeQuote(r, from, clauseEnd(r, from, end), subj, k, inQuote, false, false, false, 1);
}

// What is expected ends where the sentence goes on with a reason or an aside of the writer's
// ("expect Mr. Kim to be reappointed, given the tradition …", "… the mandate — requiring …").
const ASIDE = /^(because|given|although|though|since|while|whereas|which)$/;
function clauseEnd(r: Resolver, from: number, end: number): number {
  const { tokens } = r;
  for (let j = from + 1; j < end - 1; j++) {
    const t = tokens[j]!.text;
    // After a comma a participle may still be the subject's ("…, choosing instead to …"); after a dash it is an aside.
    if ((t === ',' && ASIDE.test(tokens[j + 1]!.lower)) || ((t === '—' || t === '–') && /ing$/.test(tokens[j + 1]!.lower))) return j;
  }
  return end;
}
// A past participle after "feel" ("felt betrayed", "feel squeezed"): the state of mind is the statement.
const PARTICIPLE = /^[a-z]{3,}ed$/;
