// Runs an analyst's search: parse the query safely, match titles and bodies and passages (quotes, proposals,
// notes) with FTS5, rank by bm25, group the hits by article and cut snippets only for the articles shown.
import { searchRepository, type ArticleFilterValues } from '../db/searchRepository';
import type { Db } from '../db/openDatabase';
import { entityPage } from './entityPage';
import { ftsString, parseQuery } from './parseQuery';
import { SearchError } from './searchError';
import { hasMatch, matchOffsets, snippetParts } from './snippetParts';
import type { SearchHit, SearchRequest, SearchResultGroup, SearchResults } from './types';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;
const HITS_PER_ARTICLE = 4;
/** Ranking (bm25 of every match) is the cost of a search; past this many matches in an index (articles, or
 *  quotes and proposals) only the most recently imported ones are ranked, which keeps a very common word at
 *  100,000 articles within ~20 ms. */
export const RANKED_NEWEST = 2000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function createSearch(db: Db, { rankedNewest = RANKED_NEWEST } = {}) {
  const repo = searchRepository(db);

  const search = function search(request: SearchRequest): SearchResults {
    const { match } = parseQuery(request.query);
    const filters = checkFilters(request);
    const limit = Math.min(Math.max(1, Math.floor(request.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);

    // With a speaker, only what that person said counts: their quotes and proposals, the name matched in
    // the speaker column and the query in the text column.
    const speaker = request.speaker?.trim();
    const passageMatch = speaker ? `speaker : ${speakerPhrase(speaker)} AND text : (${match})` : match;
    // One pass over each index: its newest matches with their scores. Snippets are cut afterwards, only for
    // what is shown.
    const articles = speaker ? { rows: [], cut: false } : repo.rankArticles(match, filters, rankedNewest);
    const passages = repo.rankPassages(passageMatch, filters, rankedNewest);

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
    const articleCuts = repo.articleCuts(match, articles.rows.filter((a) => shownIds.has(a.articleId)).map((a) => a.articleId));
    const passageCuts = repo.passageSnippets(passageMatch, [...passagesOf.values()].flat());
    const items = new Map(repo.listItems(shown.map(([id]) => id)).map((a) => [a.id, a]));

    const groups: SearchResultGroup[] = [];
    for (const [articleId, score] of shown) {
      const article = items.get(articleId);
      if (!article) continue;
      const hits: SearchHit[] = [];
      let body: string | null = null;
      const bodyOf = () => (body ??= repo.body(articleId) ?? '');
      const a = articleCuts.get(articleId);
      if (a) {
        const title = snippetParts(a.title);
        if (hasMatch(title)) hits.push(hit('title', title));
        const text = snippetParts(a.body);
        if (hasMatch(text)) hits.push({ ...hit('body', text), ...(matchOffsets(bodyOf(), text) ?? {}) });
      }
      for (const passageId of passagesOf.get(articleId) ?? []) {
        const s = passageCuts.get(passageId);
        if (!s || hits.length >= HITS_PER_ARTICLE + 2) continue;
        const parts = snippetParts(s.snippet);
        const h: SearchHit = { ...hit(s.kind, parts), speaker: s.speaker, noteId: s.kind === 'note' ? s.ord : null };
        if (s.kind !== 'note' && s.start !== null) {
          // Scroll to the match inside the quote; failing that, to the quote itself.
          const inside = matchOffsets(bodyOf().slice(s.start, s.end ?? undefined), parts);
          h.start = inside ? s.start + inside.start : s.start;
          h.end = inside ? s.start + inside.end : s.end;
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

function hit(kind: SearchHit['kind'], snippet: SearchHit['snippet']): SearchHit {
  return { kind, snippet, start: null, end: null, speaker: null, noteId: null };
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
