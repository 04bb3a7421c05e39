// Migration 009 on a library of version 8 holding articles (bodies stored as text), notes and corrections:
// nothing is lost, the full-text index reads the view article_texts and agrees with it (FTS5's own
// integrity-check, which compares the index with the text its content table gives), old bodies stay as
// they were, and new, re-analysed and removed articles (compressed or not) keep the index right.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { packAnalysis } from '../../../electron/core/db/analysisCodec';
import { packBody } from '../../../electron/core/db/bodyCodec';
import { DatabaseError } from '../../../electron/core/db/errors';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { searchIndexWriter } from '../../../electron/core/db/searchIndexWriter';
import { openLibrary, type Library } from '../../../electron/core/library';
import { addAnalystRows } from '../../helpers/analystRows';
import { keptRows } from '../../helpers/keptRows';
import { tempDir } from '../../helpers/temp';

const sha = (body: string) => createHash('sha256').update(body).digest('hex');
const OLD = [
  'ALMATY, May 2 – "We will open the border crossing," Minister Ayan Bek said. The ministry proposed to build a dam near the crossing.',
  'PARIS, June 4 – "Les accords tiendront," said José Martí-Núñez. "We expect the trade to double soon." 🇫🇷 "Nous verrons," he added.',
];
// Long enough to shrink when compressed. Its quotes' text is not stored but cut from the body by SQLite's
// substr (analysisIndex in analysisCodec.ts stores it only after a character outside the Basic Multilingual Plane).
const NEW_BODY =
  'ASTANA, June 3 – "Trade with China will double within five years," Minister Dana Ospan said on Monday. ' +
  'She said the new railway would carry grain and oil, and that customs checks at the border would be shortened. '.repeat(6) +
  '"We are ready to sign," Ospan told reporters.';

function libraryAtVersion8(): string {
  const file = join(tempDir(), 'v8.db');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, 8);
  const addArticle = db.prepare("INSERT INTO articles (content_hash, title, date, source, encoding, body, imported_at) VALUES (?, ?, ?, 'Kazinform', 'UTF-8', ?, '2024-06-05T10:00:00.000Z')");
  const addAnalysis = db.prepare("INSERT INTO analyses (article_id, version, packed, analysed_at) VALUES (?, ?, ?, '2024-06-05T10:00:00.000Z')");
  const index = searchIndexWriter(db);
  OLD.forEach((body, i) => {
    const id = Number(addArticle.run(Buffer.from(sha(body), 'hex'), `Old ${i + 1}`, `2024-05-0${i + 2}`, body).lastInsertRowid);
    const { packed, index: entries } = packAnalysis(analyzeArticle(body, null), body);
    addAnalysis.run(id, 1, packed);
    index.write(id, entries);
  });
  addAnalystRows(db);
  db.close();
  return file;
}

const everything = (db: Database.Database) => keptRows(db, ['articles', 'analyses', 'passages', 'notes', 'note_revisions', 'corrections']);
const found = (library: Library, query: string, speaker?: string) => library.search({ query, speaker }).groups.map((g) => g.article.id);
/** FTS5's check of the index against the text of its content table (rank 1: external content compared too). */
const checkIndex = (library: Library) => library.db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
const storedType = (library: Library, id: number) => library.db.prepare('SELECT typeof(body) FROM articles WHERE id = ?').pluck().get(id);

describe('009_compressed_bodies', () => {
  it('keeps every row, points the full-text index at the view of the texts, and the index agrees with it', () => {
    const file = libraryAtVersion8();
    const old = new Database(file, { readonly: true });
    const before = everything(old);
    const schemaBefore = old.pragma('schema_version', { simple: true }) as number;
    old.close();

    const library = openLibrary(file);
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_VERSION);
      expect(everything(library.db)).toEqual(before);
      expect(library.db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'articles_fts'").pluck().get()).toContain("content = 'article_texts'");
      expect(library.db.pragma('schema_version', { simple: true })).toBeGreaterThan(schemaBefore);
      checkIndex(library);
      expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect([storedType(library, 1), storedType(library, 2)]).toEqual(['text', 'text']);
      expect(found(library, 'border')).toEqual([1]);
      expect(found(library, '"trade to double"')).toEqual([2]);
      expect(found(library, 'accords', 'José Martí-Núñez')).toEqual([2]);
    } finally {
      library.close();
    }
    // The edited schema is what a new connection reads.
    const again = openLibrary(file);
    try {
      checkIndex(again);
      expect(found(again, 'crossing')).toEqual([1]);
    } finally {
      again.close();
    }
  });

  it('stores new bodies compressed, and new, re-analysed and removed articles keep the index in step with the text', () => {
    const library = openLibrary(libraryAtVersion8());
    try {
      const id = library.articles.insertWithAnalysis(
        { contentHash: sha(NEW_BODY), title: 'Rail and grain', date: '2024-06-03', source: 'Kazinform', fileName: null, encoding: 'UTF-8', body: NEW_BODY },
        analyzeArticle(NEW_BODY, null),
      );
      expect(storedType(library, id)).toBe('blob');
      const stored = library.db.prepare('SELECT length(body) FROM articles WHERE id = ?').pluck().get(id) as number;
      expect(stored).toBeLessThan(Buffer.byteLength(NEW_BODY) / 2);
      // Read back whole, through the view, and by every reader of the body.
      expect(library.articles.get(id)!.body).toBe(NEW_BODY);
      expect(library.db.prepare('SELECT body FROM article_texts WHERE id = ?').pluck().get(id)).toBe(NEW_BODY);
      checkIndex(library);
      expect(found(library, 'railway')).toEqual([id]);
      expect(found(library, '"customs checks"')).toEqual([id]);
      expect(found(library, 'rail*')).toEqual([id]);
      // Quotes cut from the compressed body by SQLite's substr: matched for a speaker's search, listed on the
      // speaker's page.
      expect(library.db.prepare('SELECT count(*) FROM passages WHERE article_id = ? AND text IS NULL').pluck().get(id)).toBeGreaterThan(0);
      const hits = library.search({ query: 'sign', speaker: 'Dana Ospan' }).groups;
      expect(hits.map((g) => g.article.id)).toEqual([id]);
      const quote = hits[0]!.hits.find((h) => h.kind === 'quote')!;
      // The hit scrolls to the word in the quote.
      expect(quote.start).toBe(NEW_BODY.indexOf('sign,"'));
      expect(NEW_BODY.slice(quote.start!, quote.end!)).toBe('sign');
      expect(library.search.entity('Dana Ospan').quotes.map((q) => q.text)).toEqual(
        expect.arrayContaining([expect.stringContaining('Trade with China will double'), expect.stringContaining('We are ready to sign')]),
      );
      // A title and body changed in place (no app path does yet): the update trigger swaps their words.
      const EDITED = NEW_BODY.replaceAll('railway', 'pipeline');
      library.db.prepare('UPDATE articles SET title = ?, body = ? WHERE id = ?').run('Pipeline and grain', packBody(EDITED), id);
      checkIndex(library);
      expect(found(library, 'railway')).toEqual([]);
      expect(found(library, 'pipeline')).toEqual([id]);
      library.db.prepare('UPDATE articles SET title = ?, body = ? WHERE id = ?').run('Rail and grain', packBody(NEW_BODY), id);
      checkIndex(library);
      // Re-analysis reads the body back.
      library.articles.saveAnalysis(id, analyzeArticle(NEW_BODY, null));
      expect(library.articles.analysis(id)!.quotes.length).toBeGreaterThan(0);

      // Removing a compressed article and an old one (stored as text) takes their words out of the index.
      expect(library.articles.remove(id)).toBe('removed');
      expect(library.articles.remove(2)).toBe('removed');
      checkIndex(library);
      expect(found(library, 'railway')).toEqual([]);
      expect(found(library, 'accords')).toEqual([]);
      expect(found(library, 'border')).toEqual([1]);
      // The index can be rebuilt from the view, and finds the same.
      library.db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')").run();
      checkIndex(library);
      expect(found(library, 'border')).toEqual([1]);
    } finally {
      library.close();
    }
  });

  it('refuses, as a failed update, a library whose full-text index is not as migration 003 made it, and leaves it at version 8', () => {
    const file = libraryAtVersion8();
    const db = new Database(file);
    db.exec('DROP TABLE articles_fts');
    db.exec("CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content = 'articles', content_rowid = 'id')");
    db.close();
    // Said as a failed update, not as damage: the app would otherwise set a sound library aside.
    let error: unknown = null;
    try {
      openLibrary(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ code: 'DB_MIGRATION_FAILED', message: expect.stringMatching(/009_compressed_bodies: articles_fts is not as migration 003 created it.*Nothing was changed/) });
    const after = new Database(file, { readonly: true });
    expect(schemaVersion(after)).toBe(8);
    expect(after.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'article_texts'").pluck().get()).toBe(0);
    after.close();
  });
});
