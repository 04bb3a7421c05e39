// Merges name chunks into entities: one entity per real-world name, with its aliases (surname,
// acronym, descriptions the text equates with it) and every mention.
import type { NameChunk } from '../names/nameChunks';
import { addAliasTo, foldAcronymlessNames, foldAcronymsAndCapitals, foldInstitutionHeads, type OrganisationDraft } from './organisationAliases';
import { ROLE_NOUNS, TITLES } from '../lexicon/lexicon';
import type { Entity, EntityType } from '../types';

export interface EntityMention {
  start: number;
  end: number;
  entity: number;
}

export interface EntityIndex {
  entities: Entity[];
  /** Every mention, sorted by start, pointing into entities. */
  mentions: EntityMention[];
  /** Canonical entity for a name or alias as written (exact), for speakers and actors. */
  byName: Map<string, number>;
}

type Draft = OrganisationDraft;

const SURE = 3;

export function buildEntities(chunks: NameChunk[]): EntityIndex {
  const drafts: Draft[] = [];
  const byName = new Map<string, number>();
  const pending: { chunk: NameChunk; at: number }[] = [];
  const add = (name: string): number => {
    const known = byName.get(name);
    if (known !== undefined) return known;
    drafts.push({ name, votes: { person: 0, organization: 0, place: 0 }, aliases: [], mentions: [] });
    byName.set(name, drafts.length - 1);
    return drafts.length - 1;
  };
  // Pass 1: multi-word names and sure names make entities; single unsure words wait for pass 2,
  // when a person "Phil Simmons" seen anywhere makes a later "Simmons" the same person.
  const headline: NameChunk[] = [];
  for (const c of chunks) {
    if (c.misc) continue;
    if (c.headline) { headline.push(c); continue; }
    if (c.sure || c.acronym || c.text.includes(' ')) {
      const e = add(c.text);
      const d = drafts[e]!;
      if (c.type) d.votes[c.type] += c.sure ? SURE : 1;
      d.mentions.push({ start: c.start, end: c.end });
      if (c.acronym) {
        addAliasTo(d, c.acronym);
        byName.set(c.acronym, e);
      }
    } else pending.push({ chunk: c, at: 0 });
  }
  foldAcronymlessNames(drafts, byName);
  // A person's surname (last word) and, for organisations, an acronym alias already point to it.
  const surname = new Map<string, number>();
  const givenFirst = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.votes.person > 0 && d.votes.person >= Math.max(d.votes.organization, d.votes.place) && d.name.includes(' ')) {
      const last = d.name.slice(d.name.lastIndexOf(' ') + 1);
      if (!surname.has(last)) surname.set(last, i);
      // Family names come first in Chinese and Korean names ("Wang Donghai" ... "Wang").
      // Only for a name typed person by sure evidence: "Rotor Volgograd" is two words, not a person.
      const given = d.name.slice(0, d.name.indexOf(' '));
      if (d.votes.person >= SURE && !givenFirst.has(given)) givenFirst.set(given, i);
    }
  });
  // Sure single words already placed in pass 1 may themselves be surnames ("Tokayev" typed sure is rare).
  // An unknown word seen only opening sentences ("Attendance", "Scorers") is a capitalised common
  // word, not a name; one the text also capitalises mid-sentence is a name.
  const midSentence = new Set<string>();
  for (const p of pending) if (!p.chunk.opening) midSentence.add(p.chunk.text);
  for (const { chunk: c } of pending) {
    if (c.opening && !midSentence.has(c.text) && !byName.has(c.text) && !surname.has(c.text) && !givenFirst.has(c.text)) continue;
    const e = byName.get(c.text) ?? surname.get(c.text) ?? givenFirst.get(c.text) ?? add(c.text);
    const d = drafts[e]!;
    if (c.type) d.votes[c.type] += 1;
    if (d.name !== c.text) addAliasTo(d, c.text);
    d.mentions.push({ start: c.start, end: c.end });
  }
  // Surnames that came as sure single chunks (e.g. titled "Mr Tokayev") fold into the full name.
  for (const [last, e] of surname) {
    const lone = byName.get(last);
    if (lone === undefined || lone === e) continue;
    const d = drafts[lone]!;
    // The text's own "MaliVai Washington", a person by a first name, title or lexicon, outweighs
    // a lexicon's place "Washington"; a two-word name typed person only by default does not.
    if ((d.votes.organization > d.votes.person || d.votes.place > d.votes.person) && drafts[e]!.votes.person < SURE) continue;
    const full = drafts[e]!;
    full.mentions.push(...d.mentions);
    addAliasTo(full, last);
    full.votes.person += d.votes.person;
    d.mentions = [];
    byName.set(last, e);
  }

  foldInstitutionHeads(drafts, byName);
  foldAcronymsAndCapitals(drafts, byName);
  addHeadlineMentions(headline, drafts, byName, surname);

  const entities: Entity[] = [];
  const remap = new Map<number, number>();
  drafts.forEach((d, i) => {
    if (!d.mentions.length) return;
    // A lone title word ("Minister" from "the Prime Minister's home town") names no one in particular.
    const type = decideType(d);
    if (type === 'person' && !d.name.includes(' ') && isTitleOrRole(d.name.toLowerCase())) return;
    remap.set(i, entities.length);
    entities.push({ name: d.name, type, aliases: d.aliases, mentions: sortedByStart(d.mentions) });
  });
  const names = new Map<string, number>();
  for (const [n, i] of byName) {
    const r = remap.get(i);
    if (r !== undefined) names.set(n, r);
  }
  const mentions: EntityMention[] = [];
  entities.forEach((e, i) => { for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: i }); });
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions, byName: names };
}

// Words of a capitals headline ("SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN") name someone only when
// the body names them too: matched case-blind against full names, aliases and surnames, pairs first.
function addHeadlineMentions(chunks: NameChunk[], drafts: Draft[], byName: Map<string, number>, surname: Map<string, number>): void {
  if (!chunks.length) return;
  const known = new Map<string, number>();
  for (const [n, e] of byName) if (drafts[e]!.mentions.length) known.set(n.toLowerCase(), e);
  for (const [n, e] of surname) if (!known.has(n.toLowerCase())) known.set(n.toLowerCase(), e);
  let covered = -1;
  for (const c of chunks) {
    if (c.start < covered) continue;
    const e = c.text.length >= 3 ? known.get(c.text.toLowerCase()) : undefined;
    if (e === undefined) continue;
    drafts[e]!.mentions.push({ start: c.start, end: c.end });
    covered = c.end;
  }
}

const isTitleOrRole = (lower: string): boolean => TITLES.has(lower) || ROLE_NOUNS.has(lower);

/** Mentions in text order: most entities' come in order already, and a check costs less than a sort. */
function sortedByStart<T extends { start: number }>(items: T[]): T[] {
  for (let k = 1; k < items.length; k++) if (items[k - 1]!.start > items[k]!.start) return items.sort((x, y) => x.start - y.start);
  return items;
}

function decideType(d: Draft): EntityType {
  const v = d.votes;
  if (v.person === 0 && v.organization === 0 && v.place === 0) {
    // An unknown single word with nothing around it that tells its kind: acronyms are organisations;
    // other words are most often places (towns, regions: "Tavildara", "Insein"). People come with a
    // given name, a title or an age, and surnames fold into the full name the text gave first.
    if (/^\p{Lu}{2,}$/u.test(d.name)) return 'organization';
    return 'place';
  }
  if (v.person >= v.organization && v.person >= v.place) return 'person';
  return v.organization >= v.place ? 'organization' : 'place';
}

/** Adds a description the text equates with an entity ("Head of State") as an alias. */
export function addAlias(index: EntityIndex, entity: number, alias: string): void {
  const e = index.entities[entity];
  if (!e || alias === e.name || e.aliases.includes(alias)) return;
  e.aliases.push(alias);
  if (!index.byName.has(alias)) index.byName.set(alias, entity);
}
