// SQL of full-text search over articles_fts (titles, bodies) and passages_fts (quotes, proposals, notes),
// and of entity pages. Every value is bound; the filter clauses are fixed fragments chosen by which
// filters are set, so each combination is prepared once and reused.
import type { ArticleListItem } from '../model';
import type { Db } from './openDatabase';
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
    /** Articles whose title or body matches, best first. FTS5 hands rows out in rank order itself, so
     *  the snippets are cut only for the rows within the limit, in the same pass as the match. */
    matchArticles(match: string, filters: ArticleFilterValues, limit: number): ArticleMatch[] {
      const stmt = prepared(`SELECT articles_fts.rowid AS articleId, articles_fts.rank AS score,
          highlight(articles_fts, 0, ${MARKS}) AS title, snippet(articles_fts, 1, ${MARKS}, '…', 24) AS body
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH @match${filterClauses(filters)} ORDER BY articles_fts.rank LIMIT @limit`);
      return stmt.all({ match, limit, ...boundFilters(filters) }) as ArticleMatch[];
    },
    /** Quotes, proposals and live notes that match, best first. */
    matchPassages(match: string, filters: ArticleFilterValues, limit: number): PassageMatch[] {
      const stmt = prepared(`SELECT passages_fts.rowid AS passageId, p.article_id AS articleId, passages_fts.rank AS score,
          p.kind, p.ord, p.start, p.end_, passages_fts.speaker, snippet(passages_fts, 0, ${MARKS}, '…', 32) AS snippet
        FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN articles a ON a.id = p.article_id
        WHERE passages_fts MATCH @match${filterClauses(filters)} ORDER BY passages_fts.rank LIMIT @limit`);
      const rows = stmt.all({ match, limit, ...boundFilters(filters) }) as (PassageRow & { passageId: number; articleId: number; score: number })[];
      return rows.map((r) => ({ passageId: r.passageId, articleId: r.articleId, score: r.score, snippet: toSnippet(r) }));
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
