// SQL of full-text search over articles_fts (titles, bodies) and passages_fts (quotes, proposals, notes),
// and of entity pages. Every value is bound; the filter clauses are fixed fragments chosen by which
// filters are set, so each combination is prepared once and reused.
import type { ArticleListItem } from '../model';
import type { Db } from './openDatabase';
import { PASSAGES_PER_ARTICLE } from './searchIndexWriter';
import type Database from 'better-sqlite3';

/** Marks the start and end of a match in snippets: control characters that import refuses in text. */
export const MATCH_OPEN = '\u0002';
export const MATCH_CLOSE = '\u0003';
const MARKS = `char(2), char(3)`;

export interface ArticleFilterValues {
  from: string | null;
  to: string | null;
  source: string | null;
  entity: string | null;
  hasNotes: boolean;
}

export interface ArticleMatch {
  articleId: number;
  score: number;
  /** The title with every match marked, and a snippet of the body around the best match. */
  title: string;
  body: string;
}

export interface PassageMatch {
  articleId: number;
  score: number;
  passageId: number;
  snippet: PassageSnippet;
}

export interface PassageSnippet {
  kind: 'quote' | 'proposal' | 'note';
  ord: number;
  start: number | null;
  end: number | null;
  speaker: string | null;
  snippet: string;
}

/** The ids of a name however it is capitalised (names are stored once each, in `names`). */
const NAME_IDS = (param: string) => `SELECT id FROM names WHERE name = ${param} COLLATE NOCASE`;

function filterClauses(f: ArticleFilterValues): string {
  const clauses: string[] = [];
  if (f.from !== null) clauses.push('a.date >= @from');
  if (f.to !== null) clauses.push('a.date <= @to');
  if (f.source !== null) clauses.push('a.source = @source COLLATE NOCASE');
  if (f.entity !== null) {
    clauses.push(`EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id AND e.entity_id IN (SELECT id FROM entities WHERE name_id IN (${NAME_IDS('@entity')})))`);
  }
  if (f.hasNotes) clauses.push('EXISTS (SELECT 1 FROM notes n WHERE n.article_id = a.id AND n.deleted_at IS NULL)');
  return clauses.map((c) => ` AND ${c}`).join('');
}

/** Restricts `column` (an article id) to the articles the filters let through: the filter is evaluated once
 *  (dates and sources from their indexes), not by reading each matching article's row. The unary + keeps
 *  SQLite from handing the list to FTS5 as rowids to look up one by one (a MATCH per listed article). */
function inFiltered(column: string, f: ArticleFilterValues): string {
  const clauses = filterClauses(f);
  return clauses ? ` AND +${column} IN (SELECT a.id FROM articles a WHERE 1${clauses})` : '';
}

/** FTS5 uses a rowid bound only when it is an INTEGER, and better-sqlite3 binds a JavaScript number as a
 *  REAL: without the cast the bound is checked row by row after all the work instead of limiting it. */
const rowidBound = (param: string) => `CAST(${param} AS INTEGER)`;

const hasFilters = (f: ArticleFilterValues) => filterClauses(f) !== '';
/** The rank configured in migration 003 ('bm25(4.0, 1.0)' for articles, 'bm25(1.0, 2.0)' for passages),
 *  written out where rows are ranked by SQLite instead of by FTS5's own ORDER BY rank. */
const ARTICLE_BM25 = 'bm25(articles_fts, 4.0, 1.0)';
const PASSAGE_BM25 = 'bm25(passages_fts, 1.0, 2.0)';
/** Rows among a JSON list of ids; the + again keeps FTS5 from running the MATCH once per id. */
const IN_IDS = (column: string) => `+${column} IN (SELECT value FROM json_each(@ids))`;

const MIN_ID = Number.MIN_SAFE_INTEGER;
const MAX_ID = Number.MAX_SAFE_INTEGER;

function boundFilters(f: ArticleFilterValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.from !== null) out.from = f.from;
  if (f.to !== null) out.to = f.to;
  if (f.source !== null) out.source = f.source;
  if (f.entity !== null) out.entity = f.entity;
  return out;
}

export interface EntityPassageRow {
  articleId: number;
  title: string;
  date: string | null;
  source: string | null;
  text: string;
  start: number | null;
  end: number | null;
}

export interface EntityArticleRow {
  articleId: number;
  title: string;
  date: string | null;
  source: string | null;
  name: string;
  type: string;
  mentions: number;
}

interface PassageRow {
  kind: PassageSnippet['kind'];
  ord: number;
  start: number | null;
  end_: number | null;
  speaker: string | null;
  snippet: string;
}

type MatchedPassageRow = PassageRow & { passageId: number; articleId: number; score: number };

const toSnippet = (r: PassageRow): PassageSnippet => ({ kind: r.kind, ord: r.ord, start: r.start, end: r.end_, speaker: r.speaker, snippet: r.snippet });

const LIST_COLUMNS = `a.id, a.title, a.date, a.source, a.imported_at,
  (SELECT count(*) FROM notes n WHERE n.article_id = a.id AND n.deleted_at IS NULL) AS note_count`;

export function searchRepository(db: Db) {
  const cache = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
    return stmt;
  };
  // Scores use the bm25 weights set in migration 003's rank configuration.
  const body = db.prepare<[number], { body: string }>('SELECT body FROM articles WHERE id = ?');

  return {
    /** Articles whose title or body matches, best first, among those with id ≥ `floor`. Unfiltered, FTS5
     *  hands rows out in rank order itself, so snippets are cut only for the rows within the limit. With a
     *  filter that would rank every match before the filter drops most of them, so the filtered matches
     *  are ranked first (bm25 only for them) and the snippets cut for the best afterwards. */
    matchArticles(match: string, filters: ArticleFilterValues, limit: number, floor: number | null = null): ArticleMatch[] {
      const params = { match, limit, floor: floor ?? MIN_ID, ...boundFilters(filters) };
      const where = `articles_fts MATCH @match AND rowid >= ${rowidBound('@floor')}${inFiltered('rowid', filters)}`;
      const cut = `highlight(articles_fts, 0, ${MARKS}) AS title, snippet(articles_fts, 1, ${MARKS}, '…', 24) AS body`;
      if (!hasFilters(filters)) {
        return prepared(`SELECT rowid AS articleId, rank AS score, ${cut} FROM articles_fts WHERE ${where} ORDER BY rank LIMIT @limit`).all(params) as ArticleMatch[];
      }
      const best = prepared(`SELECT rowid AS articleId, ${ARTICLE_BM25} AS score FROM articles_fts WHERE ${where} ORDER BY score LIMIT @limit`).all(params) as { articleId: number; score: number }[];
      const cuts = new Map((prepared(`SELECT rowid AS articleId, ${cut} FROM articles_fts WHERE articles_fts MATCH @match AND ${IN_IDS('rowid')}`)
        .all({ match, ids: JSON.stringify(best.map((b) => b.articleId)) }) as ArticleMatch[]).map((c) => [c.articleId, c]));
      return best.map((b) => ({ ...cuts.get(b.articleId)!, ...b }));
    },
    /** The smallest id among the newest `newest` matching articles, or null when fewer match: ranking
     *  (bm25 for every match) is what costs, so a very common word is ranked among the newest only. */
    articleFloor(match: string, filters: ArticleFilterValues, newest: number): number | null {
      const stmt = prepared(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match${inFiltered('rowid', filters)}
        ORDER BY rowid DESC LIMIT 1 OFFSET @offset`);
      return (stmt.pluck().get({ match, offset: newest - 1, ...boundFilters(filters) }) as number | undefined) ?? null;
    },
    /** Quotes, proposals and live notes that match, best first; quotes and proposals only of articles with
     *  id ≥ `floor` (notes, few and the analyst's own, always). Passage ids order them as their articles.
     *  Filtered, ranked first and cut afterwards, as matchArticles. */
    matchPassages(match: string, filters: ArticleFilterValues, limit: number, floor: number | null = null): PassageMatch[] {
      // A quote's or proposal's article is its id ÷ PASSAGES_PER_ARTICLE, so the filter is checked before the
      // join to passages; a note's is read from its passage row.
      const where = (notes: boolean) => `passages_fts MATCH @match AND passages_fts.rowid BETWEEN ${rowidBound('@lo')} AND ${rowidBound('@hi')}${
        inFiltered(notes ? 'p.article_id' : `passages_fts.rowid / ${PASSAGES_PER_ARTICLE}`, filters)}`;
      const columns = `passages_fts.rowid AS passageId, p.article_id AS articleId, p.kind, p.ord, p.start, p.end_`;
      const cut = `passages_fts.speaker, snippet(passages_fts, 0, ${MARKS}, '…', 32) AS snippet`;
      const from = 'FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid';
      const filtered = hasFilters(filters);
      const stmt = (notes: boolean) => filtered
        ? prepared(`SELECT ${columns}, ${PASSAGE_BM25} AS score ${from} WHERE ${where(notes)} ORDER BY score LIMIT @limit`)
        : prepared(`SELECT ${columns}, passages_fts.rank AS score, ${cut} ${from} WHERE ${where(notes)} ORDER BY passages_fts.rank LIMIT @limit`);
      const run = (lo: number, hi: number) => stmt(lo < 0).all({ match, limit, lo, hi, ...boundFilters(filters) }) as MatchedPassageRow[];
      let rows = [...run(MIN_ID, -1), ...run(floor === null ? 0 : floor * PASSAGES_PER_ARTICLE, MAX_ID)].sort((a, b) => a.score - b.score).slice(0, limit);
      if (filtered) {
        const cuts = new Map((prepared(`SELECT passages_fts.rowid AS passageId, ${cut} FROM passages_fts WHERE passages_fts MATCH @match AND ${IN_IDS('passages_fts.rowid')}`)
          .all({ match, ids: JSON.stringify(rows.map((r) => r.passageId)) }) as { passageId: number; speaker: string | null; snippet: string }[]).map((c) => [c.passageId, c]));
        rows = rows.map((r) => ({ ...r, ...cuts.get(r.passageId)! }));
      }
      return rows.map((r) => ({ passageId: r.passageId, articleId: r.articleId, score: r.score, snippet: toSnippet(r) }));
    },
    /** As articleFloor, over the articles whose quotes or proposals match. */
    passageFloor(match: string, filters: ArticleFilterValues, newest: number): number | null {
      const stmt = prepared(`SELECT rowid FROM passages_fts WHERE passages_fts MATCH @match AND rowid > 0${inFiltered(`rowid / ${PASSAGES_PER_ARTICLE}`, filters)}
        ORDER BY rowid DESC LIMIT 1 OFFSET @offset`);
      const id = stmt.pluck().get({ match, offset: newest - 1, ...boundFilters(filters) }) as number | undefined;
      return id === undefined ? null : Math.floor(id / PASSAGES_PER_ARTICLE);
    },
    body(articleId: number): string | null {
      return body.get(articleId)?.body ?? null;
    },
    /** What a person or organisation said and proposed across the library, newest article first. */
    passagesBy(name: string, kind: 'quote' | 'proposal', limit: number): EntityPassageRow[] {
      return prepared(`SELECT p.article_id AS articleId, a.title, a.date, a.source,
          coalesce(p.text, substr(a.body, p.start + 1, p.end_ - p.start)) AS text, p.start, p.end_ AS "end"
        FROM passages p JOIN articles a ON a.id = p.article_id
        WHERE p.speaker_id IN (${NAME_IDS('@name')}) AND p.kind = @kind
        ORDER BY coalesce(a.date, substr(a.imported_at, 1, 10)) DESC, a.id DESC, p.start LIMIT @limit`).all({ name, kind, limit }) as EntityPassageRow[];
    },
    /** Articles that mention the entity, newest first, with its kinds and mention counts. */
    articlesMentioning(name: string, limit: number): EntityArticleRow[] {
      return prepared(`SELECT a.id AS articleId, a.title, a.date, a.source, en.type, e.mentions, n.name
        FROM names n JOIN entities en ON en.name_id = n.id JOIN article_entities e ON e.entity_id = en.id JOIN articles a ON a.id = e.article_id
        WHERE n.name = @name COLLATE NOCASE
        ORDER BY coalesce(a.date, substr(a.imported_at, 1, 10)) DESC, a.id DESC LIMIT @limit`).all({ name, limit }) as EntityArticleRow[];
    },
    listItems(ids: readonly number[]): ArticleListItem[] {
      if (!ids.length) return [];
      const rows = prepared(`SELECT ${LIST_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as {
        id: number; title: string; date: string | null; source: string | null; imported_at: string; note_count: number;
      }[];
      return rows.map((r) => ({ id: r.id, title: r.title, date: r.date, source: r.source, importedAt: r.imported_at, noteCount: r.note_count }));
    },
  };
}

export type SearchRepository = ReturnType<typeof searchRepository>;
