// Runs an analyst's search: parse the query safely, match titles and bodies and notes with FTS5 (or, for
// one speaker's words, their quotes and proposals: speakerSearch.ts), rank by bm25, group the hits by
// article, and for the articles shown find their matching quotes and proposals and cut snippets, from their
// texts read once (highlight.ts).
import { searchRepository, type ArticleFilterValues, type Ranked, type RankedArticle, type RankedPassage, type ShownPassage } from '../db/searchRepository';
import type { Db } from '../db/openDatabase';
import { entityPage } from './entityPage';
// Corrections across the library (issue 14)
import { entityMergesRepository } from '../db/entityMergesRepository';
import { canonicalName, namesOf, type LibraryEntities } from '../libraryEntities';
import { parseQuery } from './parseQuery';
import { SearchError } from './searchError';
import { highlightAll, matcherOf, snippet, type Cut } from './highlight';
import { matchingPassages } from './passageHits';
import { speakerMatches, type SpeakerMatches } from './speakerSearch';
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
  // Corrections across the library (issue 14): names merged into others count as theirs.
  const merges = entityMergesRepository(db);

  const search = function search(request: SearchRequest): SearchResults {
    const merged = merges.state().merges;
    const parsed = parseQuery(request.query);
    const { match, items: queryItems, groups: queryGroups } = parsed;
    const filters = checkFilters(request, merged);
    const limit = Math.min(Math.max(1, Math.floor(request.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    const matcher = matcherOf(queryItems);

    // With a speaker, only what that person said counts: their quotes and proposals whose text matches,
    // found in the speaker's articles that match (speakerSearch.ts).
    // Without one, articles are found and ranked by their title and body, which hold their quotes and
    // proposals: ranking an index of passages as well cost as much again (a second walk of every match, and
    // of a prefix a second expansion). The quotes and proposals of the articles shown are then matched here,
    // and notes, which are not in the body, in their own index.
    const speaker = request.speaker?.trim();
    let articles: Ranked<RankedArticle> = { rows: [], cut: false };
    let notes: RankedPassage[] = [];
    let spoken: SpeakerMatches | null = null;
    let order: [number, number][];
    if (speaker) {
      spoken = speakerMatches(repo, speaker, parsed, filters, rankedNewest, limit, matcher, (ids, asked) => merges.sameSpeakers(ids, asked));
      order = spoken.order;
    } else {
      articles = repo.rankArticles(match, filters, rankedNewest);
      notes = repo.rankNotes(match, filters);
      const best = new Map<number, number>();
      for (const h of articles.rows) best.set(h.articleId, Math.min(best.get(h.articleId) ?? 0, h.score));
      // An article the analyst wrote a matching note on ranks with the best matches. Scored in an index of
      // notes alone, a word that is in half of a few notes gets bm25's floor (≈ 0) and would sink below every
      // body match.
      const top = Math.min(0, ...best.values());
      for (const h of notes) best.set(h.articleId, Math.min(best.get(h.articleId) ?? 0, h.score, top));
      order = [...best.entries()].sort((x, y) => x[1] - y[1] || y[0] - x[0]);
    }
    const shown = order.slice(0, limit);
    const shownIds = new Set(shown.map(([id]) => id));
    const shownArticles = new Map(repo.shownArticles(shown.map(([id]) => id)).map((a) => [a.item.id, a]));
    // Per article shown, its passages to show, best first: a speaker's matching quotes; or the matching
    // notes, then the quotes and proposals that match.
    const passagesOf = new Map<number, ShownPassage[]>();
    const add = (p: ShownPassage) => {
      const list = passagesOf.get(p.articleId) ?? passagesOf.set(p.articleId, []).get(p.articleId)!;
      if (list.length < HITS_PER_ARTICLE + 2) list.push(p);
    };
    if (spoken) {
      const ids = [...shownIds].flatMap((id) => spoken.passages.get(id)!.slice(0, HITS_PER_ARTICLE + 2));
      const said = new Map(repo.shownPassages(ids).map((p) => [p.passageId, p]));
      for (const id of ids) if (said.has(id)) add(said.get(id)!);
    } else {
      const noteIds = [...notes].sort((x, y) => x.score - y.score || y.passageId - x.passageId).filter((p) => shownIds.has(p.articleId)).map((p) => p.passageId);
      const notesShown = new Map(repo.shownNotes(noteIds).map((p) => [p.passageId, p]));
      for (const id of noteIds) if (notesShown.has(id)) add(notesShown.get(id)!);
      const bodies = new Map([...shownArticles].map(([id, a]) => [id, a.body]));
      for (const p of matchingPassages(repo.passagesOf([...shownIds]), bodies, matcher, queryGroups)) add(p);
    }
    const articleMatched = new Set(articles.rows.map((a) => a.articleId));

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
      for (const p of passagesOf.get(articleId) ?? []) {
        if (hits.length >= HITS_PER_ARTICLE + 2) break;
        const inBody = p.kind !== 'note' && p.start !== null && p.end !== null;
        const cut: Cut = snippet(p.text ?? (inBody ? body.slice(p.start!, p.end!) : ''), matcher, PASSAGE_SNIPPET_TOKENS);
        const parts = snippetParts(cut.marked);
        const h: SearchHit = { ...hit(p.kind, parts), speaker: p.speaker === null ? null : canonicalName(p.speaker, merged), noteId: p.kind === 'note' ? p.ord : null };
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
      more: order.length > limit || articles.cut || (spoken?.cut ?? false),
      rankedAmongNewest: articles.cut || spoken?.cut ? rankedNewest : null,
    };
  };
  /** Everything said by or about one person, organisation or place, newest first. */
  return Object.assign(search, { entity: (name: string) => entityPage(repo, name, merges.state()) });
}

function hit(kind: SearchHit['kind'], parts: SearchHit['snippet']): SearchHit {
  return { kind, snippet: parts, start: null, end: null, speaker: null, noteId: null };
}

/** The request's filters, checked; an entity filter stands for every name merged with it. */
function checkFilters(r: SearchRequest, merged: LibraryEntities['merges']): ArticleFilterValues {
  for (const [label, value] of [['from', r.from], ['to', r.to]] as const) {
    if (value !== undefined && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) {
      throw new SearchError('BAD_FILTER', `The ${label} date must be written YYYY-MM-DD (got "${value}").`);
    }
  }
  if (r.from && r.to && r.from > r.to) throw new SearchError('BAD_FILTER', `The from date ${r.from} is after the to date ${r.to}.`);
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);
  return { from: r.from ?? null, to: r.to ?? null, source: text(r.source), entity: text(r.entity) === null ? null : namesOf(text(r.entity)!, merged), hasNotes: r.hasNotes === true };
}

export type Search = ReturnType<typeof createSearch>;
