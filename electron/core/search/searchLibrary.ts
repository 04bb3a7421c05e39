// Runs an analyst's search: parse the query safely, match titles and bodies and passages (quotes, proposals,
// notes) with FTS5, rank by bm25, group the hits by article and cut snippets only for the articles shown
// (from their texts, read once: highlight.ts).
import { searchRepository, type ArticleFilterValues } from '../db/searchRepository';
import type { Db } from '../db/openDatabase';
import { entityPage } from './entityPage';
import { ftsString, parseQuery } from './parseQuery';
import { SearchError } from './searchError';
import { highlightAll, matcherOf, snippet, type Cut } from './highlight';
import { hasMatch, matchOffsets, snippetParts } from './snippetParts';
import type { SearchHit, SearchRequest, SearchResultGroup, SearchResults } from './types';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;
const HITS_PER_ARTICLE = 4;
/** Snippet lengths in tokens, as FTS5's snippet() was asked for them. */
const BODY_SNIPPET_TOKENS = 24;
const PASSAGE_SNIPPET_TOKENS = 32;
/** Ranking (bm25 of every match) is the cost of a search; past this many matches in an index (articles, or
 *  quotes and proposals) only the most recently imported ones are ranked, which keeps a very common word at
 *  100,000 articles within ~20 ms. */
export const RANKED_NEWEST = 2000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function createSearch(db: Db, { rankedNewest = RANKED_NEWEST } = {}) {
  const repo = searchRepository(db);

  const search = function search(request: SearchRequest): SearchResults {
    const { match, items: queryItems } = parseQuery(request.query);
    const filters = checkFilters(request);
    const limit = Math.min(Math.max(1, Math.floor(request.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);

    // With a speaker, only what that person said counts: their quotes and proposals, the name matched in
    // the speaker column and the query in the text column.
    const speaker = request.speaker?.trim();
    const passageMatch = speaker ? `speaker : ${speakerPhrase(speaker)} AND text : (${match})` : match;
    // One pass over each index: its newest matches with their scores. Snippets are cut afterwards, only for
    // what is shown. When the articles are ranked among the newest only, so are their quotes: one cut-off.
    const articles = speaker ? { rows: [], cut: false } : repo.rankArticles(match, filters, rankedNewest);
    const passages = repo.rankPassages(passageMatch, filters, rankedNewest, articles.cut ? articles.rows[articles.rows.length - 1]!.articleId : 0);

    const best = new Map<number, number>();
    for (const h of [...articles.rows, ...passages.rows]) best.set(h.articleId, Math.min(best.get(h.articleId) ?? 0, h.score));
    const ranked = [...best.entries()].sort((a, b) => a[1] - b[1] || b[0] - a[0]);
    const shown = ranked.slice(0, limit);
    const shownIds = new Set(shown.map(([id]) => id));
    // Per article shown, its best passages, as many as can be shown beside a title and body hit.
    const passagesOf = new Map<number, number[]>();
    for (const p of [...passages.rows].sort((a, b) => a.score - b.score || b.passageId - a.passageId)) {
      if (!shownIds.has(p.articleId)) continue;
      const list = passagesOf.get(p.articleId) ?? passagesOf.set(p.articleId, []).get(p.articleId)!;
      if (list.length < HITS_PER_ARTICLE + 2) list.push(p.passageId);
    }
    const shownArticles = new Map(repo.shownArticles(shown.map(([id]) => id)).map((a) => [a.item.id, a]));
    const shownPassages = new Map(repo.shownPassages([...passagesOf.values()].flat()).map((p) => [p.passageId, p]));
    const articleMatched = new Set(articles.rows.map((a) => a.articleId));
    const matcher = matcherOf(queryItems);

    const groups: SearchResultGroup[] = [];
    for (const [articleId, score] of shown) {
      const shownArticle = shownArticles.get(articleId);
      if (!shownArticle) continue;
      const { item: article, body } = shownArticle;
      const hits: SearchHit[] = [];
      if (articleMatched.has(articleId)) {
        const title = highlightAll(article.title, matcher);
        if (title.first) hits.push(hit('title', snippetParts(title.marked)));
        const text = snippet(body, matcher, BODY_SNIPPET_TOKENS);
        if (text.first) hits.push({ ...hit('body', snippetParts(text.marked)), ...text.first });
      }
      for (const passageId of passagesOf.get(articleId) ?? []) {
        const p = shownPassages.get(passageId);
        if (!p || hits.length >= HITS_PER_ARTICLE + 2) continue;
        const inBody = p.kind !== 'note' && p.start !== null && p.end !== null;
        const cut: Cut = snippet(p.text ?? (inBody ? body.slice(p.start!, p.end!) : ''), matcher, PASSAGE_SNIPPET_TOKENS);
        const parts = snippetParts(cut.marked);
        const h: SearchHit = { ...hit(p.kind, parts), speaker: p.speaker, noteId: p.kind === 'note' ? p.ord : null };
        if (inBody) {
          // Scroll to the match inside the quote; failing that, to the quote itself. A quote stored with its
          // own text (pieces joined) is matched against the body between its offsets.
          const inside = p.text === null ? cut.first : hasMatch(parts) ? matchOffsets(body.slice(p.start!, p.end!), parts) : null;
          h.start = inside ? p.start! + inside.start : p.start;
          h.end = inside ? p.start! + inside.end : p.end;
        }
        hits.push(h);
      }
      groups.push({ article, score, hits });
    }
    return {
      query: request.query,
      groups,
      more: ranked.length > limit || articles.cut || passages.cut,
      rankedAmongNewest: articles.cut || passages.cut ? rankedNewest : null,
    };
  };
  /** Everything said by or about one person, organisation or place, newest first. */
  return Object.assign(search, { entity: (name: string) => entityPage(repo, name) });
}

function hit(kind: SearchHit['kind'], parts: SearchHit['snippet']): SearchHit {
  return { kind, snippet: parts, start: null, end: null, speaker: null, noteId: null };
}

function speakerPhrase(name: string): string {
  if (!/[\p{L}\p{N}]/u.test(name)) throw new SearchError('BAD_FILTER', `"${name}" is not a name to filter speakers by.`);
  return ftsString({ text: name, kind: 'phrase' });
}

function checkFilters(r: SearchRequest): ArticleFilterValues {
  for (const [label, value] of [['from', r.from], ['to', r.to]] as const) {
    if (value !== undefined && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) {
      throw new SearchError('BAD_FILTER', `The ${label} date must be written YYYY-MM-DD (got "${value}").`);
    }
  }
  if (r.from && r.to && r.from > r.to) throw new SearchError('BAD_FILTER', `The from date ${r.from} is after the to date ${r.to}.`);
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);
  return { from: r.from ?? null, to: r.to ?? null, source: text(r.source), entity: text(r.entity), hasNotes: r.hasNotes === true };
}

export type Search = ReturnType<typeof createSearch>;
