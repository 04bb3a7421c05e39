// A statement that is the object of its own cue, in a relative clause: "which she has said was a
// mistake", "what Mr. Hedge called the old model", "the president she hopes to succeed", "questions
// he preferred not to answer". The cue's object is the gap the relative pronoun or the head noun
// fills, so the statement starts there, before its speaker, and runs to the end of the clause; read
// from the cue forward, only the words after the cue ("to succeed") would be taken for it.
import { agentive } from '../speakers/agents';
import { resolvePhrase, type Resolver } from '../speakers/coref';
import { namedSource } from './statementSpan';
import { contractedAux } from '../speakers/subjects';
import { AUX, CLAUSE_CUES, NP_BREAK, STANCE, ATTITUDE } from '../lexicon/lexicon';
import { INTENT } from './intentions';
import { isAdverb } from './reportSubjects';
import type { Token } from '../text/tokens';
import type { Quote, SpeakerRef } from '../types';

const PRONOUN = /^(he|she|they|we|i|you)$/;
const DETERMINER = /^(the|a|an|any|some|every|each|no|one|his|her|their|its|our|my|your|this|these|those|many|few|several)$/;
// Nouns that open a time adjunct rather than head a relative clause ("Last week he said …").
const TIME_NOUN = /^(week|weeks|month|months|year|years|day|days|night|morning|afternoon|evening|weekend|time|times|moment|point|hour|hours|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|interview|statement|speech|debate|rally|event|meeting|letter|email|post|tweet|appearance|remarks|address)$/;
const PREPOSITION = /^(in|on|at|to|for|from|with|about|of|over|into|during|after|before|since|by|under|against|through|without|as)$/;
const FINITE = /^(is|are|was|were|will|would|could|can|may|might|must|should|has|have|had)$/;
// A full stop is not one: the sentence's end is `end`, and a dot inside it closes an abbreviation ("p.m.", "Mrs.").
const CLAUSE_END = /^[,;:—–()]$/;
// Verbs that give their object a name or a description ("what he called a disgrace").
const NAMING = /^(call|calls|called|dubbed|dubs|labeled|labelled|labels|termed|terms|deemed|deems|named)$/;

/** The relative clause whose object gap the cue at `cue` fills, from its pronoun or head noun; null when there is none. */
// `listed`: the caller has already found the cue in one of the four lists (the word classes of
// reportedSpeech.ts mark them with one bit), so the four look-ups are not made again.
export function relativeObject(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array, listed = false): Quote | null {
  const { tokens } = r;
  const w = tokens[cue]!.lower;
  if (cue - 1 <= a || w.endsWith('ing') || !(listed || CLAUSE_CUES.has(w) || STANCE.has(w) || ATTITUDE.has(w) || INTENT.has(w))) return null;
  let k = cue - 1;
  while (k > a && ((AUX.has(tokens[k]!.lower) && !tokens[k]!.cap) || isAdverb(tokens[k]!) || contractedAux(tokens, k) || endsInNegation(tokens[k]!.lower))) k--;
  const subj = subjectAt(tokens, k, a);
  if (subj && !inQuote[subj[0]] && subj[0] - 1 > a) {
    const h = subj[0] - 1;
    const head = tokens[h]!;
    let from = -1;
    if (relativePronoun(tokens, h, cue, end)) from = h;
    else if (head.lower === 'that' && nounLike(tokens[h - 1]!) && gap(tokens, cue, end)) from = h;
    else if (nounLike(head) && !TIME_NOUN.test(head.lower) && gap(tokens, cue, end)) from = phraseStart(tokens, h, a);
    if (from >= 0) return statement(r, from, cue, end, resolvePhrase(r, subj[0], subj[1]));
  }
  // "what officials called a hate crime", "which many Democrats doubt will …": a described
  // subject, after a relative pronoun only (a noun before a noun phrase heads no clause).
  const np = describedSubject(tokens, k, a);
  if (!np || inQuote[np[0]] || np[0] - 1 <= a || !relativePronoun(tokens, np[0] - 1, cue, end) || !agentive(r, np)) return null;
  return statement(r, np[0] - 1, cue, end, namedSource(r, np));
}

/** `/n['’]t$/` by character codes: "didn't", "won’t". */
export function endsInNegation(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 116 || w.charCodeAt(n - 3) !== 110) return false;
  const q = w.charCodeAt(n - 2);
  return q === 39 || q === 0x2019;
}

/** "which"/"whom" with a complement that is the statement, or a free "what". */
function relativePronoun(tokens: Token[], h: number, cue: number, end: number): boolean {
  const head = tokens[h]!;
  // "what he called …": a free relative is the whole object.
  if (head.lower === 'what') return !head.cap;
  // "in which he said …": the pronoun is the preposition's object, not the cue's. "which he once
  // supported": with nothing after the cue the pronoun alone is its object, so a relative pronoun
  // needs a complement that the statement is ("which she said was a mistake").
  return (head.lower === 'which' || head.lower === 'whom') && !PREPOSITION.test(tokens[h - 1]!.lower) && (gap(tokens, cue, end) || described(tokens, cue));
}

function statement(r: Resolver, from: number, cue: number, end: number, speaker: SpeakerRef | null): Quote | null {
  const { tokens } = r;
  const to = clauseEnd(tokens, cue, end);
  if (to - cue < 2 || !speaker) return null;
  const s = tokens[from]!.start;
  const e = tokens[to - 1]!.end;
  const c = tokens[cue]!;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker, cue: { text: c.text, start: c.start, end: c.end } };
}

/** A short noun phrase ending at `k` with no function word in it ("officials", "many Democrats"). */
function describedSubject(tokens: Token[], k: number, a: number): [number, number] | null {
  let i = k + 1;
  while (i - 1 > a && k - i < 4 && tokens[i - 1]!.word && !NP_BREAK.has(tokens[i - 1]!.lower) && !PREPOSITION.test(tokens[i - 1]!.lower)) i--;
  return i <= k ? [i, k + 1] : null;
}

/** A pronoun or a capitalised name ending at `k` ("she", "Mr. Trump"): [i, k + 1), or null. */
function subjectAt(tokens: Token[], k: number, a: number): [number, number] | null {
  const t = tokens[k]!;
  if (PRONOUN.test(t.lower)) return [k, k + 1];
  if (!t.word || !t.cap) return null;
  let i = k;
  while (i - 1 > a && k - i < 5 && ((tokens[i - 1]!.word && tokens[i - 1]!.cap) || (tokens[i - 1]!.text === '.' && tokens[i - 2]?.cap))) i--;
  return NP_BREAK.has(tokens[i]!.lower) ? null : [i, k + 1];
}

/** A lower-case word that may end a noun phrase: not a function word, an adverb or a participle. */
function nounLike(t: Token): boolean {
  return t.word && !t.cap && !NP_BREAK.has(t.lower) && !PREPOSITION.test(t.lower) && !AUX.has(t.lower) && !DETERMINER.test(t.lower) && !isAdverb(t) && !/(?:ing|ed)$/.test(t.lower) && !/^\d/.test(t.lower);
}

/** The noun phrase ending at the head `h`: back over its adjectives and nouns to a determiner. */
function phraseStart(tokens: Token[], h: number, a: number): number {
  let j = h;
  while (j - 1 >= a && h - j < 5) {
    const t = tokens[j - 1]!;
    if (t.word && DETERMINER.test(t.lower)) return j - 1;
    if (!nounLike(t)) break;
    j--;
  }
  return j;
}

/** "called a disgrace", "described as a failure": a naming verb or "as" before the object's description. */
function described(tokens: Token[], cue: number): boolean {
  return NAMING.test(tokens[cue]!.lower) || tokens[cue + 1]?.lower === 'as';
}

/** Whether the cue's object is missing: an intent verb whose infinitive has no object ("hopes to
 *  succeed", "preferred not to answer"), or a clause whose subject is missing ("believes will"). */
function gap(tokens: Token[], cue: number, end: number): boolean {
  const w = tokens[cue]!.lower;
  let k = cue + 1;
  if (INTENT.has(w)) {
    if (tokens[k]?.lower === 'not') k++;
    if (tokens[k]?.lower !== 'to' || !tokens[k + 1]?.word || tokens[k + 1]!.cap) return false;
    const after = tokens[k + 2];
    return k + 2 >= end || !after || !after.word || PREPOSITION.test(after.lower) || FINITE.test(after.lower) || isAdverb(after);
  }
  return CLAUSE_CUES.has(w) && k < end && FINITE.test(tokens[k]!.lower);
}

/** The end of the relative clause: after an infinitive with no object, else its first break. */
function clauseEnd(tokens: Token[], cue: number, end: number): number {
  let k = cue + 1;
  if (tokens[k]?.lower === 'not') k++;
  // "the things he wants to accomplish appeal to …": the clause ends with its infinitive unless a phrase follows.
  if (INTENT.has(tokens[cue]!.lower) && tokens[k]?.lower === 'to' && k + 2 < end && tokens[k + 2]!.word && !PREPOSITION.test(tokens[k + 2]!.lower)) return k + 2;
  // "which industry sources said was selling less than its quota, because …": a reported clause
  // runs to the sentence's end, as a cue's clause does; a name or a description ends at a break.
  if (CLAUSE_CUES.has(tokens[cue]!.lower) && FINITE.test(tokens[k]?.lower ?? '')) return end;
  while (k < end && !CLAUSE_END.test(tokens[k]!.text)) k++;
  return k;
}
