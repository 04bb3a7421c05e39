// Migration 010 on a library of version 9 holding analysed articles: nothing changes but the new index,
// which answers "is any analysis stale?" (asked at every start) without reading the articles.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, analyzeArticle } from '../../../electron/core/analysis/index';
import { articlesRepository } from '../../../electron/core/db/articlesRepository';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { openLibrary } from '../../../electron/core/library';
import { addAnalystRows } from '../../helpers/analystRows';
import { keptRows } from '../../helpers/keptRows';
import { tempDir } from '../../helpers/temp';

const BODIES = ['ALMATY, May 2 – "We will open the border crossing," Minister Ayan Bek said.', 'ASTANA, June 3 – Trade with China will double, the ministry said.'];

function libraryAtVersion9(): string {
  const file = join(tempDir(), 'v9.db');
  const db = new Database(file);
  migrate(db, 9);
  const articles = articlesRepository(db);
  BODIES.forEach((body, i) => articles.insertWithAnalysis({ contentHash: `h${i}`, title: `T${i}`, date: null, source: null, fileName: null, encoding: 'UTF-8', body }, analyzeArticle(body, null)));
  addAnalystRows(db);
  db.close();
  return file;
}

const everything = (db: Database.Database) => keptRows(db, ['articles', 'analyses', 'passages', 'notes', 'corrections']);

describe('010_analyses_by_version', () => {
  it('keeps every row, and tells a stale or missing analysis from the index', async () => {
    const file = libraryAtVersion9();
    const old = new Database(file, { readonly: true });
    const before = everything(old);
    old.close();
    const library = openLibrary(file);
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_VERSION);
      expect(everything(library.db)).toEqual(before);
      const plan = library.db.prepare('EXPLAIN QUERY PLAN SELECT 1 FROM analyses WHERE version < ?').all(1).map((r) => (r as { detail: string }).detail);
      expect(plan.join()).toMatch(/USING COVERING INDEX analyses_by_version/);
      expect(library.articles.anyStale(ANALYSIS_VERSION)).toBe(false);
      library.db.prepare('UPDATE analyses SET version = 1 WHERE article_id = 2').run();
      expect(library.articles.anyStale(ANALYSIS_VERSION)).toBe(true);
      expect(await library.reanalyseStale()).toBe(1);
      expect(library.articles.anyStale(ANALYSIS_VERSION)).toBe(false);
      library.db.prepare('DELETE FROM analyses WHERE article_id = 1').run();
      expect(library.articles.anyStale(ANALYSIS_VERSION)).toBe(true);
      expect(await library.reanalyseStale()).toBe(1);
      expect(library.articles.anyStale(ANALYSIS_VERSION)).toBe(false);
      expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      library.close();
    }
  });
});
