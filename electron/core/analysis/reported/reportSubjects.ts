// Subjects and clause starts of reported speech beyond a plain "X said": the antecedent of a
// relative pronoun ("Bush, who announced he …"), the subject of a coordinated verb ("Clinton
// celebrated in Florida and said …"), and the adjuncts between a cue and its clause ("said on
// Friday", "told The Star-Ledger last week", "said — on Twitter, as it happens — that").
import type { Resolver } from '../speakers/coref';
import { contractedAux, isSubjectPronoun, subjectLeft } from '../speakers/subjects';
import { firstAtOrAfter, type Token } from '../text/tokens';
import { asideComma, relativeAside } from './relativeAside';

/** The `inQuote` of a caller that has no quotation marks to skip: no position is inside a quote. */
export const NO_QUOTES = new Uint8Array(0);

const RELATIVE = new Set(['who', 'which', 'that']);
const COORD = new Set(['and', 'but']);
const AUX_BEFORE = new Set(['also', 'has', 'have', 'had', 'would', 'will', 'could', 'later', 'then', 'once', 'often', 'still', 'repeatedly', 'publicly', 'privately', 'previously', 'recently', 'reportedly', 'did', 'does', 'do', 'both', 'all', 'not', 'never', 'may', 'might', 'can', 'should', 'must']);
const BE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
// Lower-case words in -ly that are nouns, not adverbs standing between a subject and its verb.
const LY_NOUNS = new Set(['family', 'rally', 'ally', 'supply', 'reply', 'assembly', 'belly', 'bully', 'folly', 'anomaly', 'monopoly', 'italy', 'july', 'only']);
/** "strongly", "overwhelmingly": an adverb between a subject and its verb ("voters overwhelmingly support"). */
export function isAdverb(t: Token): boolean {
  return t.word && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}

/**
 * The subject phrase [i, j) of the cue at `cue`, reading left within the sentence starting at `a`.
 * With `adverbs`, an adverb in -ly may stand before the cue ("voters overwhelmingly support"):
 * reported statements want it; a quotation's speaker search does not (it would give titles in
 * quotation marks a cue: "…incorrectly listed when the “War On Drugs” was…").
 */
export function reportSubject(r: Resolver, cue: number, a: number, inQuote: Uint8Array, adverbs = false): [number, number] | null {
  const { tokens } = r;
  // "who is supporting Sanders": the progressive's "is" stands between the subject and the cue.
  const progressive = adverbs && tokens[cue]!.lower.endsWith('ing');
  let k = cue - 1;
  for (;;) {
    while (k >= a && (AUX_BEFORE.has(tokens[k]!.lower) || (adverbs && isAdverb(tokens[k]!)) || (progressive && BE_AUX.has(tokens[k]!.lower)) || contractedAux(tokens, k))) k--;
    // "who has in the past described": a time phrase between the auxiliary and the verb.
    if (k - 2 >= a && tokens[k - 2]!.lower === 'in' && /^(past|end|meantime|interview|statement)$/.test(tokens[k]!.lower)) { k -= 3; continue; }
    // "Sanders on Saturday criticized", "the council last week rejected", "has twice complained":
    // a time adjunct or a count between the subject and its verb.
    if (adverbs && k - 1 >= a && TIME_WORD.has(tokens[k]!.lower) && TIME_ADJUNCT_LEAD.has(tokens[k - 1]!.lower)) { k -= 2; continue; }
    if (adverbs && k > a && COUNT_OR_TIME.has(tokens[k]!.lower)) { k--; continue; }
    break;
  }
  if (k < a) return null;
  const w = tokens[k]!.lower;
  if (RELATIVE.has(w) && w !== 'that') {
    // "…, who said …": the speaker is the noun phrase the relative clause hangs on.
    const at = tokens[k - 1]?.text === ',' ? k - 1 : k;
    const ante = subjectLeft(tokens, at, a);
    return ante && !RELATIVE.has(tokens[ante[0]]!.lower) ? ante : null;
  }
  if (COORD.has(w)) return sentenceSubject(r, a, k, inQuote);
  // "Democrats — and some Republicans — say that …": an aside between dashes before the cue.
  if (isLongDash(tokens[k]!.text)) {
    let o = k - 1;
    while (o > a && k - o < 15 && tokens[o]!.text !== tokens[k]!.text) o--;
    if (o > a && tokens[o]!.text === tokens[k]!.text) return subjectLeft(tokens, o, a);
  }
  // "Sen. Elizabeth Warren (D-MA) said": a party tag between the name and the cue.
  if (tokens[k]!.text === ')') {
    let o = k - 1;
    while (o > a && k - o < 8 && tokens[o]!.text !== '(') o--;
    if (tokens[o]?.text === '(' && o > a) return subjectLeft(tokens, o, a);
  }
  const found = k === cue - 1 ? subjectLeft(tokens, cue, a) : subjectLeft(tokens, k + 1, a);
  if (tokens[k]!.text === ',' && (!found || !tokens[found[0]]!.cap)) return openingName(tokens, a, k) ?? relativeAside(tokens, a, k) ?? found;
  const closing = found ? -1 : asideComma(tokens, k);
  if (closing > a) return relativeAside(tokens, a, closing);
  return found;
}

/**
 * "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said": a name opening the
 * sentence, then appositives set off by commas up to the one before the cue. One appositive is
 * subjectLeft's; two or more are read here from the sentence start.
 */
function openingName(tokens: Token[], a: number, comma: number): [number, number] | null {
  if (comma - a > 30) return null;
  let c = a;
  while (c < comma && tokens[c]!.text !== ',') c++;
  if (c === a || c - a > 10 || c === comma) return null;
  // "Sen. Ted Cruz (R-Texas), also a hopeful, called …": a party tag in brackets closes the name.
  let name = c;
  for (let k = a; k < c; k++) {
    const t = tokens[k]!;
    if (t.text === '(' && name === c && k > a) name = k;
    else if (name < c ? false : t.word ? !t.cap && !(t.lower === 'and' && k > a) : t.text !== '.' && t.text !== '-') return null;
  }
  if (name - a > 6) return null;
  // "Toomey and Ayotte, who are both in tight races, endorsed …": a relative clause may be the aside.
  for (let k = c + 2; k < comma; k++) if (RELATIVE.has(tokens[k]!.lower) || tokens[k]!.lower === 'said' || tokens[k]!.lower === 'says') return null;
  if (RELATIVE.has(tokens[c + 1]?.lower ?? '') && tokens[c + 1]!.lower === 'that') return null;
  return NOT_OPENING.has(tokens[a]!.lower) ? null : [a, name];
}
const NOT_OPENING = new Set(['in', 'on', 'at', 'after', 'before', 'when', 'while', 'if', 'as', 'since', 'during', 'but', 'and', 'so', 'still', 'yet', 'however', 'meanwhile', 'instead', 'now', 'then', 'today', 'yesterday', 'the', 'a', 'an', 'this', 'that', 'for', 'with', 'by', 'from']);

/** The first name or personal pronoun of the sentence that is followed by a lower-case word (its verb). */
export function sentenceSubject(r: Resolver, a: number, before: number, inQuote: Uint8Array): [number, number] | null {
  const { tokens, index } = r;
  const ms = index.mentions;
  let mi = firstAtOrAfter(ms, tokens[a]?.start ?? 0);
  for (let k = a; k < before; k++) {
    if (inQuote[k]) return null;
    const t = tokens[k]!;
    if (isSubjectPronoun(t.lower)) return [k, k + 1];
    while (mi < ms.length && ms[mi]!.start < t.start) mi++;
    const m = ms[mi];
    if (m && m.start === t.start) {
      let e = k;
      while (e < before && tokens[e]!.end <= m.end) e++;
      // A party tag or aside in brackets ("Rep. Hakeem Jeffries (D-N.Y.) reacted"): the verb follows it.
      let v = e;
      if (tokens[v]?.text === '(') {
        while (v < before && v - e < 10 && tokens[v]!.text !== ')') v++;
        if (tokens[v]?.text === ')') v++;
        else v = e;
      }
      const next = tokens[v];
      const prev = tokens[k - 1];
      const governed = prev && /^(in|with|of|to|for|by|on|at|from|about|against|than|like)$/.test(prev.lower);
      if (!governed && next && next.word && !next.cap && index.entities[m.entity]!.type !== 'place') return [k, e];
    }
  }
  // "Instead, the Vermont senator is sticking to …, hoping …": past an opening adverbial and its comma.
  if (a + 1 < before && (NOT_SUBJECT.has(tokens[a]!.lower) || OPENING_ADVERB.has(tokens[a]!.lower) || isAdverb(tokens[a]!))) {
    let c = a;
    while (c < before && c - a < 8 && tokens[c]!.text !== ',') c++;
    if (tokens[c]?.text === ',' && c + 1 < before) a = c + 1;
  }
  // "The Arizona Republican survived … and says …": the words opening the sentence up to its verb.
  let k = a;
  while (k < before && k - a < 7 && tokens[k]!.word && !VERBISH.test(tokens[k]!.lower) && !NOT_SUBJECT.has(tokens[k]!.lower)) k++;
  return k > a && k - a < 7 && tokens[k]?.word && VERBISH.test(tokens[k]!.lower) && /^(the|a|an|this|that|\p{Lu})/iu.test(tokens[a]!.text) ? [a, k] : null;
}

const VERBISH = /^(?:[a-z]+ed|is|was|has|had|have|are|were|will|would|could|can|did|does|may|might|must|also|took|went|made|came|won|lost|met|spent|left|ran|gave|got|began|became|held|kept|sought|said|told|thought|brought|felt|found|led|paid|put|saw|sent|stood|spoke|wrote|drew|knew|threw|struck|fought|sat|chose|rose|fell|hit|set|cast|read|heard|meant|built|taught|caught|bought)$/;
const OPENING_ADVERB = new Set(['instead', 'still', 'meanwhile', 'however', 'indeed', 'yet', 'now', 'today', 'earlier', 'later', 'separately', 'similarly', 'likewise', 'nonetheless', 'nevertheless']);
const NOT_SUBJECT = new Set(['in', 'on', 'at', 'after', 'before', 'when', 'while', 'if', 'as', 'since', 'during', 'to', 'for', 'by', 'with', 'but', 'and', 'or', 'that', 'which', 'who']);


const TIME_WORD = new Set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
recently earlier later again also repeatedly publicly privately previously frequently often once then now
bluntly flatly simply`.split(/\s+/));
const TIME_LEAD = new Set(['last', 'this', 'next', 'earlier', 'late', 'early']);
const PART_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
const TIME_UNIT = new Set(['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'time', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'fall', 'spring', 'summer', 'winter']);
const ADJUNCT_PREP = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'over', 'with', 'from', 'to', 'for', 'outside', 'inside', 'since', 'while', 'when']);
const DASH = /^[—–-]$/;
/** An em or en dash standing alone (DASH without the hyphen), by its code. */
const isLongDash = (text: string): boolean => text.length === 1 && (text.charCodeAt(0) === 0x2014 || text.charCodeAt(0) === 0x2013);
const TIME_ADJUNCT_LEAD = new Set(['on', 'last', 'this', 'late', 'early', 'earlier']);
const COUNT_OR_TIME = new Set(['twice', 'first', 'again', 'already', 'long', 'now', 'today', 'yesterday', 'tonight', 'thrice']);
const ADJUNCT_MARK = /^(?:["“”'’]|''|``|['’]s|%|-|\.|&)$/;
const PARTICIPLE_AFTER = new Set(['adding', 'noting', 'saying', 'according', 'citing', 'referring', 'calling', 'and', 'but', 'who', 'which', 'as', 'when', 'while', 'in', 'on', 'at', 'after', 'before', 'during', 'though', 'although', 'because']);
const MAX_ADJUNCT = 14;

export interface ClauseStart {
  /** First token of the reported clause ("that" included when it is there). */
  from: number;
  /** A "that" opens the clause. */
  that: boolean;
  /** Adjuncts were skipped to reach it (a bare clause after them is less certain). */
  skipped: boolean;
}

/** Where the clause reported by the cue ending at `k - 1` starts, skipping adjuncts; null when none is found. */
export function clauseStart(tokens: Token[], k: number, end: number, inQuote: Uint8Array): ClauseStart | null {
  let skipped = false;
  const limit = Math.min(end, k + MAX_ADJUNCT + 6);
  for (let guard = 0; guard < 6 && k < limit; guard++) {
    const t = tokens[k]!;
    if (t.lower === 'that' && !inQuote[k]) return { from: k, that: true, skipped };
    if (TIME_WORD.has(t.lower)) { k++; skipped = true; continue; }
    if (TIME_LEAD.has(t.lower) && TIME_UNIT.has(tokens[k + 1]?.lower ?? '')) { k += 2; skipped = true; continue; }
    // "said Tuesday morning that": a part of the day after a day.
    if (PART_OF_DAY.has(t.lower) && TIME_WORD.has(tokens[k - 1]?.lower ?? '')) { k++; skipped = true; continue; }
    if (t.text === ',' || DASH.test(t.text)) {
      // A parenthetical set off by commas or dashes: skip it when a "that" follows it. Otherwise a
      // comma after the cue opens the clause itself ("Rubio says, win or lose, he's staying").
      const close = findClose(tokens, k, limit, t.text === ',' ? ',' : null);
      if (close < 0) return t.text === ',' && tokens[k + 1]?.word && !PARTICIPLE_AFTER.has(tokens[k + 1]!.lower) ? { from: k + 1, that: false, skipped: true } : null;
      k = close + 1;
      skipped = true;
      continue;
    }
    if (ADJUNCT_PREP.has(t.lower)) {
      // A prepositional phrase ("in an interview with The Associated Press") only when "that" ends it.
      let j = k + 1;
      // Names in the phrase may carry quotation marks, a possessive or a figure (on NBC's ''Meet the
      // Press'', by 55%-41%); a comma or the sentence's end still closes it.
      while (j < limit && tokens[j]!.lower !== 'that' && tokens[j]!.text !== ',' && (tokens[j]!.word || ADJUNCT_MARK.test(tokens[j]!.text))) j++;
      if (tokens[j]?.lower === 'that' && j - k <= MAX_ADJUNCT) return { from: j, that: true, skipped: true };
      if (tokens[j]?.text === ',') { k = j; skipped = true; continue; }
      return null;
    }
    return { from: k, that: false, skipped };
  }
  return null;
}

function findClose(tokens: Token[], k: number, limit: number, comma: string | null): number {
  for (let j = k + 1; j < limit; j++) {
    const t = tokens[j]!.text;
    if (comma ? t === ',' : DASH.test(t)) return tokens[j + 1]?.lower === 'that' || !comma ? j : -1;
  }
  return -1;
}
