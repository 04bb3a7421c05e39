// Nouns of stance with no owner, whose preposition names what the stance is about: "criticism of the
// deal", "calls for a recount", "opposition to the pipeline", "doubts about his record", "fears of a
// shutdown". The news annotated for attribution counts the object as a statement whose source is left
// unsaid (or named apart: "criticism of the deal from unions"), so it comes with no speaker. With an
// owner ("Clinton's criticism of …") nounCues.ts reads the noun and its speaker first.
// Only pairs whose object is the thing judged: "an advocate for" is as often of a cause as a stance,
// and "support for" is aid ("support for refugee programmes") unless a name follows ("support for Hale").
import { isQuoteMark, type Token } from '../text/tokens';
import type { Resolver } from '../speakers/coref';
import type { Quote } from '../types';
import { ownerOf } from './nounCues';

/** Each noun with the prepositions that open what it judges. */
const UNOWNED_NOUNS = new Map<string, Set<string>>();
for (const [nouns, preps] of [
  ['criticism criticisms', 'of for over about'],
  ['opposition', 'to'],
  ['call calls', 'for'],
  ['support', 'for'],
  ['doubts concerns questions warnings', 'about'],
  ['fears', 'of about over'],
  ['hopes', 'of for'],
  ['accusations allegations', 'of against'],
] as const) {
  const set = new Set(preps.split(' '));
  for (const n of nouns.split(' ')) UNOWNED_NOUNS.set(n, set);
}

/** The nouns the rule starts at (for the word look-up before the cue rules). */
export const UNOWNED_NOUN_WORDS: ReadonlySet<string> = new Set(UNOWNED_NOUNS.keys());

// Words that end the object's noun phrase: the verb of the sentence or a new clause.
const NP_END = new Set(`is was are were has have had will would could can may might should must did does do
which who whom while because but and as after before since when if that said says`.split(/\s+/));
const MAX_WORDS = 15;

/** "criticism of the deal": the object of the noun's preposition, as no one's statement; null when the noun has an owner. */
export function unownedNoun(r: Resolver, k: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  const noun = tokens[k]!;
  // The object opens after the noun and its preposition.
  const from = k + 2;
  if (!UNOWNED_NOUNS.get(noun.lower)?.has(tokens[k + 1]?.lower ?? '') || from >= end || inQuote[from]) return null;
  // "too close to call for": after "to" the word is a verb.
  if (tokens[k - 1]?.lower === 'to' || ownerOf(tokens, k, a)) return null;
  // "support for Sanders" backs a person or a party; "support for refugee programmes" is aid.
  if (noun.lower === 'support' && !tokens[from]!.cap) return null;
  let to = from;
  while (to < end && to - from < MAX_WORDS && objectWord(tokens[to]!)) to++;
  // "Mr.": an abbreviation's dot inside the phrase, never its last word.
  while (to > from && !tokens[to - 1]!.word) to--;
  if (to === from) return null;
  const s = tokens[from]!.start;
  const e = tokens[to - 1]!.end;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker: null, cue: { text: noun.text, start: noun.start, end: noun.end } };
}

/** Whether t may stand in the object's noun phrase: a word (or an abbreviation's dot) that opens no new clause. */
function objectWord(t: Token): boolean {
  if (isQuoteMark(t.text)) return false;
  return (t.word || t.text === '.') && !NP_END.has(t.lower);
}
