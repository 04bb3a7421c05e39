// Migration 013 on a library of the version before it, holding analysed articles and the analyst's rows:
// every row is kept, and the entity page's two queries read the new indexes alone.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { articlesRepository } from '../../../electron/core/db/articlesRepository';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations/index';
import { entityPageRepository } from '../../../electron/core/db/entityPageRepository';
import { openLibrary } from '../../../electron/core/library';
import { addAnalystRows } from '../../helpers/analystRows';
import { keptRows } from '../../helpers/keptRows';
import { tempDir } from '../../helpers/temp';

const BODIES = [
  'ALMATY, May 2 – "We will open the border crossing," Minister Ayan Bek said. Ayan Bek proposed to build a road.',
  'ASTANA, June 3 – "Trade with China will double," Minister Ayan Bek said.',
];
/** The version just before 013, wherever it lands in the list once other migrations are merged. */
const BEFORE = migrations.findIndex((m) => m.name === '013_entity_page_indexes');

function libraryBefore013(): string {
  const file = join(tempDir(), 'v-before-013.db');
  const db = new Database(file);
  migrate(db, BEFORE);
  const articles = articlesRepository(db);
  BODIES.forEach((body, i) => articles.insertWithAnalysis({ contentHash: `h${i}`, title: `T${i}`, date: `2024-0${i + 5}-0${i + 2}`, source: null, fileName: null, encoding: 'UTF-8', body }, analyzeArticle(body, null)));
  addAnalystRows(db);
  db.close();
  return file;
}

const everything = (db: Database.Database) => keptRows(db, ['articles', 'analyses', 'names', 'entities', 'article_entities', 'passages', 'notes', 'corrections']);

describe('013_entity_page_indexes', () => {
  it('keeps every row, and counts a speaker’s passages per article from the indexes alone', () => {
    expect(BEFORE).toBeGreaterThan(0);
    const file = libraryBefore013();
    const old = new Database(file, { readonly: true });
    const before = everything(old);
    // What the page's counts must say, read from the table's rows before the indexes exist.
    const expected = old.prepare(`SELECT p.article_id AS articleId, coalesce(a.date, substr(a.imported_at, 1, 10)) AS day, sum(p.kind = 'quote') AS quotes, sum(p.kind = 'proposal') AS proposals
      FROM passages p JOIN articles a ON a.id = p.article_id WHERE p.speaker_id = (SELECT id FROM names WHERE name = 'Ayan Bek') GROUP BY p.article_id ORDER BY p.article_id`).all();
    old.close();
    expect(expected).toHaveLength(2);
    const library = openLibrary(file);
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_VERSION);
      expect(everything(library.db)).toEqual(before);
      const speaker = library.db.prepare("SELECT id FROM names WHERE name = 'Ayan Bek'").pluck().get() as number;
      const counts = entityPageRepository(library.db).countsByArticle(speaker);
      expect(counts).toEqual(expected);
      expect(counts.map((c) => c.day)).toEqual(['2024-05-02', '2024-06-03']);
      const plan = (sql: string) => library.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(speaker).map((r) => (r as { detail: string }).detail).join('; ');
      expect(plan("SELECT p.article_id, sum(p.kind = 'quote') FROM passages p WHERE p.speaker_id = ? GROUP BY p.article_id")).toMatch(/^SEARCH p USING COVERING INDEX speaker_passages_by_article \(speaker_id=\?\)$/);
      expect(plan('SELECT coalesce(a.date, substr(a.imported_at, 1, 10)) FROM articles a INDEXED BY articles_day_by_id WHERE a.id = ?')).toMatch(/COVERING INDEX articles_day_by_id/);
      expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      library.close();
    }
  });
});
