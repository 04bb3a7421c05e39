// The subject of a sentence's main clause, for a participle that hangs on it ("Khan, who is
// Muslim, also decried the ban, noting he has “sacrificed nothing”"; "In a 2014 interview, Gore
// insisted it was premature, while adding “…”"). The first name of the sentence is often not
// it: names stand in opening clauses ("After Clinton accused him, he warned"), as owners
// ("Ryan’s comments") and as objects; the subject is what stands before the first finite verb.
import type { Resolver } from './coref';
import { ATTITUDE, SPEECH_CUES, STANCE } from '../lexicon/lexicon';
import { mentionAt } from './agents';
import { isAdverb, NO_QUOTES, reportSubject } from '../reported/reportSubjects';
import { firstAtOrAfter, isQuoteMark } from '../text/tokens';

/** How far into the clause its verb may stand: past that the reading is a guess. */
const MAX_SUBJECT = 14;

// Words opening an adverbial clause or phrase that stands before the subject, up to its comma.
const OPENERS = new Set(`in on at after before when while if as since during although though because despite
following with without by for unlike like amid over under earlier later last this next once until upon
from throughout shortly soon still meanwhile however instead yet now then today yesterday indeed also
asked speaking writing responding`.split(/\s+/));

// Finite verbs by form: the past in -ed, the auxiliaries and modals, and common irregular pasts.
const FINITE = /^(?:[a-z]{3,}ed|is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does|do|took|went|made|came|won|lost|met|spent|left|ran|gave|got|began|became|held|kept|sought|said|told|thought|brought|felt|found|led|paid|put|saw|sent|stood|spoke|wrote|drew|knew|threw|struck|fought|sat|chose|rose|fell|hit|set|cast|heard|meant|built|taught|caught|bought|says|tells|wants|tries|goes|gets|takes|makes|sees|knows)$/;
const OBJECT_START = /^(?:the|a|an|his|her|their|its|that|this|to|up|out|no|it|them|him|me|us|,|:)$/;
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|this|that|these|those)$/;
const PREPOSITION = /^(?:with|to|for|of|by|at|on|from|against|about|into|over|behind|like|than)$/;

/**
 * The subject [i, j) of the participle at `k` in the sentence from token `a`: a name right before
 * it ("Ryan saying he was", "with Senator John McCain telling reporters") or after "with" ("with
 * one of her ads asking"), otherwise the subject of the main clause. Null when neither is found.
 */
export function participleSubject(r: Resolver, a: number, k: number): [number, number] | null {
  const { tokens } = r;
  let j = k - 1;
  while (j > a && isAdverb(tokens[j]!)) j--;
  const prev = tokens[j]!;
  // "with" reads as the participle's subject only where it opens a clause (", with Senator X telling
  // reporters"); "met with reporters on Tuesday telling them" and "sided with Governor Hale saying"
  // are the sentence subject's doing, and the name after a preposition is its object.
  const opensClause = (i: number) => i === a || tokens[i - 1]?.text === ',';
  const objectOf = (i: number) => {
    const p = tokens[i - 1];
    return p !== undefined && i > a && PREPOSITION.test(p.lower) && !(p.lower === 'with' && opensClause(i - 1));
  };
  if (j > a && prev.word && !/^['’]s$/.test(prev.text)) {
    for (let i = j; i >= a && j - i < 6; i--) {
      const m = mentionAt(r, tokens[i]!.start);
      if (m >= 0 && r.index.mentions[m]!.end === prev.end) {
        let b = i; // past a title before the name ("with Governor Tom Hale")
        while (b > a && b > i - 3 && tokens[b - 1]!.word && tokens[b - 1]!.cap) b--;
        if (objectOf(b)) break;
        return [i, j + 1];
      }
    }
    for (let i = j - 1; i >= a && j - i < 8 && tokens[i]!.text !== ','; i--) {
      if (tokens[i]!.lower !== 'with') continue;
      if (!opensClause(i)) break;
      return i + 1 <= j ? [i + 1, j + 1] : null;
    }
  }
  return mainSubject(r, a, k);
}

/** The subject [i, j) of the main clause of the sentence from token `a`, read before `end`, or null. */
export function mainSubject(r: Resolver, a: number, end: number): [number, number] | null {
  const { tokens } = r;
  // A sentence read from inside a quotation ("… Senate," Hannity said …, remarking): past its
  // closing mark, the one mark left unpaired before the participle.
  let marks = 0;
  let firstMark = -1;
  for (let k = a; k < end; k++) if (isQuoteMark(tokens[k]!.text)) { marks++; if (firstMark < 0) firstMark = k; }
  if (marks % 2 === 1) a = tokens[firstMark + 1]?.text === ',' ? firstMark + 2 : firstMark + 1;
  // “…,” Trump says in the spot, warning …: past a quotation opening the sentence and its comma.
  else if (isQuoteMark(tokens[a]?.text ?? '')) {
    let c = a + 1;
    while (c < end && !isQuoteMark(tokens[c]!.text)) c++;
    if (c >= end) return null;
    a = tokens[c + 1]?.text === ',' ? c + 2 : c + 1;
  }
  // Step over opening adverbials ("In June 2009, after Clinton suffered a concussion, Axelrod …").
  for (let guard = 0; guard < 3 && a < end; guard++) {
    const t = tokens[a]!;
    if (!(OPENERS.has(t.lower) || (t.word && /ing$/.test(t.lower)) || isAdverb(t))) break;
    let c = a;
    while (c < end && c - a < 25 && tokens[c]!.text !== ',' && !isQuoteMark(tokens[c]!.text)) c++;
    if (tokens[c]?.text !== ',' || c + 1 >= end) return null;
    a = c + 1;
  }
  // "Clinton, clearly frustrated, responded …", "Ted Cruz (R-Tex.), a candidate who has made …,
  // tweeted": a person named first and set off by a bracket or comma is the subject; the
  // descriptions after it are the person's.
  const opening = openingPerson(r, a, end);
  if (opening) return opening;
  let bracket = false;
  for (let k = a + 1; k < end && k - a <= MAX_SUBJECT; k++) {
    const t = tokens[k]!;
    if (isQuoteMark(t.text)) return null;
    if (t.text === '(') bracket = true;
    if (t.text === ')') bracket = false;
    if (bracket || !t.word || t.cap) continue;
    const next = tokens[k + 1];
    const verb =
      FINITE.test(t.lower) ||
      SPEECH_CUES.has(t.lower) ||
      STANCE.has(t.lower) ||
      ATTITUDE.has(t.lower) ||
      (/^[a-z]{3,}[^s]s$/.test(t.lower) &&
        // A present in -s right after a name is its verb when an object follows ("Byrne gives an
        // account"); "Corporate lobbyists describe", "Multiple outlets reported" are plural nouns.
        ((OBJECT_START.test(next?.lower ?? '') && endsName(r, k - 1)) ||
          // So is one after a short phrase led by a determiner ("The ad targets a", "Her plan promises to").
          (k - a <= 4 && DETERMINER.test(tokens[a]!.lower) && (OBJECT_START.test(next?.lower ?? '') || (next?.cap ?? false)))));
    // "the revised plan", "an embattled senator": a participle after a determiner is an adjective.
    if (!verb || DETERMINER.test(tokens[k - 1]!.lower)) continue;
    return reportSubject(r, k, a, NO_QUOTES);
  }
  return null;
}

/** Whether token `k` ends the mention of a person or organisation ("Billy Joel", "Byrne"). */
function endsName(r: Resolver, k: number): boolean {
  const t = r.tokens[k]!;
  if (!t.cap || !t.word) return false;
  const ms = r.index.mentions;
  for (let i = firstAtOrAfter(ms, t.end) - 1; i >= 0 && t.end - ms[i]!.start < 80; i--) {
    if (ms[i]!.end === t.end) return r.index.entities[ms[i]!.entity]!.type !== 'place';
  }
  return false;
}

/** The person mention opening the clause at `a` when a comma or a bracket follows it, as [i, j). */
function openingPerson(r: Resolver, a: number, end: number): [number, number] | null {
  const { tokens } = r;
  const m = mentionAt(r, tokens[a]!.start);
  if (m < 0 || r.index.entities[r.index.mentions[m]!.entity]!.type !== 'person') return null;
  let j = a;
  while (j < end && tokens[j]!.end <= r.index.mentions[m]!.end) j++;
  return j < end && (tokens[j]!.text === ',' || tokens[j]!.text === '(') && tokens[j + 1]?.lower !== 'and' ? [a, j] : null;
}
