// A search for one speaker's words (`--speaker NAME`): the quotes and proposals of that speaker whose text
// matches the query. Since migration 008 there is no index of quote words: a quote is a slice of its
// article's body, which articles_fts indexes, so the speaker's articles whose title or body holds the
// query's words are ranked there, and the speaker's passages in them are matched in JavaScript, best
// articles first, until enough have a matching passage.
import type { ArticleFilterValues, Ranked, RankedArticle, SearchRepository, SpokenText } from '../db/searchRepository';
import { ftsString, type ParsedQuery, type QueryItem } from './parseQuery';
import { SearchError } from './searchError';
import { matcherOf, wordsOf, type Matcher } from './highlight';
import { passagesSaying } from './passageHits';

/** Articles whose passages are read and matched at once: the first batch is what a page of results needs
 *  when most of them match; later batches are larger, as they come when few do. */
const FIRST_BATCH_EXTRA = 10;
const LATER_BATCH = 200;

export interface SpeakerMatches {
  /** The articles with at least one matching passage, best first (score, then newest), at most limit + 1. */
  order: [articleId: number, score: number][];
  /** Each listed article's matching passages (their ids), best first. */
  passages: Map<number, number[]>;
  /** More articles matched than were ranked (only the newest `newest` were). */
  cut: boolean;
}

/** `sameSpeakers` adds to the names found those merged with them across the library (entityMergesRepository). */
export function speakerMatches(repo: SearchRepository, speaker: string, query: ParsedQuery, filters: ArticleFilterValues, newest: number, limit: number, matcher: Matcher, sameSpeakers: (ids: number[], asked: string) => number[] = (ids) => ids): SpeakerMatches {
  const none: SpeakerMatches = { order: [], passages: new Map(), cut: false };
  const speakers = sameSpeakers(repo.speakerIds(speakerPhrase(speaker)), speaker);
  if (!speakers.length) return none;
  const ranked: Ranked<RankedArticle> = repo.rankSpeakerArticles(articleMatch(query), speakers, filters, newest);
  const candidates = [...ranked.rows].sort((x, y) => x.score - y.score || y.articleId - x.articleId);
  const excluded = matcherOf(query.excluded);
  const order: SpeakerMatches['order'] = [];
  const passages = new Map<number, number[]>();
  for (let at = 0, size = limit + FIRST_BATCH_EXTRA; at < candidates.length && order.length <= limit; at += size, size = LATER_BATCH) {
    const batch = candidates.slice(at, at + size);
    const byArticle = new Map<number, SpokenText[]>();
    for (const p of repo.speakerPassages(batch.map((c) => c.articleId), speakers)) {
      (byArticle.get(p.articleId) ?? byArticle.set(p.articleId, []).get(p.articleId)!).push(p);
    }
    for (const { articleId, score } of batch) {
      const said = passagesSaying(byArticle.get(articleId) ?? [], matcher, query.groups, excluded);
      if (!said.length) continue;
      order.push([articleId, score]);
      passages.set(articleId, said.map((p) => p.passageId));
      if (order.length > limit) break;
    }
  }
  return { order, passages, cut: ranked.cut };
}

/** The speaker's name as an FTS5 phrase: its words in order, anywhere in a name. */
function speakerPhrase(name: string): string {
  if (!/[\p{L}\p{N}]/u.test(name)) throw new SearchError('BAD_FILTER', `"${name}" is not a name to filter speakers by.`);
  return ftsString({ text: name, kind: 'phrase' });
}

/** What an article must hold for one of its passages to match: every group of the query, a phrase as its
 *  words anywhere (a quote stored as pieces joined across an attribution holds a phrase its body splits).
 *  Excluded words are left out here, as the body may hold them outside the quote; the passages are checked
 *  for them (passagesSaying). */
function articleMatch(query: ParsedQuery): string {
  return query.groups
    .map((group) => {
      const alternatives = group.map((i) => wordsMatch(query.items[i]!));
      return alternatives.length > 1 ? `(${alternatives.join(' OR ')})` : alternatives[0]!;
    })
    .join(' AND ');
}

function wordsMatch(item: QueryItem): string {
  if (item.kind !== 'phrase') return ftsString(item);
  const words = wordsOf(item.text).map((text) => ftsString({ text, kind: 'word' }));
  return words.length > 1 ? `(${words.join(' AND ')})` : words[0] ?? ftsString(item);
}
