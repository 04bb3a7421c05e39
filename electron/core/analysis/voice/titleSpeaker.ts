// The speaker an article is about when its title says so ("IN BRIEF: Putin talks to reporters about …",
// "Russia expects to restore the tourist flow — ambassador"), and the quotations it leaves unattributed:
// news agencies list a speaker's statements under such a title without repeating who said each one.
import type { Resolver } from '../speakers/coref';
import { firstAtOrAfter } from '../text/tokens';
import type { Quote } from '../types';

const SAYS = /^(?:talks?|says?|said|tells?|told|warns?|urges?|calls?|stresses|stressed|insists?|vows?|pledges?|declares?|announces?|statements?|interview|remarks|comments?|answers?|speaks?)\b/i;

/** The one person of the title's `people` (by the fullest names the text gives them) it names as speaking, or null. */
export function titleSpeaker(title: string | null, people: string[]): string | null {
  // No one named in the title: no one it names as speaking (the common case, without a regex run).
  if (!title || !people.length) return null;
  // "… — Putin", "… - ambassador": an agency's attribution at the end of its headline.
  const tail = /\s[—–-]\s*([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*)*)\s*$/u.exec(title)?.[1];
  if (tail) {
    const who = people.find((p) => p.split(/\s+/).some((w) => tail.split(/\s+/).includes(w)));
    if (who) return who;
  }
  const speaking = people.filter((p) => {
    const surname = p.split(/\s+/).pop()!;
    const at = title.indexOf(surname);
    return at >= 0 && SAYS.test(title.slice(at + surname.length).replace(/^['’]s\s+(?:key\s+)?/, ' ').trim());
  });
  return speaking.length === 1 ? speaking[0]! : null;
}

/** Direct quotations with no speaker given the article's speaker, named at their last mention before the quote. */
export function attributeToArticleSpeaker(r: Resolver, quotes: Quote[], speaker: string): Quote[] {
  const entity = r.index.byName.get(speaker);
  const ms = entity === undefined ? [] : r.index.mentions.filter((m) => m.entity === entity);
  return quotes.map((q) => {
    if (q.speaker || q.kind !== 'direct') return q;
    const before = ms[firstAtOrAfter(ms, q.start) - 1];
    const mention = before ? { text: r.text.slice(before.start, before.end), start: before.start, end: before.end } : { text: '', start: q.start, end: q.start };
    return { ...q, speaker: { name: speaker, mention }, speakerRule: 'article-speaker' };
  });
}
