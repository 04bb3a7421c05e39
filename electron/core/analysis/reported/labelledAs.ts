// How a thing or a person is known, seen or regarded: "the contests known as Super Tuesday", "Low
// oil prices, seen as a boon for drivers, …", "he is better known as a Cowboys fan", "Allergan is
// best known for Botox". The passive participle names no speaker (a "by organizers" may), but
// what is said of the thing is a view held by someone: the statement is the thing with its label,
// up to the end of the label's phrase.
import { resolvePhrase, type Resolver } from '../speakers/coref';
import { subjectLeft } from '../speakers/subjects';
import { isAdverb } from './reportSubjects';
import type { Quote } from '../types';

// Participles of perceiving or naming that take "as" (and "known" also "for" and "to be").
export const LABEL = new Set(['known', 'seen', 'viewed', 'regarded', 'perceived', 'described', 'portrayed', 'billed', 'characterized', 'characterised', 'pegged']);
const BE = /^(is|are|was|were|be|been|being)$/;
// Words between the auxiliary and the participle ("is also widely known", "is perhaps best known").
const DEGREE = /^(also|now|still|long|best|better|well|widely|perhaps|often|generally|increasingly|largely|mostly|already|once|not|never|commonly|sometimes)$/;
// What may stand between the participle and its "as": "known online as", "seen by organizers as",
// "known to fans as", "known inside the agency as".
const GAP_LEAD = /^(by|to|in|inside|among|within|online|here|there|locally|abroad|internationally)$/;
const MAX_GAP = 4;
const CLOSE = /^[,;:()—–]$/;

export function labelledAs(r: Resolver, k: number, a: number, end: number): Quote | null {
  const { tokens } = r;
  const t = tokens[k]!;
  if (!LABEL.has(t.lower)) return null;
  // The label's word: "as", or for "known" also "for" ("best known for …") and "to be".
  let j = k + 1;
  let by: [number, number] | null = null;
  if (GAP_LEAD.test(tokens[j]?.lower ?? '')) {
    const g = j;
    while (j < end && j - g <= MAX_GAP && tokens[j]!.word && tokens[j]!.lower !== 'as') j++;
    if (tokens[g]!.lower === 'by' && j > g + 1) by = [g + 1, j];
  } else if (isAdverb(tokens[j] ?? t)) j++;
  const w = tokens[j]?.lower;
  const isKnown = t.lower === 'known';
  if (!(w === 'as' || (isKnown && (w === 'for' || (w === 'to' && tokens[j + 1]?.lower === 'be'))))) return null;
  if (!tokens[j + 1]?.word && !tokens[j + 2]?.word) return null;
  // Where the thing labelled starts: the subject of "is … known as", or the phrase the participle
  // hangs on ("the contests known as", "The program, known as").
  let v = k - 1;
  while (v > a && (DEGREE.test(tokens[v]!.lower) || isAdverb(tokens[v]!))) v--;
  let from: number;
  if (v >= a && BE.test(tokens[v]!.lower)) {
    let s = v;
    while (s > a && /^(has|have|had|will|would|could|can|may|might|must|should|to)$/.test(tokens[s - 1]!.lower)) s--;
    const subj = subjectLeft(tokens, s, a);
    if (!subj) return null;
    from = subj[0];
  } else if (v === k - 1 || DEGREE.test(tokens[k - 1]!.lower)) {
    // "also known as ISIS" after a comma: the phrase before the comma.
    const at = tokens[v]!.text === ',' || /^[—–-]$/.test(tokens[v]!.text) ? v : v + 1;
    if (at <= a) return null;
    const np = subjectLeft(tokens, at, a);
    if (!np) return null;
    from = np[0];
  } else return null;
  let to = j + 1;
  while (to < end && !CLOSE.test(tokens[to]!.text)) to++;
  if (to - from < 3) return null;
  const s = tokens[from]!.start;
  const e = tokens[to - 1]!.end;
  const speaker = by ? resolvePhrase(r, by[0], by[1]) : null;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker, cue: { text: t.text, start: t.start, end: t.end } };
}
