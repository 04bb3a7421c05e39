// Subjects of reported speech that can hold a view ("the senator", "voters", "a group of nurses")
// or give evidence ("the poll", "leaked emails"): a verb of stance reports a statement only after one.
import { isQuantity, type Resolver } from './coref';
import { ROLE_NOUNS } from '../lexicon/lexicon';
import { PEOPLE, personPlural } from '../lexicon/peopleNouns';
import { firstAtOrAfter } from '../text/tokens';

/** The index of the entity mention starting at `pos`, or -1. */
export function mentionAt(r: Resolver, pos: number): number {
  const ms = r.index.mentions;
  const lo = firstAtOrAfter(ms, pos);
  return ms[lo]?.start === pos ? lo : -1;
}

// A subject that can hold a view: a pronoun, a name, or a description led by a role word.
export function agentive(r: Resolver, subj: [number, number]): boolean {
  const { tokens } = r;
  const last = tokens[subj[1] - 1]!;
  if (subj[1] - subj[0] === 1 && /^(he|she|they|we|i)$/.test(last.lower)) return true;
  for (let k = subj[0]; k < subj[1]; k++) if (mentionAt(r, tokens[k]!.start) >= 0) return true;
  if (subj[1] - subj[0] <= 6 && isQuantity(r.text.slice(tokens[subj[0]]!.start, last.end))) return true;
  if (ROLE_NOUNS.has(last.lower) || PEOPLE.has(last.lower) || personPlural(last.lower)) return true;
  // "a group of nurses", "members of the panel": the head before "of" is a group of people.
  for (let k = subj[0]; k < subj[1] - 1; k++) if (tokens[k + 1]!.lower === 'of' && (PEOPLE.has(tokens[k]!.lower) || ROLE_NOUNS.has(tokens[k]!.lower))) return true;
  return false;
}

// A subject that gives evidence: "the poll", "Surveys of caucus-goers taken at the door", "leaked emails".
export function evidence(r: Resolver, subj: [number, number]): boolean {
  for (let k = subj[0]; k < subj[1] && k < subj[0] + 4; k++) if (EVIDENCE.has(r.tokens[k]!.lower)) return true;
  return false;
}

const EVIDENCE = new Set('poll polls survey surveys report reports study studies data analysis document documents memo letter statement records article story filing filings research evidence findings numbers figures review investigation audit ruling complaint lawsuit emails email results polling tally count census'.split(' '));
