// SQL for articles and their stored analyses. Rows become domain objects here, at the edge.
import type { Analysis } from '../analysis/types';
import type { Article, ArticleListItem } from '../model';
import type { Db } from './openDatabase';

export interface NewArticle {
  contentHash: string;
  title: string;
  date: string | null;
  source: string | null;
  fileName: string | null;
  encoding: string;
  body: string;
  author?: string | null;
  /** The path the file was imported from. */
  originalPath?: string | null;
  format?: string | null;
}

interface ArticleRow {
  id: number;
  content_hash: string;
  title: string;
  date: string | null;
  source: string | null;
  file_name: string | null;
  encoding: string;
  body: string;
  imported_at: string;
  note_count: number;
}

const LIST_COLUMNS = `a.id, a.title, a.date, a.source, a.imported_at,
  (SELECT count(*) FROM notes n WHERE n.article_id = a.id AND n.deleted_at IS NULL) AS note_count`;

function toListItem(row: ArticleRow): ArticleListItem {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    source: row.source,
    importedAt: row.imported_at,
    noteCount: row.note_count,
  };
}

export function articlesRepository(db: Db) {
  const byHash = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE content_hash = ?');
  const insert = db.prepare(`INSERT INTO articles (content_hash, title, date, source, file_name, encoding, body, imported_at, author, original_path, format)
    VALUES (@contentHash, @title, @date, @source, @fileName, @encoding, @body, @importedAt, @author, @originalPath, @format)`);
  const upsertAnalysis = db.prepare(`INSERT INTO analyses (article_id, version, json, analysed_at)
    VALUES (?, ?, ?, ?)
    ON CONFLICT(article_id) DO UPDATE SET version = excluded.version, json = excluded.json, analysed_at = excluded.analysed_at`);
  const list = db.prepare<[], ArticleRow>(
    `SELECT ${LIST_COLUMNS} FROM articles a ORDER BY coalesce(a.date, substr(a.imported_at, 1, 10)) DESC, a.id DESC`,
  );
  const get = db.prepare<[number], ArticleRow>(
    `SELECT ${LIST_COLUMNS}, a.content_hash, a.file_name, a.encoding, a.body FROM articles a WHERE a.id = ?`,
  );
  const latest = db.prepare<[], { id: number }>(
    'SELECT id FROM articles ORDER BY imported_at DESC, id DESC LIMIT 1',
  );
  const analysis = db.prepare<[number], { version: number; json: string }>(
    'SELECT version, json FROM analyses WHERE article_id = ?',
  );
  const stale = db.prepare<[number], { id: number; body: string; title: string }>(
    `SELECT a.id, a.body, a.title FROM articles a LEFT JOIN analyses s ON s.article_id = a.id
     WHERE s.version IS NULL OR s.version < ?`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  const noteCount = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM notes WHERE article_id = ?');
  const remove = db.prepare('DELETE FROM articles WHERE id = ?');

  return {
    idByHash(hash: string): number | null {
      return byHash.get(hash)?.id ?? null;
    },
    /** Inserts the article and its analysis in one transaction. */
    insertWithAnalysis(article: NewArticle, result: Analysis, now = new Date()): number {
      return this.insertWithAnalysisJson(article, result.version, JSON.stringify(result), now);
    },
    /** The same, with the analysis already serialised (by an import worker thread). */
    insertWithAnalysisJson(article: NewArticle, version: number, json: string, now = new Date()): number {
      return db.transaction(() => {
        const info = insert.run({ author: null, originalPath: null, format: null, ...article, importedAt: now.toISOString() });
        const id = Number(info.lastInsertRowid);
        upsertAnalysis.run(id, version, json, now.toISOString());
        return id;
      })();
    },
    saveAnalysis(articleId: number, result: Analysis, now = new Date()): void {
      upsertAnalysis.run(articleId, result.version, JSON.stringify(result), now.toISOString());
    },
    list(): ArticleListItem[] {
      return list.all().map(toListItem);
    },
    get(id: number): Article | null {
      const row = get.get(id);
      if (!row) return null;
      return {
        ...toListItem(row),
        contentHash: row.content_hash,
        fileName: row.file_name,
        encoding: row.encoding,
        body: row.body,
      };
    },
    latestId(): number | null {
      return latest.get()?.id ?? null;
    },
    analysis(articleId: number): Analysis | null {
      const row = analysis.get(articleId);
      return row ? (JSON.parse(row.json) as Analysis) : null;
    },
    staleAnalyses(currentVersion: number): { id: number; body: string; title: string }[] {
      return stale.all(currentVersion);
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
    /** Removes an article with its analysis and search index entries. An article that has notes (even
     *  in the trash) is kept: the analyst's writing is never removed as a side effect. */
    remove(id: number): 'removed' | 'not-found' | 'has-notes' {
      return db.transaction(() => {
        if ((noteCount.get(id)?.n ?? 0) > 0) return 'has-notes' as const;
        return remove.run(id).changes === 1 ? ('removed' as const) : ('not-found' as const);
      })();
    },
  };
}

export type ArticlesRepository = ReturnType<typeof articlesRepository>;
