// SQL for articles and their stored analyses. Rows become domain objects here, at the edge.
import type { Analysis } from '../analysis/types';
import type { Article, ArticleListItem } from '../model';
import { packAnalysis, unpackAnalysis, type PackedAnalysis } from './analysisCodec';
import { bodyText, packBody, rememberBody, type StoredBody } from './bodyCodec';
import { LIST_COLUMNS, LIST_ORDER, toListItem, type ListItemRow } from './listItem';
import type { Db } from './openDatabase';
import type { Statement } from 'better-sqlite3';
import { searchIndexWriter } from './searchIndexWriter';
// Corrections across the library (issue 14): a corrected article's index follows its corrections.
import { correctedIndex } from './correctedIndex';

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

interface ArticleRow extends ListItemRow {
  content_hash: string | Buffer;
  file_name: string | null;
  encoding: string;
  body: StoredBody;
}

/** A SHA-256 in hex, which the importer computes for every article. */
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** A SHA-256 is stored as its 32 bytes (migration 007); any other key (tests, benchmarks) as it is. */
const storedHash = (hash: string): string | Buffer => (SHA256_HEX.test(hash) ? Buffer.from(hash, 'hex') : hash);
const hashOf = (stored: string | Buffer): string => (typeof stored === 'string' ? stored : stored.toString('hex'));

export function articlesRepository(db: Db) {
  const byHash = db.prepare<[string | Buffer], { id: number }>('SELECT id FROM articles WHERE content_hash = ?');
  const insert = db.prepare(`INSERT INTO articles (content_hash, title, date, source, file_name, encoding, body, imported_at, author, original_path, format)
    VALUES (@contentHash, @title, @date, @source, @fileName, @encoding, @body, @importedAt, @author, @originalPath, @format)`);
  const upsertAnalysis = db.prepare(`INSERT INTO analyses (article_id, version, packed, analysed_at)
    VALUES (?, ?, ?, ?)
    ON CONFLICT(article_id) DO UPDATE SET version = excluded.version, packed = excluded.packed, analysed_at = excluded.analysed_at`);
  const index = searchIndexWriter(db);
  const corrected = correctedIndex(db, index);
  const bodyOf = db.prepare<[number], { body: StoredBody }>('SELECT body FROM articles WHERE id = ?');
  const sameArticle = db.prepare<[number, string | Buffer], 1>('SELECT 1 FROM articles WHERE id = ? AND content_hash = ?').pluck();
  /** The analysis and its search index entries; inside the caller's transaction. */
  const storeAnalysis = (articleId: number, analysis: PackedAnalysis, now: Date) => {
    upsertAnalysis.run(articleId, analysis.version, analysis.packed, now.toISOString());
    // The analyst's corrections outlive re-analysis: laid over the new analysis in the index (written
    // once: from the corrected analysis when there are corrections, else from the analysis alone).
    if (!corrected.write(articleId)) index.write(articleId, analysis.index);
  };
  // Live articles only (s18-lib: the trash, migration 012). Prepared at first use: tests and migrations
  // store articles through this repository in libraries older than the trash's column.
  let listStatement: Statement<[], ArticleRow> | null = null;
  const list = () => (listStatement ??= db.prepare<[], ArticleRow>(
    `SELECT ${LIST_COLUMNS} FROM articles a WHERE a.deleted_at IS NULL ORDER BY ${LIST_ORDER} DESC, a.id DESC`,
  ));
  const get = db.prepare<[number], ArticleRow>(
    `SELECT ${LIST_COLUMNS}, a.content_hash, a.file_name, a.encoding, a.body FROM articles a WHERE a.id = ?`,
  );
  let latestStatement: Statement<[], { id: number }> | null = null;
  const latest = () => (latestStatement ??= db.prepare<[], { id: number }>(
    'SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY imported_at DESC, id DESC LIMIT 1',
  ));
  const analysis = db.prepare<[number], { packed: Buffer; body: StoredBody }>(
    'SELECT s.packed, a.body FROM analyses s JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?',
  );
  const stale = db.prepare<[number, number, number], number>(
    `SELECT a.id FROM articles a LEFT JOIN analyses s ON s.article_id = a.id
     WHERE (s.version IS NULL OR s.version < ?) AND a.id > ? ORDER BY a.id LIMIT ?`,
  ).pluck();
  const textOf = db.prepare<[number], { body: StoredBody; title: string; content_hash: string | Buffer }>(
    'SELECT body, title, content_hash FROM articles WHERE id = ?',
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  // Both from small indexes (analyses_by_version, and the smallest of the articles'): every analysis is
  // stored with its article, so an article without one shows as a difference in the counts. That holds as
  // long as no analysis outlives its article, which the foreign key (on in every connection) and the
  // article's removal with its analysis ensure.
  const anyStale = db.prepare<[number], number>(
    'SELECT EXISTS (SELECT 1 FROM analyses WHERE version < ?) OR (SELECT count(*) FROM articles) <> (SELECT count(*) FROM analyses)',
  ).pluck();
  const noteCount = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM notes WHERE article_id = ?');
  const remove = db.prepare('DELETE FROM articles WHERE id = ?');

  return {
    idByHash(hash: string): number | null {
      return byHash.get(storedHash(hash))?.id ?? null;
    },
    /** Inserts the article and its analysis in one transaction. */
    insertWithAnalysis(article: NewArticle, result: Analysis, now = new Date()): number {
      return this.insertWithPackedAnalysis(article, packAnalysis(result, article.body), now);
    },
    /** The same, with the analysis already packed (by an import worker thread). */
    insertWithPackedAnalysis(article: NewArticle, analysis: PackedAnalysis, now = new Date()): number {
      return db.transaction(() => {
        const body = packBody(article.body);
        rememberBody(db, body, article.body);
        const info = insert.run({ author: null, originalPath: null, format: null, ...article, body, contentHash: storedHash(article.contentHash), importedAt: now.toISOString() });
        const id = Number(info.lastInsertRowid);
        storeAnalysis(id, analysis, now);
        return id;
      }).immediate();
    },
    /** Replaces an article's analysis (re-analysis) and its search index entries, in one transaction. */
    saveAnalysis(articleId: number, result: Analysis, now = new Date()): void {
      db.transaction(() => {
        const stored = bodyOf.get(articleId)?.body;
        if (stored === undefined) throw new Error(`no article ${articleId} to save an analysis for`);
        storeAnalysis(articleId, packAnalysis(result, bodyText(stored)), now);
      }).immediate();
    },
    /** Stores analyses the caller packed from the text it read (re-analysis), in one transaction. An
     *  article removed meanwhile is skipped, and so is one whose id was given since to another article
     *  (ids are reused after a delete): the analysis must be of the text it was computed from, which its
     *  content hash names. Returns the ids stored. */
    saveAnalyses(items: readonly { articleId: number; contentHash: string; analysis: PackedAnalysis }[], now = new Date()): number[] {
      return db.transaction(() => {
        const stored: number[] = [];
        for (const { articleId, contentHash, analysis } of items) {
          if (sameArticle.get(articleId, storedHash(contentHash)) === undefined) continue;
          storeAnalysis(articleId, analysis, now);
          stored.push(articleId);
        }
        return stored;
      }).immediate();
    },
    list(): ArticleListItem[] {
      return list().all().map(toListItem);
    },
    get(id: number): Article | null {
      const row = get.get(id);
      if (!row) return null;
      return {
        ...toListItem(row),
        contentHash: hashOf(row.content_hash),
        fileName: row.file_name,
        encoding: row.encoding,
        body: bodyText(row.body),
      };
    },
    latestId(): number | null {
      return latest().get()?.id ?? null;
    },
    analysis(articleId: number): Analysis | null {
      const row = analysis.get(articleId);
      return row ? unpackAnalysis(row.packed, bodyText(row.body)) : null;
    },
    /** Whether any article's analysis is older than `currentVersion`, or missing: the question of every
     *  start, answered without reading the articles. */
    anyStale(currentVersion: number): boolean {
      return anyStale.get(currentVersion) === 1;
    },
    /** Up to `limit` articles after `afterId` (in id order) whose stored analysis is older than
     *  `currentVersion`, or missing: only ids, so that the caller reads the texts one at a time. */
    staleIds(currentVersion: number, afterId: number, limit: number): number[] {
      return stale.all(currentVersion, afterId, limit);
    },
    /** An article's text, title and content hash, to analyse it again; null when it is gone. */
    textOf(id: number): { body: string; title: string; contentHash: string } | null {
      const row = textOf.get(id);
      return row ? { body: bodyText(row.body), title: row.title, contentHash: hashOf(row.content_hash) } : null;
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
      }).immediate();
    },
  };
}

export type ArticlesRepository = ReturnType<typeof articlesRepository>;
