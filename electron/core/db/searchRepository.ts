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

/** A match found by FTS5 with its bm25 score (lower is better, as SQLite gives it). */
export interface RankedArticle {
  articleId: number;
  score: number;
}

export interface RankedPassage extends RankedArticle {
  passageId: number;
}

/** The newest matches of one index with their scores; `cut` when more matched than were ranked. */
export interface Ranked<T> {
  rows: T[];
  cut: boolean;
}

export interface ArticleCut {
  /** The title with every match marked, and a snippet of the body around the best match. */
  title: string;
  body: string;
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

/** The rank configured in migration 003 ('bm25(4.0, 1.0)' for articles, 'bm25(1.0, 2.0)' for passages),
 *  computed per row: matches are taken newest first and the best picked by the caller, not sorted by FTS5's
 *  ORDER BY rank (which scores every match before the limit). */
const ARTICLE_BM25 = 'bm25(articles_fts, 4.0, 1.0)';
const PASSAGE_BM25 = 'bm25(passages_fts, 1.0, 2.0)';
/** Rows among a JSON list of ids; the + again keeps FTS5 from running the MATCH once per id. */
const IN_IDS = (column: string) => `+${column} IN (SELECT value FROM json_each(@ids))`;

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
  passageId: number;
  kind: PassageSnippet['kind'];
  ord: number;
  start: number | null;
  end_: number | null;
  speaker: string | null;
  snippet: string;
}

const toSnippet = (r: PassageRow): PassageSnippet => ({ kind: r.kind, ord: r.ord, start: r.start, end: r.end_, speaker: r.speaker, snippet: r.snippet });

/** The rowid range that holds `ids`, so that FTS5 walks only that part of the index when it cuts their
 *  snippets (a prefix is then expanded over that range only). */
const idRange = (ids: readonly number[]) => ({ lo: Math.min(...ids), hi: Math.max(...ids), ids: JSON.stringify(ids) });

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
  const hasNotes = db.prepare('SELECT 1 FROM passages WHERE id < 0 LIMIT 1').pluck();

  return {
    /** The newest `newest` articles whose title or body matches (among those the filters let through),
     *  each with its bm25 score. FTS5 hands matches out newest first and stops at the limit, so bm25 is
     *  computed for those rows only and the index is walked once (a prefix expanded once); the caller
     *  picks the best. Snippets are cut later, for the articles shown (articleCuts). */
    rankArticles(match: string, filters: ArticleFilterValues, newest: number): Ranked<RankedArticle> {
      const stmt = prepared(`SELECT rowid, ${ARTICLE_BM25} FROM articles_fts WHERE articles_fts MATCH @match${inFiltered('rowid', filters)}
        ORDER BY rowid DESC LIMIT @newest`).raw(true);
      const rows = (stmt.all({ match, newest, ...boundFilters(filters) }) as [number, number][]).map(([articleId, score]) => ({ articleId, score }));
      return { rows, cut: rows.length >= newest };
    },
    /** As rankArticles, over quotes and proposals (passages of articles: id ÷ PASSAGES_PER_ARTICLE is the
     *  article) and live notes (negative ids; few and the analyst's own, so always all of them). */
    rankPassages(match: string, filters: ArticleFilterValues, newest: number): Ranked<RankedPassage> {
      const params = { match, newest, ...boundFilters(filters) };
      const quotes = prepared(`SELECT rowid, rowid / ${PASSAGES_PER_ARTICLE}, ${PASSAGE_BM25} FROM passages_fts WHERE passages_fts MATCH @match AND rowid > 0${
        inFiltered(`rowid / ${PASSAGES_PER_ARTICLE}`, filters)} ORDER BY rowid DESC LIMIT @newest`).raw(true).all(params) as [number, number, number][];
      // Most libraries hold few notes or none: look for matching ones only when there is a live note.
      const notes = hasNotes.get()
        ? prepared(`SELECT passages_fts.rowid, p.article_id, ${PASSAGE_BM25} FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
            WHERE passages_fts MATCH @match AND passages_fts.rowid < 0${inFiltered('p.article_id', filters)}`).raw(true).all(params) as [number, number, number][]
        : [];
      const rows = [...quotes, ...notes].map(([passageId, articleId, score]) => ({ passageId, articleId, score }));
      return { rows, cut: quotes.length >= newest };
    },
    /** Titles with their matches marked and a snippet of each body, for the articles shown. */
    articleCuts(match: string, articleIds: readonly number[]): Map<number, ArticleCut> {
      if (!articleIds.length) return new Map();
      const rows = prepared(`SELECT rowid AS articleId, highlight(articles_fts, 0, ${MARKS}) AS title, snippet(articles_fts, 1, ${MARKS}, '…', 24) AS body
        FROM articles_fts WHERE articles_fts MATCH @match AND rowid BETWEEN ${rowidBound('@lo')} AND ${rowidBound('@hi')} AND ${IN_IDS('rowid')}`)
        .all({ match, ...idRange(articleIds) }) as (ArticleCut & { articleId: number })[];
      return new Map(rows.map((r) => [r.articleId, { title: r.title, body: r.body }]));
    },
    /** Snippets of the passages shown, with what the window needs to show and scroll to them. */
    passageSnippets(match: string, passageIds: readonly number[]): Map<number, PassageSnippet> {
      if (!passageIds.length) return new Map();
      const rows = prepared(`SELECT passages_fts.rowid AS passageId, p.kind, p.ord, p.start, p.end_, passages_fts.speaker,
          snippet(passages_fts, 0, ${MARKS}, '…', 32) AS snippet
        FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
        WHERE passages_fts MATCH @match AND passages_fts.rowid BETWEEN ${rowidBound('@lo')} AND ${rowidBound('@hi')} AND ${IN_IDS('passages_fts.rowid')}`)
        .all({ match, ...idRange(passageIds) }) as PassageRow[];
      return new Map(rows.map((r) => [r.passageId, toSnippet(r)]));
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
