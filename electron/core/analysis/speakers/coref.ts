// Resolves the words that name a speaker or actor ("he", "Tokayev", "the President of Kazakhstan",
// "a spokeswoman for the ministry") to a canonical name and the mention span.
import { addAlias, type EntityIndex } from '../entities/entities';
import { isCommonWord } from '../lexicon/gazetteer';
import { genderOf, pronounGender, type Gender } from '../names/gender';
import { AUX, NP_BREAK, PRONOUNS, ROLE_NOUNS, SPEECH_CUES, TITLES } from '../lexicon/lexicon';
import { firstAtOrAfter, type Token } from '../text/tokens';
import type { SpeakerRef } from '../types';

export interface Resolver {
  text: string;
  tokens: Token[];
  index: EntityIndex;
}

// Nouns that name a source without naming a person: "the report said", "officials told".
const SOURCE_NOUNS = new Set(`report statement memo letter campaign committee group agency department ministry office
study poll survey article paper newspaper magazine website site network court police government administration
company firm bank union party council board panel commission team staff people critic supporter opponent official
source observer insider aide adviser advisor analyst expert spokesman spokeswoman spokesperson witness resident
voter protester demonstrator lawmaker legislator prosecutor lawyer attorney investigator researcher scientist
economist doctor friend family member leader organizer organiser document documents data filing lawsuit complaint
release tweet post video ad advertisement press story piece book editorial author writer reporter journalist`.split(/\s+/));
const QUANTITY = /^(?:(?:about|nearly|almost|around|roughly|only|just|some|more than|fewer than|less than|over|a)\s+)?(?:[\d.]+\s*(?:percent|%|in\s+\d+)|(?:one|two|three|four|five|six|seven|eight|nine)(?:\s+in\s+(?:\d+|ten)|\s+out\s+of\s+\w+)|[a-z-]+\s+percent|half|a\s+third|two-thirds|a\s+quarter|majority|majorities|most|many)\b/i;
/** A share of people ("59 percent of Democrats", "About three-quarters", "most voters"): a group that holds views in polls. */
export function isQuantity(phrase: string): boolean {
  return QUANTITY.test(phrase) || /^(?:about|nearly|almost|roughly|some|more than)?\s*(?:one|two|three)-(?:thirds?|quarters?|fifths?)\b/i.test(phrase);
}
const TIME_PHRASE = /^(?:(?:a|an|the|this|last|next|on|early|late|less than|more than|about|nearly)\s+)*(?:(?:one|two|three|four|five|six|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weekend|month|year)(?:\s+(?:morning|afternoon|evening|night))?)$/i;
// A role noun or a title: one look-up for the two sets, asked of every content word of a phrase.
const ROLE_OR_TITLE = new Set([...ROLE_NOUNS, ...TITLES]);
const DETS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
const FIRST_PERSON = new Set(['i', 'we']);
/** The name given to the first person of the narration. */
export const WRITER = 'the writer';
// Object and possessive pronouns name whom the subject pronoun would ("according to him", "his refusal").
const OBJECT_PRONOUN = new Map([['him', 'he'], ['her', 'she'], ['them', 'they'], ['me', 'i'], ['us', 'we'], ['his', 'he'], ['their', 'they'], ['its', 'it']]);

/** The most recent mention before `pos` of an entity of `type` (and not of the other gender), or -1. */
function lastMentionOf(r: Resolver, pos: number, type: string, within = 4000, gender: Gender = null): number {
  const ms = r.index.mentions;
  const lo = firstAtOrAfter(ms, pos);
  for (let i = lo - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (pos - m.end > within) break;
    if (m.end <= pos && r.index.entities[m.entity]!.type === type) {
      if (gender && genderOf(r.text, r.index, m.entity) === (gender === 'm' ? 'f' : 'm')) continue;
      return m.entity;
    }
  }
  return -1;
}

const SPEAKER_REACH = 400;
const AFTER_NAME = /^[^\S\n]*(?:\([^()\n]{0,20}\)[^\S\n]*)?(\p{L}+)(?:[^\S\n]+(\p{L}+))?/u;

/** Whether the words right after a mention are its verb of saying ("Adelson said", "Cruz has said"). */
function speaksAt(r: Resolver, end: number): boolean {
  const m = AFTER_NAME.exec(r.text.slice(end, end + 40));
  if (!m) return false;
  return SPEECH_CUES.has(m[1]!) || (m[2] !== undefined && AUX.has(m[1]!) && SPEECH_CUES.has(m[2]));
}

/**
 * The person a pronoun names: the latest one of its gender, unless that one was only mentioned in
 * passing and, just before, another was the one speaking ("Adelson said he met Donald Trump …
 * he found Trump “very charming”"): news carries its speaker on in pronouns.
 */
function pronounReferent(r: Resolver, pos: number, gender: Gender): number {
  const ms = r.index.mentions;
  const lo = firstAtOrAfter(ms, pos);
  let nearest = -1;
  for (let i = lo - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (pos - m.end > (nearest < 0 ? 4000 : SPEAKER_REACH)) break;
    if (m.end > pos || r.index.entities[m.entity]!.type !== 'person') continue;
    if (gender && genderOf(r.text, r.index, m.entity) === (gender === 'm' ? 'f' : 'm')) continue;
    if (nearest < 0) {
      nearest = m.entity;
      if (speaksAt(r, m.end)) return nearest;
      continue;
    }
    if (m.entity === nearest) return nearest;
    if (speaksAt(r, m.end)) return m.entity;
  }
  return nearest;
}

const span = (r: Resolver, s: number, e: number) => ({ text: r.text.slice(s, e), start: s, end: e });

// Words that open a subject phrase themselves, never glued to it from the sentence's start.
const PHRASE_OPENERS = new Set(`the a an one many most some several multiple few all both two three four five six seven
eight nine ten other another`.split(/\s+/));

// Sticky, read in the text at a mention's end (no slice per mention): its \S must stand before the phrase's end.
const OWNER_S = /['’]s\s+\S/y;
/** "Obama's former …": a possessive 's and a word after it, before `end`. */
function ownedAt(text: string, at: number, end: number): boolean {
  OWNER_S.lastIndex = at;
  return OWNER_S.test(text) && OWNER_S.lastIndex <= end;
}

/**
 * The speaker of a quotation named by tokens[i..j): as resolvePhrase, but "said Wednesday",
 * "Tuesday, hours after …", "two weeks ago" name nobody, as a time never speaks. (Reported
 * statements keep resolvePhrase: their clause is still a statement when its subject is misread.)
 */
export function resolveSpeaker(r: Resolver, i: number, j: number): SpeakerRef | null {
  if (j > i && TIME_PHRASE.test(r.text.slice(r.tokens[i]!.start, r.tokens[j - 1]!.end))) return null;
  return resolvePhrase(r, i, j);
}

/** Resolves the subject phrase tokens[i..j) of a cue; null when it names nobody. */
export function resolvePhrase(r: Resolver, i: number, j: number): SpeakerRef | null {
  if (j <= i) return null;
  const toks = r.tokens;
  const last = toks[j - 1]!;
  // A pronoun names whoever was last mentioned of the right kind.
  const head = toks[i]!;
  if (j - i === 1 && (PRONOUNS.has(head.lower) || OBJECT_PRONOUN.has(head.lower))) {
    const first = head;
    const mention = span(r, first.start, first.end);
    const lower = OBJECT_PRONOUN.get(first.lower) ?? first.lower; // "according to him"
    // "“…,” I said": outside a quotation the first person is the article's writer.
    if (FIRST_PERSON.has(lower)) return { name: WRITER, mention };
    const type = lower === 'they' || lower === 'it' ? 'organization' : 'person';
    const e = type === 'person' ? pronounReferent(r, first.start, pronounGender(lower)) : lastMentionOf(r, first.start, type, 4000, pronounGender(lower));
    return { name: e >= 0 ? r.index.entities[e]!.name : first.text, mention };
  }
  // Sentence-opening words glued to the phrase ("Unlike Patriot", "Following a …", "To which she").
  while (i < j - 1 && toks[i]!.cap && !PHRASE_OPENERS.has(toks[i]!.lower) && (isCommonWord(toks[i]!.lower) || NP_BREAK.has(toks[i]!.lower) || toks[i]!.lower.endsWith('ing'))) i++;
  if (j - i === 1 && PRONOUNS.has(toks[i]!.lower)) return resolvePhrase(r, i, j);
  const first = toks[i]!;
  // Not a subject: a phrase opening with a conjunction or preposition, or a bare number or year.
  if (!first.cap && NP_BREAK.has(first.lower)) return null;
  // A share of people ("59 percent", "Six in 10", "half", "most voters") speaks in polls.
  const s = first.start;
  const e = last.end;
  const phrase = r.text.slice(s, e);
  if (j - i <= 6 && isQuantity(phrase)) return { name: phrase, mention: span(r, s, e) };
  if (j - i <= 2 && /^[\d,.]+$|^(twenty|thirty|forty|fifty)/i.test(first.text)) return null;
  // Names inside the phrase: a person wins; an organisation or place names the speaker only when
  // the phrase is not a role description ("the President of Kazakhstan" is a person, not Kazakhstan).
  let person = -1;
  let other = -1;
  let owner = -1;
  const ms = r.index.mentions;
  for (let k = firstAtOrAfter(ms, s); k < ms.length; k++) {
    const m = ms[k]!;
    if (m.start >= e) break;
    if (m.end > e) continue;
    const ent = r.index.entities[m.entity]!;
    // "Obama's former campaign strategist", "Clinton’s campaign": the owner is not the speaker;
    // the phrase is a description of someone else, or a group of the owner's.
    if (ent.type === 'person' && ownedAt(r.text, m.end, e)) {
      owner = k;
      continue;
    }
    if (ent.type === 'person') person = k;
    else if (other < 0) other = k;
  }
  if (person >= 0) {
    const m = r.index.mentions[person]!;
    // "Head of State, Kassym-Jomart Tokayev": the words before the name are a description of him.
    return { name: r.index.entities[m.entity]!.name, mention: span(r, m.start, m.end) };
  }
  const content = contentWords(phrase);
  let headRole = false;
  for (let k = 0; k < content.length; k++) if (ROLE_OR_TITLE.has(content[k]!)) { headRole = true; break; }
  if (other >= 0 && !headRole) {
    const m = r.index.mentions[other]!;
    return { name: r.index.entities[m.entity]!.name, mention: span(r, s, e) };
  }
  // "Lena Park’s campaign slogan", "Clinton’s campaign": a thing or group of the owner's speaks
  // for the owner (a role, "Obama’s former strategist", is someone else, read below).
  if (owner >= 0 && !headRole) return { name: r.index.entities[r.index.mentions[owner]!.entity]!.name, mention: span(r, s, e) };
  if (!headRole) {
    // "sources", "the report": a speaker the text does not name further. Anything else read off
    // the sentence ("few questions", "his rubble") names nobody.
    const head = content[content.length - 1] ?? '';
    // "the ministry", "the Commission": the body of that kind the text named last ("the Russian Foreign Ministry").
    if (INSTITUTIONS.has(head) && /^the$/i.test(first.text)) {
      const body = lastBodyNamed(r, s, head);
      if (body >= 0) return { name: r.index.entities[body]!.name, mention: span(r, s, e) };
    }
    // (head.replace(/s$/, '') by its last character code: only a final "s" makes a second look-up.)
    const source = SOURCE_NOUNS.has(head) || (head.charCodeAt(head.length - 1) === 115 && SOURCE_NOUNS.has(head.slice(0, -1)));
    // (The length first: the two expressions only matter for a phrase of ten words or fewer.)
    const determined = j - i <= 10 && (/^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s\s/u.test(phrase) ||
      /^(the|a|an|one|another|his|her|their|its|two|three|several|some|many|multiple|other)$/i.test(first.text));
    if (!source && !determined && (j - i > 4 || !/\p{Lu}/u.test(phrase))) return null;
    return { name: phrase.replace(/^(the|a|an)\s+/i, ''), mention: span(r, s, e) };
  }
  // A role description: a known alias, or, when definite, the latest person the text mentioned.
  const bare = phrase.replace(/^(the|a|an)\s+/i, '');
  const known = r.index.byName.get(bare) ?? (mayCapitalise(bare) ? r.index.byName.get(capitalise(bare)) : undefined);
  // A known name that is itself a bare role word ("Ambassador" from a headline) names nobody in particular.
  if (known !== undefined && !ROLE_OR_TITLE.has(r.index.entities[known]!.name.toLowerCase())) return { name: r.index.entities[known]!.name, mention: span(r, s, e) };
  const definite = /^the\b/i.test(phrase) || /^\p{Lu}/u.test(phrase);
  const plural = /s$/.test(content[content.length - 1] ?? '') && !/ss$/.test(phrase);
  if (definite && !plural && headRole) {
    const p = lastMentionOf(r, s, 'person', 6000);
    if (p >= 0) {
      addAlias(r.index, p, capitalise(bare));
      return { name: r.index.entities[p]!.name, mention: span(r, s, e) };
    }
  }
  return { name: bare, mention: span(r, s, e) };
}

/** phrase.toLowerCase().split(/[\s,]+/) without the determiners (DETS), split by character codes: a regular
 *  expression and a filter per phrase resolved cost more than the rest of the phrase's reading. */
export function contentWords(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  const n = lower.length;
  const out: string[] = [];
  let start = 0;
  let k = 0;
  while (k < n) {
    if (!isSplit(lower.charCodeAt(k))) { k++; continue; }
    const w = lower.slice(start, k);
    if (!DETS.has(w)) out.push(w);
    while (k < n && isSplit(lower.charCodeAt(k))) k++;
    start = k;
  }
  const w = lower.slice(start, n);
  if (!DETS.has(w)) out.push(w);
  return out;
}
const SPACE = /\s/;
/** A space (\s) or a comma. */
const isSplit = (c: number): boolean => c === 32 || c === 44 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(String.fromCharCode(c)));

const INSTITUTIONS = new Set(['ministry', 'government', 'agency', 'department', 'office', 'council', 'commission', 'committee', 'court',
  'bank', 'union', 'party', 'company', 'administration', 'embassy', 'parliament', 'senate', 'assembly', 'organisation', 'organization', 'alliance', 'secretariat']);

/** The organisation named last before `pos` (within reach) whose name ends in `head` ("… Foreign Ministry" for "the ministry"), or -1. */
function lastBodyNamed(r: Resolver, pos: number, head: string): number {
  const ms = r.index.mentions;
  for (let i = firstAtOrAfter(ms, pos) - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (pos - m.end > 4000) break;
    const ent = r.index.entities[m.entity]!;
    if (ent.type === 'organization' && ent.name.toLowerCase().split(/\s+/).pop() === head) return m.entity;
  }
  return -1;
}

/** s with its first letter capitalised when it is a small one (\p{Ll}): ASCII by character codes, the rest by the expression. */
export function capitalise(s: string): string {
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return String.fromCharCode(c - 32) + s.slice(1);
  return c < 128 || s.length === 0 ? s : s.replace(/^\p{Ll}/u, (l) => l.toUpperCase());
}
/** False when capitalise(s) is s itself, told by the first character code (an ASCII one that is no small letter). */
const mayCapitalise = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 128 || (c >= 97 && c <= 122);
};
