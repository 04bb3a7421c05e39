// Whose voice an article is when it is a speech, an address, remarks or a statement ("Remarks of President
// Nazarbayev", "Statement of … Juncker, … Tusk and … Turnbull", "I am pleased to announce…" in a minister's
// release): the first person outside quotation marks is that person, and the proposals made in it are theirs.
import type { Resolver } from '../speakers/coref';
import type { Paragraph } from '../text/sentences';
import { COUNTRY_NAMES } from '../lexicon/worldPlaces';
import type { Entity } from '../types';
import { headlineNames } from './headlineNames';
import { titleSpeaker } from './titleSpeaker';

const GENRE = /\b(remarks|statement|address|speech|message|op-ed|interview|greetings?|letter|media release|press release|delivered|speaks?|said|remarks by|joint statement|declaration|communiqu[eé])\b/i;
/** A release's byline: "The Hon Stephen Smith MP", "Senator the Hon Bob Carr", "MINISTER FOR FOREIGN AFFAIRS". */
const BYLINE = /^(?:(?:Senator\s+)?the\s+Hon\.?\s|Hon\.?\s)|\bMP\b|^MINISTER\s+FOR\b|^(?:Minister|Secretary)\s+for\s/i;
/** How far into the text the heading lines are looked for. */
const HEAD_PARAGRAPHS = 6;
const FIRST_PERSON_OUTSIDE_QUOTES = /(?:^|[.!?]\s+|\n)(?:I|We)\s+(?!said\b)/g;
const OUR_OR_US = /\b(?:our|us)\b/gi;
// What the two above need of the text itself, wherever it stands: the narration is the text with each
// quotation made one space, so an "I"/"We" before a space in it stood before a space or an opening mark
// in the text, and an "our"/"us" between word bounds in it stood between word bounds in the text too.
const MAY_BE_FIRST_PERSON = /(?:I|We)[\s“"]/;
const MAY_BE_OUR_OR_US = /\b(?:our|us)\b/i;

/** What the article says of its own voice, read once per article: whose statement it is, the sides its
 *  title names, and the one person its title names as speaking. */
export interface ArticleVoice {
  voice: string | null;
  sides: string[];
  speaker: string | null;
}

export const NO_VOICE: ArticleVoice = { voice: null, sides: [], speaker: null };

export function articleVoice(r: Resolver, paras: Paragraph[], title: string | null): ArticleVoice {
  // The title is not part of the text: its people are read from it as from a one-sentence text, once.
  const named = title && title.length <= MAX_TITLE ? titlePeople(title) : [];
  const people = peopleOfTitle(r, title, named);
  return { voice: documentVoice(r, paras, title, named), sides: titleSides(r, title, people), speaker: titleSpeaker(title, people) };
}

function documentVoice(r: Resolver, paras: Paragraph[], title: string | null, titleNamed: Entity[]): string | null {
  const { index, text } = r;
  if (!titleNamed.length && !index.entities.some((e) => e.type === 'person')) return null;
  // Only a text in the first person outside quotation marks speaks with one voice; a readout that
  // reports two leaders in the third person has none.
  // Counted outside quotation marks: "We will not give in," in a report is the quoted speaker's.
  // Both counts are read only up to 3 (firstPerson) and 2 (plural), so the scans stop there.
  // A text with neither (about a quarter of them) is spared making the narration and reading it twice.
  if (!maySpeakInFirstPerson(text)) return null;
  const narration = text.replace(/“[^”]*”|"[^"\n]*"/g, ' ');
  const firstPerson = countUpTo(FIRST_PERSON_OUTSIDE_QUOTES, narration, 3);
  // A joint statement of governments speaks as "our governments" more than as "we" opening a sentence.
  const plural = firstPerson + countUpTo(OUR_OR_US, narration, 2 - Math.min(2, firstPerson));
  if (plural < 1) return null;
  // Most texts have no first person outside quotations: the people and heading lines are gathered only
  // for those that do.
  const people = [...index.entities.filter((e) => e.type === 'person'), ...titleNamed];
  // The heading lines: the title and the first short paragraphs.
  const heads: string[] = [];
  if (title) heads.push(title);
  for (const p of paras.slice(0, HEAD_PARAGRAPHS)) if (p.end - p.start < 300) heads.push(text.slice(p.start, p.end));
  for (const h of heads) {
    // One "I" or "we" under a byline ("The Hon Stephen Smith MP") is the minister's; under a mere
    // genre word ("statement") it takes two, since reports quote statements too.
    // The byline read once; the genre (a long pattern) only when the count lets it matter.
    const underByline = BYLINE.test(h);
    if (!underByline && !(plural >= 2 && GENRE.test(h))) continue;
    if (!underByline && firstPerson < 2) {
      // Bodies only ("Joint Statement from the United States, Egypt, and Qatar"): the states it names.
      const bodies = index.entities.filter((e) => e.type !== 'person').map((e) => ({ e, at: wordAt(h, e.name) })).filter((x) => x.at >= 0);
      if (bodies.length >= 2 && !people.some((e) => personLike(e.name) && namedAt(h, e.name, e.aliases) >= 0)) return joinNames(bodies.sort((x, y) => x.at - y.at).map((x) => x.e.name));
      continue;
    }
    const byline = bylineName(h);
    if (byline) return byline;
    const named = people.filter((e) => personLike(e.name)).map((e) => ({ e, at: namedAt(h, e.name, e.aliases) })).filter((x) => x.at >= 0).sort((x, y) => x.at - y.at);
    if (named.length) return joinNames(named.map((x) => x.e.name).map(displayName));
    // "Joint Statement from the United States, Egypt, and Qatar": the states or bodies it names.
    const bodies = index.entities.filter((e) => e.type !== 'person').map((e) => ({ e, at: wordAt(h, e.name) })).filter((x) => x.at >= 0);
    if (GENRE.test(h) && bodies.length >= 2) return joinNames(bodies.sort((x, y) => x.at - y.at).map((x) => x.e.name));
  }
  // A text in the first person throughout, with no heading that names its speaker: the person it names most.
  if (firstPerson >= 3 && !/[“"]/.test(text.slice(0, 400))) {
    const top = [...people].sort((x, y) => y.mentions.length - x.mentions.length)[0]!;
    if (top.mentions.length >= 2) return top.name;
  }
  return null;
}

/** How many times the global regex `re` matches in `text`, counted no further than `cap`. */
/** False only for a text whose narration holds no first person (neither count above can be 1). */
export function maySpeakInFirstPerson(text: string): boolean {
  return MAY_BE_FIRST_PERSON.test(text) || MAY_BE_OUR_OR_US.test(text);
}

function countUpTo(re: RegExp, text: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text)) n++;
  return n;
}

/** A name a person could bear: two to five words, none of them a word of events, bodies or honours. */
function personLike(name: string): boolean {
  const ws = name.split(/\s+/);
  // All capitals only on a line of capitals ("ALEXANDER DOWNER"), never mixed ("CNTBT Executive").
  const caps = ws.every((w) => /^[\p{Lu}'’.-]+$/u.test(w));
  return ws.length >= 1 && ws.length <= 5 && !ws.some((w) => NOT_IN_PERSON_NAMES.test(w) || (!caps && /^\p{Lu}{3,}$/u.test(w)) || NOT_IN_PERSON_NAMES.test(titleCase(w))) && !/ and /.test(name);
}
const NOT_IN_PERSON_NAMES = /^(?:Prize|Award|Awards|Ceremony|Executive|Convention|Summit|Forum|Council|Party|Day|Address|Statement|Remarks|Nation|Excellency|Majesty|Highness|Conference|Meeting|Assembly|Committee|Fund|Group|Alliance|Agreement|Treaty|World|Site|Initiative)$/;

const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

/** Where a heading names the person: by a name of two words or more, or by title and surname
 *  ("President Nazarbayev"); a surname alone may be part of another name ("Nazarbayev Prize").
 *  Plain string search, not a regular expression per name: a text names many people. */
function namedAt(line: string, name: string, aliases: string[]): number {
  const lower = line.toLowerCase();
  let at = -1;
  const take = (i: number) => { if (i >= 0 && (at < 0 || i < at)) at = i; };
  for (const n of [name, ...aliases]) if (/\S\s+\S/.test(n)) take(wordAt(lower, n.toLowerCase()));
  const surname = (name.split(/\s+/).pop() ?? name).toLowerCase();
  if (surname.length > 2) {
    for (let i = wordAt(lower, surname); i >= 0; i = wordAt(lower, surname, i + 1)) {
      if (TITLE_BEFORE.test(lower.slice(Math.max(0, i - 14), i))) { take(i); break; }
    }
  }
  return at;
}
const TITLE_BEFORE = /\b(?:president|minister|secretary|dr|mr|mrs|ms|ambassador|chancellor|king|queen|senator|governor|premier|chairman)\.?\s+$/;

/** The index of `word` in `text` standing as whole words (no letter or digit either side), from `from`, or -1. */
function wordAt(text: string, word: string, from = 0): number {
  if (!word) return -1;
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1];
    const after = text[i + word.length];
    if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after))) return i;
  }
  return -1;
}


/** "A, B and C". */
export const listNames = (names: string[]): string => (names.length <= 1 ? names[0] ?? '' : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

function joinNames(names: string[]): string {
  // "Barack Obama" and "Obama" are one person: a name whose words all stand in a longer one goes.
  const unique = [...new Set(names)].filter((n, _i, all) => !all.some((m) => m !== n && m.length > n.length && n.split(/\s+/).every((w) => m.split(/\s+/).includes(w))));
  return listNames(unique);
}

/** The sides a title names: its people ("Meeting Between President Biden and President Lula"), else
 *  the states or bodies it names when they are two or more ("Joint Statement on United States-Ukraine Meeting"). */
function titleSides(r: Resolver, title: string | null, people: string[]): string[] {
  if (people.length >= 2 || !title || title.length > MAX_TITLE) return people;
  // States only: a title's outlet and dateline city ("CNN", "Geneva") are no sides of anything.
  // The plain search of the title first: most places of a text are not in its title.
  const bodies: { name: string; at: number }[] = [];
  for (const e of r.index.entities) {
    if (e.type !== 'place' || title.indexOf(e.name) < 0 || !COUNTRY_NAMES.has(e.name)) continue;
    const at = wordAt(title, e.name);
    if (at >= 0) bodies.push({ name: e.name, at });
  }
  return bodies.length >= 2 ? bodies.sort((x, y) => x.at - y.at).map((x) => x.name) : people;
}

/** Longer than any real headline: a "title" past this is no heading to read names from. */
const MAX_TITLE = 300;

/** The people a title names, each by the fullest name the text gives them ("Biden" → "Joe Biden"). */
function peopleOfTitle(r: Resolver, title: string | null, titleNamed: Entity[]): string[] {
  if (!title || title.length > MAX_TITLE) return [];
  const found: { name: string; at: number }[] = [];
  for (const p of titleNamed) found.push({ name: p.name, at: title.indexOf(p.name) });
  // People the title names by surname alone ("Putin talks to reporters"), known from the text. The
  // plain search for the surname first: most people of a text are not in its title.
  for (const e of r.index.entities) {
    if (e.type !== 'person') continue;
    const surname = lastWord(e.name);
    if (surname === null) continue;
    const at = wordAt(title, surname);
    if (at >= 0 && personLike(e.name)) found.push({ name: e.name, at });
  }
  // Most titles name no one: the map of fullest names is built only for one that does.
  if (!found.length) return [];
  const surnames = found.map((p) => p.name.split(/\s+/).pop()!);
  const fullest = fullestNames(r, surnames);
  found.sort((x, y) => x.at - y.at);
  return [...new Set(found.map((p) => fullest.get(p.name.split(/\s+/).pop()!) ?? p.name))];
}

/** The last word of a name of several words, as name.split(/\s+/).pop() ('' after a trailing space); null for
 *  a name with no white space. Read back by character codes: no array and no regular expression per person. */
function lastWord(name: string): string | null {
  for (let i = name.length - 1; i >= 0; i--) {
    const c = name.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(name[i]!)) return name.slice(i + 1);
  }
  return null;
}

/** Each of `words` to the fullest name of a person the text gives with that word, in one pass over the people.
 *  A name is split into its words only if it holds one of them at all (most hold none). */
function fullestNames(r: Resolver, words: string[]): Map<string, string> {
  const wanted = new Set(words);
  const fullest = new Map<string, string>();
  for (const e of r.index.entities) {
    if (e.type !== 'person' || !words.some((w) => e.name.includes(w)) || / and /.test(e.name)) continue;
    for (const w of e.name.split(/\s+/)) if (wanted.has(w) && (fullest.get(w)?.length ?? 0) < e.name.length) fullest.set(w, e.name);
  }
  return fullest;
}

function titlePeople(title: string): Entity[] {
  return headlineNames(title).index.entities.filter((e) => e.type === 'person');
}

/** "ALEXANDER DOWNER" as "Alexander Downer": a name read off a line of capitals, shown as a name. */
function displayName(name: string): string {
  return /\p{Ll}/u.test(name) ? name : name.split(/\s+/).map(titleCase).join(' ');
}

/** The name in a release's byline: "The Hon Stephen Smith MP", "Senator the Hon Bob Carr". */
function bylineName(line: string): string | null {
  const m = /\bHon\.?\s+((?:\p{Lu}[\p{Ll}'’-]+\s+){0,2}\p{Lu}[\p{Ll}'’-]+)(?=\s+(?:MP|AO|AC|QC|KC|OAM)\b|\s*$|\s{2,}|,)/u.exec(line);
  return m ? m[1]!.replace(/\s+/g, ' ') : null;
}
