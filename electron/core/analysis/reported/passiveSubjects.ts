// Statements in the passive: "The plan was widely criticized", "the report was released Monday",
// "the merger has been condemned by unions". What was said, judged
// or made public is the subject; the one who did it is left unsaid or named after "by". The verb
// rules read an active subject as the speaker and decline a passive (statementSpan.ts), so the
// subject is read here. Passives of common opinion and naming ("is seen as", "is known as", "was
// expected to", "was asked") have readings of their own (epistemic.ts, labelledAs.ts, askedClause.ts).
import { resolvePhrase, type Resolver } from '../speakers/coref';
import { isQuoteMark, type Token } from '../text/tokens';
import type { Quote, SpeakerRef } from '../types';
import { reportingVerbs } from '../lexicon/reportingVerbs';
import { CLAUSE_CUES } from '../lexicon/lexicon';

// Verbs that take or have their sense changed by their passive in a way that reports nothing ("was
// told", "is pressed for time", "was offered a job", "is referred to", "is explained by" a cause), or
// that have readings of their own elsewhere.
const NOT_PASSIVE = new Set(`expected seen considered known asked thought believed projected predicted viewed regarded
called named labeled labelled dubbed termed branded assured pressed offered added sought issued interpreted told
continued answered noted maintained referred appeared seemed agreed pointed encouraged learned realized wanted
thanked talked laughed observed explained`.split(/\s+/));

/** Past participles of the table's verbs of saying, stance or announcing, as a passive reads them. */
export const PASSIVE_CUES: ReadonlySet<string> = new Set(
  [...reportingVerbs('stance'), ...reportingVerbs('speech'), ...reportingVerbs('clause'), ...reportingVerbs('object')]
    .filter((f) => /(?:ed|wn)$/.test(f) && !NOT_PASSIVE.has(f)),
);

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being']);
// Words between the form of "be" and the participle: "was widely criticized", "has not been confirmed".
const HEDGE = new Set(['not', "n't", 'also', 'still', 'now', 'then', 'never', 'already', 'since', 'later', 'first', 'just', 'often', 'once']);
// Words that open the clause the subject stands in, or end the one before it: the subject starts after them.
const OPENER = new Set(`that which who when if because but after before while since until where though although whether to as
is are was were be been being has have had will would can could may might must should do does did`.split(/\s+/));
const HAVE = new Set(['has', 'have', 'had', "'s", "'ve", "'d"]);
const FINITE_BE = new Set(['is', 'are', 'was', 'were', "'s", "'re"]);
// A subject does not open with a coordinator or a preposition ("and were criticized", "of being posted").
const JOINER = new Set(['and', 'or', 'nor', 'as', 'of', 'in', 'on', 'for', 'with', 'by', 'at', 'from']);
// Verbs whose passive takes a complement that is part of what was declared.
const DECLARING = new Set(['declared', 'deemed', 'proclaimed']);
const RELATIVE = new Set(['that', 'which', 'who', 'where']);
const MAX_SUBJECT = 12;

/** The passive's subject as the statement ("The report was released"), with the agent after "by" as its speaker. */
export function passiveSubject(r: Resolver, k: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  const cue = tokens[k]!;
  if (!PASSIVE_CUES.has(cue.lower)) return null;
  let be = k - 1;
  while (be > a && (HEDGE.has(tokens[be]!.lower) || isAdverbLy(tokens[be]!))) be--;
  if (be <= a || !BE.has(tokens[be]!.lower)) return null;
  // "that is expected to …", "which was said": what follows a verb of a clause is its own reading.
  const next = tokens[k + 1]?.lower;
  if (next === 'that' || next === 'to') return null;
  // "been" and "being" need their auxiliary ("has been", "is being"): after "of" or a bare subject
  // they are a gerund, whose subject is elsewhere. "will be", "should be" and "to be" (not in BE) look
  // ahead: a plan or a demand, not a statement made.
  let j = be - 1;
  const form = tokens[be]!.lower;
  if (form === 'been' || form === 'being') {
    while (j > a && HEDGE.has(tokens[j]!.lower)) j--;
    if (j <= a || !(form === 'been' ? HAVE : FINITE_BE).has(tokens[j]!.lower)) return null;
    j--;
  }
  // The subject's words, back to its clause's start, a verb or a quotation.
  const to = j + 1;
  while (j >= a && subjectWord(tokens[j]!) && !inQuote[j]) j--;
  const from = j + 1;
  // "the problems that concern us are discussed": a relative clause on the subject's noun, whose
  // head lies before it; a verb's "that" ("said that the plan was rejected") opens the subject.
  if (j > a && RELATIVE.has(tokens[j]!.lower) && tokens[j - 1]!.word && !tokens[j - 1]!.cap && !CLAUSE_CUES.has(tokens[j - 1]!.lower)) return null;
  if (from >= to || to - from > MAX_SUBJECT || !tokens[from]!.word || JOINER.has(tokens[from]!.lower)) return null;
  // A lone "it" is as often the dummy of "it was reported Monday that …" as a thing said.
  if (to - from === 1 && tokens[from]!.lower === 'it') return null;
  // "Sanders was declared the winner", "the ballots were deemed invalid": a verb of declaring says
  // the whole clause, its complement with its subject, to the clause's end.
  let last = to - 1;
  if (DECLARING.has(cue.lower) && tokens[k + 1]?.lower !== 'by') {
    last = k + 1;
    while (last + 1 < end && !/^[,;:—–(]$/.test(tokens[last + 1]!.text) && !inQuote[last + 1]) last++;
    if (last >= end || !tokens[last]!.word) return null;
  }
  const s = tokens[from]!.start;
  const e = tokens[last]!.end;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker: agentAfter(r, k, end), cue: { text: cue.text, start: cue.start, end: cue.end } };
}

/** Whether t may stand in the passive's subject: a word that opens no clause (or a name's dot, a possessive). */
function subjectWord(t: Token): boolean {
  if (isQuoteMark(t.text)) return false;
  if (!t.word && t.text !== '.') return false;
  // "he thought Gates would be confirmed": a verb of saying ends the subject; its own clause is read by the verb rules.
  return !OPENER.has(t.lower) && !CLAUSE_CUES.has(t.lower) && !t.lower.endsWith("n't");
}

/** "was widely criticized": an adverb in -ly between "be" and the participle. */
function isAdverbLy(t: Token): boolean {
  return t.word && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly');
}

/** "… was criticized by Senator Hale": the capitalised agent after "by", resolved; null when none. */
function agentAfter(r: Resolver, k: number, end: number): SpeakerRef | null {
  const { tokens } = r;
  if (tokens[k + 1]?.lower !== 'by' || !tokens[k + 2]?.cap) return null;
  let e = k + 2;
  while (e < end && e - k < 6 && tokens[e]!.cap && tokens[e]!.word) e++;
  return resolvePhrase(r, k + 2, e);
}
