// Look-ups over the mined entity lexicon, parsed once at module load.
import { COMMON, FIRST_NAMES, NAMES } from './entityLexicon';
import type { EntityType } from '../types';
import { worldNames } from './worldPlaces';
import { mayHold, nameSieve } from './nameSieve';

export type NameCode = 'P' | 'O' | 'L' | 'M';

const exact = new Map<string, NameCode>();
const folded = new Map<string, NameCode>();
for (const line of NAMES.split('\n')) {
  const tab = line.indexOf('\t');
  const name = line.slice(0, tab);
  const code = line.slice(tab + 1) as NameCode;
  exact.set(name, code);
  // All-capitals headlines ("LEICESTERSHIRE TAKE OVER") can only be matched case-folded.
  if (!folded.has(name.toLowerCase())) folded.set(name.toLowerCase(), code);
}
const common = new Set(COMMON.split(' '));
const first = new Set(FIRST_NAMES.split(' '));

// A few names news about Central Asia and world politics needs that the 1996 Reuters lexicon lacks.
const EXTRA: [string, NameCode][] = [
  ['Kazakhstan', 'L'], ['Uzbekistan', 'L'], ['Kyrgyzstan', 'L'], ['Tajikistan', 'L'], ['Turkmenistan', 'L'],
  ['Afghanistan', 'L'], ['Almaty', 'L'], ['Astana', 'L'], ['Central Asia', 'L'], ['Ukraine', 'L'],
  ['Taliban', 'O'], ['CSTO', 'O'], ['SCO', 'O'], ['CIS', 'O'], ['UN', 'O'], ['NATO', 'O'], ['EU', 'O'],
  ['ISIS', 'O'], ['FBI', 'O'], ['CIA', 'O'], ['Kazinform', 'O'], ['White House', 'O'], ['Pentagon', 'O'],
];
for (const [n, c] of EXTRA) {
  exact.set(n, c);
  folded.set(n.toLowerCase(), c);
}
// The world gazetteer fills gaps only: where the mined lexicon knows a name, its reading stands.
const world = new Map<string, NameCode>();
for (const [n, c] of worldNames()) {
  world.set(n, c);
  if (!exact.has(n)) exact.set(n, c);
  if (!folded.has(n.toLowerCase())) folded.set(n.toLowerCase(), c);
}

// The first and the last words of the names of several words, as written and case-folded: most
// capitalised runs hold no such word, and one Set look-up of a word the tokens hold already spares building
// and hashing the text of every span of up to six words that might open (or close) there.
const SPACE = /\s/;
const firstWords = (names: Iterable<string>): Set<string> => {
  const out = new Set<string>();
  for (const n of names) {
    const at = n.search(SPACE);
    if (at >= 0) out.add(n.slice(0, at));
  }
  return out;
};
const lastWords = (names: Iterable<string>): Set<string> => {
  const out = new Set<string>();
  for (const n of names) {
    let at = n.length - 1;
    while (at >= 0 && !SPACE.test(n[at]!)) at--;
    if (at >= 0) out.add(n.slice(at + 1));
  }
  return out;
};
const openers = firstWords(exact.keys());
const foldedOpeners = firstWords(folded.keys());
const closers = lastWords(exact.keys());
const foldedClosers = lastWords(folded.keys());
// Sieves before the look-ups made of every capitalised word (as written): most are in no list.
const exactSieve = nameSieve(exact.keys());
const openerSieve = nameSieve(openers);
const closerSieve = nameSieve(closers);
const commonSieve = nameSieve(common);
const firstSieve = nameSieve(first);

/** False when no name of several words opens with `word` followed by a space (`lower` for a case-folded look-up). */
export function mayOpenName(word: string, lower: string, caseFolded: boolean): boolean {
  return caseFolded ? foldedOpeners.has(lower) : mayHold(openerSieve, word) && openers.has(word);
}

/** False when no name of several words ends in a space and `word` (`lower` for a case-folded look-up). */
export function mayCloseName(word: string, lower: string, caseFolded: boolean): boolean {
  return caseFolded ? foldedClosers.has(lower) : mayHold(closerSieve, word) && closers.has(word);
}

/** The world gazetteer's reading of a name (L place, M people), whatever the lexicon says. */
export const worldCode = (s: string): NameCode | undefined => world.get(s);

export function lookupName(s: string, caseFolded: boolean): NameCode | undefined {
  return caseFolded ? folded.get(s.toLowerCase()) : mayHold(exactSieve, s) ? exact.get(s) : undefined;
}

/** lookupName of one word, given its lower-cased form too (a token's `text` and `lower`). */
export function lookupWord(word: string, lower: string, caseFolded: boolean): NameCode | undefined {
  return caseFolded ? folded.get(lower) : mayHold(exactSieve, word) ? exact.get(word) : undefined;
}

export const isCommonWord = (lower: string): boolean => mayHold(commonSieve, lower) && common.has(lower);
export const isFirstName = (w: string): boolean => mayHold(firstSieve, w) && first.has(w);

export function codeType(c: NameCode): EntityType | null {
  return c === 'P' ? 'person' : c === 'O' ? 'organization' : c === 'L' ? 'place' : null;
}
