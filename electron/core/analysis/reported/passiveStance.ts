// A verb of stance or saying in the passive, its holder after "by": "the bill was opposed by most
// Republicans", "The immigration bill, opposed by House Republicans, never …", "a practice criticized
// by civil rights groups". The thing opposed, criticized or reported is the statement; the one after
// "by" is its source. Only a holder who can hold a view makes it one ("was backed by a loan" is not).
import type { Resolver } from '../speakers/coref';
import { subjectLeft, subjectRight } from '../speakers/subjects';
import { reportingVerbs } from '../lexicon/reportingVerbs';
import { holdsView } from './pronounSources';
import { isAdverb, reportSubject } from './reportSubjects';
import { namedSource } from './statementSpan';
import type { Token } from '../text/tokens';
import type { Quote } from '../types';

// The past participles of the table's verbs of stance, attitude and saying; "asked by" is a question's
// (askedClause), and these forms' other sense is the common one before "by" ("issued by the agency",
// "signed by the president", "pressed by reporters", "offered by the firm", "named by his parents", "backed by a loan", "a video posted by");
// a light verb's passive subject is the noun of saying itself, no content ("the concerns expressed by").
const OTHER_SENSE = new Set(['issued', 'signed', 'pressed', 'offered', 'named', 'charged', 'pushed', 'pledged', 'appeared', 'maintained', 'added', 'continued', 'asked', 'answered', 'read', 'informed', 'backed', 'posted', 'expressed', 'voiced']);
const PASSIVE_CUES = new Set(
  [...reportingVerbs('stance'), ...reportingVerbs('attitude'), ...reportingVerbs('speech'), ...reportingVerbs('clause')].filter((w) => w.endsWith('ed') && !OTHER_SENSE.has(w)),
);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);
const HEDGE = new Set(['not', 'also', 'never', 'often', 'first', 'later', 'widely', 'long', 'since', 'already', 'still', 'now']);
const ADJUNCT = new Set(['for', 'in', 'on', 'at', 'during', 'after', 'before', 'since', 'over', 'last', 'this', 'because']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);

/** The thing held or said, before a passive "V-ed by HOLDER", with the holder as its source. */
export function passiveStance(r: Resolver, k: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  if (k <= a || tokens[k + 1]?.lower !== 'by' || !PASSIVE_CUES.has(tokens[k]!.lower)) return null;
  const holder = subjectRight(tokens, k + 1, end);
  // "criticized by economists for years": the holder ends before an adjunct of time or place.
  if (holder) for (let j = holder[0] + 1; j < holder[1]; j++) if (ADJUNCT.has(tokens[j]!.text)) { holder[1] = j; break; }
  if (!holder || !holdsView(r, holder)) return null;
  let v = k - 1;
  while (v > a && (HEDGE.has(tokens[v]!.lower) || isAdverb(tokens[v]!))) v--;
  let thing: [number, number] | null = null;
  if (BE.has(tokens[v]!.lower)) {
    // "The move was hotly criticized by …": the subject of the passive; not "seen by X as Y" (labelledAs).
    if (tokens[holder[1]]?.lower === 'as' || RELATIVE.has(tokens[v - 1]?.lower ?? '')) return null;
    thing = reportSubject(r, v, a, inQuote, true);
  } else if (tokens[v]!.text === ',' && tokens[holder[1]]?.text === ',') {
    // "The immigration bill, opposed by House Republicans, never …": the sentence's subject, the
    // participle and its holder set off by commas before its verb.
    // A noun phrase from its determiner, or a name: read further left, the phrase may run into a
    // clause of its own ("a judge froze the plan, opposed by …").
    const left = subjectLeft(tokens, v, a);
    thing = determinedNoun(tokens, v, a) ?? (left && isName(tokens, left) ? left : null);
  } else if (v === k - 1) thing = determinedNoun(tokens, k, a);
  if (!thing || inQuote[thing[0]] || RELATIVE.has(tokens[thing[0]]!.lower)) return null;
  const speaker = namedSource(r, holder);
  if (!speaker) return null;
  const s = tokens[thing[0]]!.start;
  const e = tokens[thing[1] - 1]!.end;
  const c = tokens[k]!;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker, cue: { text: c.text, start: c.start, end: c.end } };
}

const DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'such']);

/** "a practice criticized by …", "the deep cuts favored by …": a short noun phrase from its determiner up to the participle. */
function determinedNoun(tokens: Token[], k: number, a: number): [number, number] | null {
  for (let j = k - 1; j >= a && k - j <= 5; j--) {
    const t = tokens[j]!;
    if (DETERMINER.has(t.lower)) return j < k - 1 ? [j, k] : null;
    if (!t.word || t.cap || BE.has(t.lower) || STOP.has(t.lower)) return null;
  }
  return null;
}
const STOP = new Set(['as', 'of', 'to', 'for', 'in', 'on', 'at', 'with', 'from', 'and', 'or', 'but', 'not', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'do', 'does', 'did']);

/** "Assad", "Sen. Ted Cruz": capitalised words (and the dots of their titles) only. */
function isName(tokens: Token[], [s, e]: [number, number]): boolean {
  for (let j = s; j < e; j++) if (!tokens[j]!.cap && tokens[j]!.text !== '.') return false;
  return true;
}
