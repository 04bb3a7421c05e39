// Look-ups over the mined entity lexicon, parsed once at module load.
import { COMMON, FIRST_NAMES, NAMES } from './entityLexicon';
import type { EntityType } from '../types';
import { worldNames } from './worldPlaces';

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

/** The world gazetteer's reading of a name (L place, M people), whatever the lexicon says. */
export const worldCode = (s: string): NameCode | undefined => world.get(s);

export function lookupName(s: string, caseFolded: boolean): NameCode | undefined {
  return caseFolded ? folded.get(s.toLowerCase()) : exact.get(s);
}

export const isCommonWord = (lower: string): boolean => common.has(lower);
export const isFirstName = (w: string): boolean => first.has(w);

export function codeType(c: NameCode): EntityType | null {
  return c === 'P' ? 'person' : c === 'O' ? 'organization' : c === 'L' ? 'place' : null;
}
