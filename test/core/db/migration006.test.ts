// Migration 006 on a library of version 5 that holds articles, analyses and notes (live and trashed): the
// notes move from the passages index to an index of their own, nothing is lost, and the index follows
// every later change of a note (edit, trash, restore, delete).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { packAnalysis } from '../../../electron/core/db/analysisCodec';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { openLibrary } from '../../../electron/core/library';
import { searchIndexWriter } from '../../../electron/core/db/searchIndexWriter';
import { tempDir } from '../../helpers/temp';

const BODY = 'ASTANA, June 3 – "Trade with China will double," Minister Dana Ospan said. Farmers welcomed the news.';

function libraryAtVersion5(): string {
  const file = join(tempDir(), 'v5.db');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, 5);
  db.prepare("INSERT INTO articles (content_hash, title, date, source, encoding, body, imported_at) VALUES ('h1', 'Trade to double', '2024-06-03', 'Kazinform', 'UTF-8', ?, 'now')").run(BODY);
  const { packed, index } = packAnalysis(analyzeArticle(BODY, 'Trade to double'), BODY);
  db.prepare("INSERT INTO analyses (article_id, version, packed, analysed_at) VALUES (1, 1, ?, 'now')").run(packed);
  searchIndexWriter(db).write(1, index);
  db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (1, 'Ask the embassy about grain quotas', 'c', 'u')").run();
  db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at, deleted_at) VALUES (1, 'trashed idea about customs', 'c', 'u', 'd')").run();
  db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (1, 'Second thought on tariffs', 'c', 'u')").run();
  db.close();
  return file;
}

const noteHits = (library: ReturnType<typeof openLibrary>, query: string) =>
  library.search({ query }).groups.flatMap((g) => g.hits.filter((h) => h.kind === 'note').map((h) => h.noteId));

describe('006_notes_search_index', () => {
  it('moves live notes to their own index, keeps every note, and the index follows edits, trash and deletes', () => {
    const file = libraryAtVersion5();
    const before = new Database(file, { readonly: true });
    const notesBefore = before.prepare('SELECT * FROM notes ORDER BY id').all();
    expect(before.prepare('SELECT count(*) FROM passages WHERE id < 0').pluck().get()).toBe(2);
    before.close();

    const library = openLibrary(file);
    try {
      expect(schemaVersion(library.db)).toBeGreaterThanOrEqual(6);
      expect(library.db.prepare('SELECT * FROM notes ORDER BY id').all()).toEqual(notesBefore);
      // The passages index holds quotes and proposals only now.
      expect(library.db.prepare('SELECT count(*) FROM passages WHERE id < 0').pluck().get()).toBe(0);
      expect(library.db.prepare('SELECT count(*) FROM passages').pluck().get()).toBeGreaterThan(0);
      library.db.prepare("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')").run();
      library.db.prepare("INSERT INTO speakers_fts(speakers_fts) VALUES ('integrity-check')").run();

      expect(noteHits(library, 'embassy')).toEqual([1]);
      expect(noteHits(library, 'customs')).toEqual([]);
      expect(noteHits(library, 'tarif*')).toEqual([3]);
      // Quotes are still found by their speaker.
      expect(library.search({ query: 'double', speaker: 'Dana Ospan' }).groups.map((g) => g.article.id)).toEqual([1]);

      library.notes.update(1, 'Ask the consulate about grain quotas');
      expect(noteHits(library, 'embassy')).toEqual([]);
      expect(noteHits(library, 'consulate')).toEqual([1]);
      library.notes.moveToTrash(1);
      expect(noteHits(library, 'consulate')).toEqual([]);
      library.notes.restoreFromTrash(1);
      expect(noteHits(library, 'consulate')).toEqual([1]);
      library.notes.restoreFromTrash(2);
      expect(noteHits(library, 'customs')).toEqual([2]);
      const created = library.notes.create(1, 'A new note on customs');
      expect(noteHits(library, 'customs').sort()).toEqual([2, created.id].sort());
      library.db.prepare('DELETE FROM notes WHERE id = ?').run(3);
      expect(noteHits(library, 'tariffs')).toEqual([]);
      library.db.prepare("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')").run();
    } finally {
      library.close();
    }
  });
});
