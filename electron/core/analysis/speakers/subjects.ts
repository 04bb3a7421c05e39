// Finds the phrase that is the subject of a cue word: read left from the cue ("the senator said"),
// across an appositive ("Tokayev, the president, said"), or right after it ("said Tokayev").
import { AUX, NP_BREAK, NP_INNER } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { isQuoteMark } from '../text/tokens';

const MAX_NP = 10;
const TIME = new Set('monday tuesday wednesday thursday friday saturday sunday week month year night morning afternoon evening weekend'.split(' '));
const TIME_LEAD = new Set('on last this earlier late next that friday saturday sunday monday tuesday wednesday thursday'.split(' '));
const ABBREV_DOT = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'st', 'jr', 'sr', 'lt', 'col', 'prof', 'rev']);

function npWord(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text === '.' && k > 0 && ABBREV_DOT.has(tokens[k - 1]!.lower)) return true;
  if (t.text === '-' ) return true;
  if (!t.word) return false;
  if (NP_INNER.has(t.lower)) return true;
  // A capitalised "The"/"In" opening the sentence is kept or dropped by the trim below.
  return !NP_BREAK.has(t.lower) || (t.cap && t.lower !== 'that' && t.lower !== 'but' && t.lower !== 'and');
}

/** Subject read leftwards from the cue at `cue`, not before `min`. Returns [i, j) or null. */
export function subjectLeft(tokens: Token[], cue: number, min: number): [number, number] | null {
  let k = cue - 1;
  // "Rep. Jason Chaffetz (R-Utah) said": a party tag right before the cue is no part of the name.
  if (tokens[k]?.text === ')') {
    let o = k - 1;
    while (o > min && k - o < 10 && tokens[o]!.text !== '(') o--;
    if (tokens[o]?.text === '(' && o > min) k = o - 1;
  }
  for (;;) {
    while (k >= min && ((tokens[k]!.word && AUX.has(tokens[k]!.lower) && !tokens[k]!.cap) || contractedAux(tokens, k) || mannerAdverb(tokens, k, cue))) k--;
    // "Trump on Monday said", "the minister last week warned": a time phrase is not the subject.
    if (k - 1 >= min && TIME.has(tokens[k]!.lower) && TIME_LEAD.has(tokens[k - 1]!.lower)) { k -= 2; continue; }
    break;
  }
  if (k < min) return null;
  if (tokens[k]!.text === ',') {
    // Appositive or relative clause between commas: "Smith, the mayor, said" / "Smith, who ..., said".
    // "Gov. John Kasich (R-OH), said": the party tag before the comma is no part of the phrase.
    let segEnd = k;
    if (tokens[k - 1]?.text === ')') {
      let o = k - 2;
      while (o > min && k - o < 10 && tokens[o]!.text !== '(') o--;
      if (tokens[o]?.text === '(') segEnd = o;
    }
    let p = segEnd - 1;
    const findComma = () => { while (p >= min && p > k - 16 && tokens[p]!.text !== ',' && !isQuoteMark(tokens[p]!.text)) p--; };
    findComma();
    // "during a meeting in Columbus, Ohio, said": a "City, State" pair is one place, not two phrases.
    if (p >= min && tokens[p]!.text === ',' && segEnd - p === 2 && tokens[p + 1]!.cap && tokens[p - 1]?.cap && tokens[p - 1]!.word) { p--; findComma(); }
    if (p < min || tokens[p]!.text !== ',') return null;
    // "Marley Anderson, 21, a junior from Las Vegas, said": an age between commas is part of the appositive.
    while (p - 2 >= min && /^\d{1,3}$/.test(tokens[p - 1]!.text) && tokens[p - 2]!.text === ',') p -= 2;
    const seg = phraseLeft(tokens, segEnd, p + 1);
    const opener = tokens[p + 1]!;
    if (seg && seg[0] === p + 1 && opener.cap && !/^(the|a|an)$/i.test(opener.text)) return seg;
    return phraseLeft(tokens, p, min);
  }
  // "RT he blasted": a pronoun right before the verb is the whole subject.
  if (isSubjectPronoun(tokens[k]!.lower)) return [k, k + 1];
  return phraseLeft(tokens, k + 1, min);
}

/** "she angrily said", "Smith quickly added": a manner adverb right before the cue is no part of its subject. */
function mannerAdverb(tokens: Token[], k: number, cue: number): boolean {
  const t = tokens[k]!;
  return k === cue - 1 && t.word && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !NOT_MANNER.has(t.lower);
}
const NOT_MANNER = new Set(['only', 'early', 'likely', 'family', 'ally', 'rally', 'daily', 'weekly', 'monthly', 'italy', 'july']);

/** "he", "she", "they", "we", "i": compared by length first (asked of every subject and every word before a cue). */
export function isSubjectPronoun(w: string): boolean {
  switch (w.length) {
    case 1: return w === 'i';
    case 2: return w === 'he' || w === 'we';
    case 3: return w === 'she';
    case 4: return w === 'they';
    default: return false;
  }
}

/** The "’s" of "he’s predicting", "she’s said": an auxiliary (is, has), not a possessive. */
export function contractedAux(tokens: Token[], k: number): boolean {
  // Asked of each word read back from a cue: the token's two characters first, the word before only for an "’s".
  const text = tokens[k]?.text;
  if (text === undefined || text.length !== 2) return false;
  const q = text.charCodeAt(0);
  const s = text.charCodeAt(1);
  if ((q !== 39 && q !== 0x2019) || (s !== 115 && s !== 83)) return false;
  return AUX_PRONOUN.has(tokens[k - 1]?.lower ?? '');
}
const AUX_PRONOUN = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what']);

function phraseLeft(tokens: Token[], end: number, min: number): [number, number] | null {
  let k = end - 1;
  while (k >= min && end - k <= MAX_NP && npWord(tokens, k)) k--;
  let i = k + 1;
  // Drop connectors and a sentence-opening lower-case word left on the phrase's edge.
  while (i < end && (NP_INNER.has(tokens[i]!.lower) && tokens[i]!.lower !== 'the' && tokens[i]!.lower !== 'a' && tokens[i]!.lower !== 'an')) i++;
  while (i < end && tokens[i]!.cap && NP_BREAK.has(tokens[i]!.lower) && !NP_INNER.has(tokens[i]!.lower)) i++;
  return i < end ? [i, end] : null;
}

/** Subject right after the cue ("said Tokayev", "said the spokesman"), not past `max`. */
export function subjectRight(tokens: Token[], cue: number, max: number): [number, number] | null {
  let k = cue + 1;
  const i = k;
  while (k < max && k - i < 8 && npWord(tokens, k) && !(k > i && tokens[k]!.lower === 'the' && !NP_INNER.has(tokens[k - 1]!.lower))) k++;
  // Trailing connectors ("said Smith of") are not part of the name.
  while (k > i && NP_INNER.has(tokens[k - 1]!.lower)) k--;
  if (k <= i) return null;
  // "said on Monday", "said in a statement": a preposition first means no subject here.
  if (NP_BREAK.has(tokens[i]!.lower) && !tokens[i]!.cap) return null;
  return [i, k];
}
