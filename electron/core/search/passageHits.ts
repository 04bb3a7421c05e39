// Which quotes and proposals of an article a search matched, found in JavaScript from the texts read to
// show the article anyway. A passage matches as FTS5 would match it in an index of passages (text and
// speaker; the quotes index of migrations 003–007): every group of the query (alternatives joined by OR
// count as one) found in its text or in its speaker's name; for a search of one speaker's words, in its
// text alone.
import type { ShownPassage, SpokenText } from '../db/searchRepository';
import { itemsFound, mayMatch, type Matcher } from './highlight';

/** The passages that match, best first: those that hold more of the query's words, then in reading order. */
export function matchingPassages(passages: readonly ShownPassage[], bodies: ReadonlyMap<number, string>, matcher: Matcher, groups: readonly number[][]): ShownPassage[] {
  const bySpeaker = new Map<string, Set<number>>();
  const found: { passage: ShownPassage; count: number }[] = [];
  for (const p of passages) {
    const body = bodies.get(p.articleId);
    const text = p.text ?? (body !== undefined && p.start !== null && p.end !== null ? body.slice(p.start, p.end) : '');
    const items = itemsFound(text, matcher);
    if (p.speaker) {
      let named = bySpeaker.get(p.speaker);
      if (!named) bySpeaker.set(p.speaker, (named = itemsFound(p.speaker, matcher)));
      for (const item of named) items.add(item);
    }
    if (matchesAll(items, groups)) found.push({ passage: p, count: items.size });
  }
  return found.sort((a, b) => b.count - a.count || (a.passage.start ?? 0) - (b.passage.start ?? 0)).map((f) => f.passage);
}

/** For a search of one speaker's words: the passages whose own text matches (the speaker is the filter,
 *  so their name does not count) and holds none of the excluded items, best first as above. As FTS5
 *  matched `text : (query)` in the quotes index this replaces (migration 008). */
export function passagesSaying(passages: readonly SpokenText[], matcher: Matcher, groups: readonly number[][], excluded: Matcher): SpokenText[] {
  const found: { passage: SpokenText; count: number }[] = [];
  for (const p of passages) {
    if (!mayMatch(p.said, matcher, groups)) continue;
    const items = itemsFound(p.said, matcher);
    if (matchesAll(items, groups) && (!excluded.length || !itemsFound(p.said, excluded).size)) found.push({ passage: p, count: items.size });
  }
  return found.sort((a, b) => b.count - a.count || (a.passage.start ?? 0) - (b.passage.start ?? 0)).map((f) => f.passage);
}

/** Whether the query items found in a text satisfy the query: one item of every group. */
export function matchesAll(found: ReadonlySet<number>, groups: readonly number[][]): boolean {
  return groups.every((g) => g.some((item) => found.has(item)));
}
