// "what Zimmerman described as a “piece of history”", "a clip that the judge called “distasteful”",
// "a bill that critics called anti-gay": a relative clause in which someone names a thing. The
// naming is the speaker's statement about that thing, so the statement runs from the relative word
// through the name given; the quoted name alone is only the speaker's words, not what they said of
// what. The object of the verb is the relative word itself, so the name follows the verb directly.
import { resolvePhrase, type Resolver } from '../speakers/coref';
import { namedSource } from './statementSpan';
import { CLAUSE_CUES } from '../lexicon/lexicon';
import { reportingVerbs } from '../lexicon/reportingVerbs';
import type { Token } from '../text/tokens';
import type { Quote } from '../types';

export const NAMING = reportingVerbs('naming');
const RELATIVE = new Set(['what', 'which', 'that', 'whom']);
// Between the subject and the verb: "what he has long called", "that Trump once described as".
const BEFORE_VERB = new Set(['has', 'have', 'had', 'once', 'often', 'also', 'later', 'then', 'repeatedly', 'long', 'now', 'since', 'previously', 'recently', 'publicly', 'privately', 'would', 'will', 'might', 'may', 'could', 'sometimes']);
// Words that end a subject read leftwards: a verb or a clause boundary is no part of a noun phrase.
const NOT_IN_SUBJECT = /^(?:is|are|was|were|be|been|being|has|have|had|did|does|do|will|would|said|says|who|when|where|while|because|if|and|but|or|to|as|not|including|\w+n['’]t)$/;
// "called for", "called on", "called off": a phrasal verb, not a naming.
const PARTICLE = new Set(['for', 'on', 'off', 'up', 'out', 'back', 'in', 'into', 'upon', 'it', 'him', 'her', 'them', 'me', 'us', 'you', 'himself', 'herself', 'themselves', 'by']);
// "that night, Trump called …": "that" before a word of time is a determiner.
const TIME = new Set(['night', 'day', 'morning', 'evening', 'afternoon', 'week', 'month', 'year', 'time', 'moment', 'same', 'summer', 'spring', 'fall', 'winter']);
const MAX_SUBJECT = 10;
const MAX_NAME = 8;

/** The statement of a naming relative clause whose verb is at `cue`, or null. */
export function namingRelative(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  if (cue <= a || !NAMING.has(tokens[cue]!.lower)) return null;
  let s = cue - 1;
  while (s > a && BEFORE_VERB.has(tokens[s]!.lower)) s--;
  const subjEnd = s + 1;
  // The subject, read leftwards to the relative word: names, nouns, appositive commas, initialisms.
  while (s > a && subjEnd - s <= MAX_SUBJECT) {
    const t = tokens[s]!;
    if (inQuote[s] || RELATIVE.has(t.lower)) break;
    if (!t.word && !/^[,.()'’-]$/.test(t.text)) return null;
    if (t.word && NOT_IN_SUBJECT.test(t.lower)) return null;
    s--;
  }
  const rel = s;
  if (!RELATIVE.has(tokens[rel]!.lower) || inQuote[rel] || subjEnd - rel < 2) return null;
  // "said that Trump called …": "that" after a verb of saying opens a clause, not a relative one.
  // Nor does one opening the sentence or before a word of time ("That night, Trump called …"): a determiner.
  if (tokens[rel]!.lower === 'that' && (rel === a || CLAUSE_CUES.has(tokens[rel - 1]!.lower) || TIME.has(tokens[rel + 1]!.lower))) return null;
  let n = cue + 1;
  if (tokens[n]?.lower === 'as') n++;
  else if (tokens[cue]!.lower.startsWith('descri')) return null;
  const nameEnd = nameAfter(tokens, n, end, inQuote);
  if (nameEnd <= n) return null;
  const subj: [number, number] = [rel + 1, subjEnd];
  const speaker = resolvePhrase(r, subj[0], subj[1]) ?? namedSource(r, subj);
  if (!speaker) return null;
  const from = tokens[rel]!.start;
  const to = tokens[nameEnd - 1]!.end;
  const c = tokens[cue]!;
  return { text: r.text.slice(from, to), start: from, end: to, kind: 'indirect', speaker, cue: { text: c.text, start: c.start, end: c.end } };
}

/** The end (exclusive) of the name given after the verb: a short phrase to its punctuation, through a
 *  quotation it holds or opens with ("a “con artist”"), the closing mark and a comma typed inside it. */
function nameAfter(tokens: Token[], n: number, end: number, inQuote: Uint8Array): number {
  if (!tokens[n] || PARTICLE.has(tokens[n]!.lower)) return n;
  let e = n;
  while (e < end && e - n < MAX_NAME) {
    if (inQuote[e]) {
      while (e < end && inQuote[e]) e++;
      // A quoted word inside the phrase ("the “brilliant” decision") does not end it; a quoted name does.
      if (/^[,.!?]$/.test(tokens[e - 2]?.text ?? '') || !tokens[e]?.word) return e;
      continue;
    }
    const t = tokens[e]!;
    if (!(t.word || t.text === '-') || RELATIVE.has(t.lower) || NOT_IN_SUBJECT.test(t.lower)) break;
    e++;
  }
  return e;
}
