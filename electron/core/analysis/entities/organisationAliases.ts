// Shortened names of an organisation that a report uses after its full name: "the Council" for the
// "Council of the CSTO Parliamentary Assembly", and the same body named once with and once without an
// acronym inside it ("Council of the Parliamentary Assembly" of the CSTO, then "Council of the CSTO
// Parliamentary Assembly"). Left apart, one body shows as three entities in the briefing.
import { isSpaceCode } from '../text/whiteSpace';
import type { EntityType } from '../types';

export interface OrganisationDraft {
  name: string;
  votes: Record<EntityType, number>;
  /** Other names of it, in the order first given, each once (an array: a Set per draft cost more than the look-ups it saved). */
  aliases: string[];
  mentions: { start: number; end: number }[];
}

/** Head nouns of institutions: a lone one refers back to the one organisation the text named with it. */
const INSTITUTION_HEADS = new Set(
  'Agency Alliance Army Assembly Authority Bank Board Cabinet Centre Center Chamber Coalition Commission Committee Company Congress Corporation Council Court Department Directorate Federation Forum Foundation Front Fund Government Group Institute League Ministry Movement Navy Office Organisation Organization Parliament Party Police Secretariat Senate Service Tribunal Union University'.split(' '),
);

const isOrganisation = (d: OrganisationDraft) => d.votes.organization > 0 && d.votes.organization >= Math.max(d.votes.person, d.votes.place);
const isAcronym = (w: string) => /^\p{Lu}{2,}$/u.test(w);
/** False for a name with no two capitals in a row, hence no acronym among its words (most names): then
 *  no word need be split off and tested. Past ASCII it leaves the question to the words. */
function mayHoldAcronym(name: string): boolean {
  let caps = 0;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c > 127) return true;
    caps = c >= 65 && c <= 90 ? caps + 1 : 0;
    if (caps === 2) return true;
  }
  return false;
}

/** Folds an organisation's name into a longer one that only adds another organisation's acronym to it,
 *  when the text said which: "Council of the Parliamentary Assembly of the Collective Security Treaty
 *  Organization (CSTO)", later "Council of the CSTO Parliamentary Assembly". The longer says more. A
 *  country's code is no organisation's ("US Supreme Court" is not the Supreme Court named before). */
export function foldAcronymlessNames(drafts: OrganisationDraft[], byName: Map<string, number>): void {
  const byBareName = new Map<string, { into: number; owners: number[] }>();
  drafts.forEach((d, i) => {
    if (!isOrganisation(d) || !d.name.includes(' ') || !mayHoldAcronym(d.name)) return;
    const words = d.name.split(' ');
    const bare = words.filter((w) => !isAcronym(w));
    if (bare.length === words.length || bare.length < 2) return;
    const owners = words.filter(isAcronym).map((w) => byName.get(w));
    if (owners.some((o) => o === undefined || o === i || !isOrganisation(drafts[o]!))) return;
    // Two longer names with the same bare words (CSTO's and CIS's councils) leave it undecided.
    const key = bare.join(' ');
    byBareName.set(key, byBareName.has(key) ? { into: -1, owners: [] } : { into: i, owners: owners as number[] });
  });
  drafts.forEach((d, i) => {
    const found = byBareName.get(d.name);
    if (!found || found.into < 0 || found.into === i || !isOrganisation(d)) return;
    // The shorter name must have been followed by its owner once ("… of the CSTO", "… of the CSTO's").
    if (found.owners.every((o) => followedBy(d, drafts[o]!))) merge(drafts, byName, i, found.into);
  });
}

/** Whether a mention of `b` comes right after one of `a` (" of the ", " of ": at most 8 characters apart). */
function followedBy(a: OrganisationDraft, b: OrganisationDraft): boolean {
  return a.mentions.some((m) => b.mentions.some((n) => n.start > m.end && n.start - m.end <= 8));
}

/** Folds a lone institution word ("Council") into the one organisation the text named with it as the
 *  word before its first "of", or else as its last word; with two such ("Security Council", "Council of Europe")
 *  it stays apart. */
export function foldInstitutionHeads(drafts: OrganisationDraft[], byName: Map<string, number>): void {
  const heads = institutionByHead(drafts);
  drafts.forEach((d, i) => {
    const into = heads.get(d.name);
    if (into !== undefined && into !== i && d.mentions.length && d.votes.person === 0) merge(drafts, byName, i, into);
  });
}

function institutionByHead(drafts: OrganisationDraft[]): Map<string, number> {
  const found = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (!isOrganisation(d) || !d.mentions.length) return;
    const head = headWord(d.name);
    if (head !== undefined && INSTITUTION_HEADS.has(head)) found.set(head, found.has(head) && found.get(head) !== i ? -1 : i);
  });
  for (const [head, i] of found) if (i < 0) found.delete(head);
  return found;
}

/** The word of a name of several (split at spaces) that says what it is: the one before the first "of" after
 *  the first word, or else the last. "Council of the CSTO Parliamentary Assembly" is a council, not an assembly;
 *  "Security Council" is a council. Read by position, as splitting every organisation's name into words
 *  cost more than the rest of buildEntities's folds. */
function headWord(name: string): string | undefined {
  const firstSpace = name.indexOf(' ');
  if (firstSpace < 0) return undefined;
  if (firstSpace !== 2 || !name.startsWith('of')) {
    for (let at = name.indexOf(' of', firstSpace); at >= 0; at = name.indexOf(' of', at + 1)) {
      if (at + 3 === name.length || name.charCodeAt(at + 3) === 32) return name.slice(name.lastIndexOf(' ', at - 1) + 1, at);
    }
  }
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** Adds `alias` to the draft's aliases unless there already (callers that skip its own name say so). */
export function addAliasTo(d: OrganisationDraft, alias: string): void {
  if (!d.aliases.includes(alias)) d.aliases.push(alias);
}

function merge(drafts: OrganisationDraft[], byName: Map<string, number>, from: number, into: number): void {
  const a = drafts[from]!;
  const b = drafts[into]!;
  b.mentions.push(...a.mentions);
  if (a.name !== b.name) addAliasTo(b, a.name);
  byName.set(a.name, into);
  for (const alias of a.aliases) {
    if (alias !== b.name) addAliasTo(b, alias);
    byName.set(alias, into);
  }
  b.votes.person += a.votes.person;
  b.votes.organization += a.votes.organization;
  b.votes.place += a.votes.place;
  a.mentions = [];
}

/** Any small letter (\p{Ll}): ASCII is read by character codes, the Unicode class only past it. */
function hasSmallLetter(name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) return SMALL_LETTER.test(name.slice(k));
  }
  return false;
}
const SMALL_LETTER = /\p{Ll}/u;

const NOT_INITIAL = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'on', 'in', '&']);

/** "U.N." → "UN": an acronym's letters, or null for a word that is no acronym. */
export function acronymKey(name: string): string | null {
  // Most names open with a capital and a small letter: no acronym, told by two character codes.
  const c0 = name.charCodeAt(0);
  const c1 = name.charCodeAt(1);
  if (c0 < 128 && (c0 < 65 || c0 > 90)) return null;
  if (c0 < 128 && c1 < 128 && c1 !== 46 && (c1 < 65 || c1 > 90)) return null;
  return ACRONYM.test(name) ? name.replace(/\./g, '') : null;
}
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/** "European Union" → "EU", "United Nations" → "UN": the initials of a name's words (split at spaces and
 *  hyphens) that are not "of", "the" and the like. Read by character codes: splitting every name into an
 *  array of words cost more than the rest of the fold. */
export function initials(name: string): string {
  let out = '';
  const n = name.length;
  let k = 0;
  while (k < n) {
    while (k < n && isSeparator(name.charCodeAt(k))) k++;
    if (k >= n) break;
    const s = k;
    let ascii = true;
    for (; k < n; k++) {
      const c = name.charCodeAt(k);
      if (isSeparator(c)) break;
      if (c > 127) ascii = false;
    }
    // Words of NOT_INITIAL are three letters at most; a longer word of ASCII lower-cases to as many.
    if ((ascii && k - s > 3) || !NOT_INITIAL.has(name.slice(s, k).toLowerCase())) out += name[s];
  }
  return out.toUpperCase();
}
/** A space (\s) or a hyphen: where `initials` splits words, as /[\s-]+/ did. */
const isSeparator = (c: number): boolean => c === 45 || isSpaceCode(c);

/**
 * One body under its acronym and its full name is one entity: "EU" and "European Union", "U.N.", "UN"
 * and "United Nations". Only when exactly one full name of an organisation or place spells the acronym,
 * so two names that happen to share initials are never merged. A name read off a line of capitals
 * ("BRUSSELS") is the same as the text's "Brussels".
 */
export function foldAcronymsAndCapitals(drafts: OrganisationDraft[], byName: Map<string, number>): void {
  // Most texts name no acronym: then no full name's initials need reading.
  if (drafts.some((d) => d.mentions.length > 0 && acronymKey(d.name) !== null)) foldAcronyms(drafts, byName);
  const lower = drafts.map((d) => hasSmallLetter(d.name)); // read once for both passes
  // Only a name without small letters folds into another: without one, no name need be upper-cased.
  if (!drafts.some((d, i) => d.mentions.length > 0 && !lower[i] && d.name.length >= 4)) return;
  const byUpper = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.mentions.length && lower[i]) byUpper.set(d.name.toUpperCase(), i);
  });
  drafts.forEach((d, i) => {
    if (!d.mentions.length || lower[i] || d.name.length < 4) return;
    const into = byUpper.get(d.name);
    if (into !== undefined && into !== i) merge(drafts, byName, i, into);
  });
}

function foldAcronyms(drafts: OrganisationDraft[], byName: Map<string, number>): void {
  const full = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (!d.mentions.length || !/\s/.test(d.name) || d.votes.person > Math.max(d.votes.organization, d.votes.place)) return;
    const key = initials(d.name);
    if (key.length < 2) return;
    const list = full.get(key);
    if (list) list.push(i);
    else full.set(key, [i]);
  });
  const firstOfKey = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (!d.mentions.length) return;
    const key = acronymKey(d.name);
    if (!key) return;
    const into = full.get(key);
    if (into?.length === 1 && into[0] !== i) merge(drafts, byName, i, into[0]!);
    else if (firstOfKey.has(key)) merge(drafts, byName, i, firstOfKey.get(key)!); // "U.N." and "UN"
    else firstOfKey.set(key, i);
  });
}
