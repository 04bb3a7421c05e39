// Whose voice an article is when it is a speech, an address, remarks or a statement ("Remarks of President
// Nazarbayev", "Statement of … Juncker, … Tusk and … Turnbull", "I am pleased to announce…" in a minister's
// release): the first person outside quotation marks is that person, and the proposals made in it are theirs.
import type { Resolver } from '../coref';
import type { Paragraph } from '../sentences';

const GENRE = /\b(remarks|statement|address|speech|message|op-ed|interview|greetings?|letter|media release|press release|delivered|speaks?|said|remarks by|joint statement|declaration|communiqu[eé])\b/i;
/** How far into the text the heading lines are looked for. */
const HEAD_PARAGRAPHS = 6;
const FIRST_PERSON_OUTSIDE_QUOTES = /(?:^|[.!?]\s+|\n)(?:I|We)\s+(?!said\b)/g;

export function documentVoice(r: Resolver, paras: Paragraph[], title: string | null): string | null {
  const { index, text } = r;
  const people = index.entities.filter((e) => e.type === 'person');
  if (!people.length) return null;
  // The heading lines: the title and the first short paragraphs.
  const heads: string[] = [];
  if (title) heads.push(title);
  for (const p of paras.slice(0, HEAD_PARAGRAPHS)) if (p.end - p.start < 300) heads.push(text.slice(p.start, p.end));
  for (const h of heads) {
    if (!GENRE.test(h)) continue;
    const named = people.filter((e) => namedIn(h, e.name, e.aliases));
    if (named.length) return joinNames(named.map((e) => e.name));
  }
  // A text in the first person throughout, with no heading that names its speaker: the person it names most.
  const firstPerson = text.match(FIRST_PERSON_OUTSIDE_QUOTES)?.length ?? 0;
  if (firstPerson >= 3 && !/[“"]/.test(text.slice(0, 400))) {
    const top = [...people].sort((x, y) => y.mentions.length - x.mentions.length)[0]!;
    if (top.mentions.length >= 2) return top.name;
  }
  return null;
}

function namedIn(line: string, name: string, aliases: string[]): boolean {
  const surname = name.split(/\s+/).pop() ?? name;
  return [name, surname, ...aliases].some((n) => n.length > 2 && new RegExp(`\\b${escape(n)}\\b`, 'u').test(line));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function joinNames(names: string[]): string {
  const unique = [...new Set(names)];
  return unique.length <= 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
