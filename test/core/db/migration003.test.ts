// Migration 003 on a library that already holds articles, analyses and notes: the search index is
// back-filled from them, and from then on kept in step by triggers.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { tempDir } from '../../helpers/temp';

const BODY = 'ALMATY, May 2 – "We will open the border crossing," Minister Ayan Bek said. The ministry proposed to build a dam.';
const ANALYSIS = {
  version: 1,
  summary: [],
  quotes: [{ kind: 'direct', text: 'We will open the border crossing,', start: 16, end: 49, cue: null, speaker: { name: 'Ayan Bek', mention: { text: 'Minister Ayan Bek', start: 51, end: 68 } } }],
  proposals: [{ text: 'to build a dam', start: 99, end: 113, actor: { name: 'ministry' } }],
  entities: [{ name: 'Ayan Bek', type: 'person', aliases: [], mentions: [{ start: 60, end: 68 }] }, { name: 'ALMATY', type: 'place', aliases: [], mentions: [{ start: 0, end: 6 }] }],
};

function libraryAtVersion2(): Database.Database {
  const db = new Database(join(tempDir(), 'v2.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, 2);
  db.prepare("INSERT INTO articles (content_hash, title, date, encoding, body, imported_at) VALUES ('h1', 'Border to reopen', '2024-05-02', 'UTF-8', ?, 'now')").run(BODY);
  db.prepare("INSERT INTO articles (content_hash, title, encoding, body, imported_at) VALUES ('h2', 'Unrelated', 'UTF-8', 'Nothing here.', 'now')").run();
  db.prepare("INSERT INTO analyses (article_id, version, json, analysed_at) VALUES (1, 1, ?, 'now')").run(JSON.stringify(ANALYSIS));
  db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (1, 'Ask the embassy about the crossing', 'c', 'u')").run();
  db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at, deleted_at) VALUES (1, 'trashed idea about customs', 'c', 'u', 'd')").run();
  return db;
}

const ids = (db: Database.Database, table: string, match: string) =>
  db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).pluck().all(match);

describe('003_search_index_article_metadata', () => {
  it('adds the metadata columns and indexes what the library already holds', () => {
    const db = libraryAtVersion2();
    migrate(db, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT title, author, original_path, format FROM articles WHERE id = 1').get()).toEqual({ title: 'Border to reopen', author: null, original_path: null, format: null });
    expect(ids(db, 'articles_fts', 'border')).toEqual([1]);
    expect(ids(db, 'articles_fts', 'nothing')).toEqual([2]);
    const passages = db.prepare('SELECT kind, speaker, text, start, end_ FROM passages ORDER BY id').all();
    expect(passages).toEqual([
      { kind: 'quote', speaker: 'Ayan Bek', text: 'We will open the border crossing,', start: 16, end_: 49 },
      { kind: 'proposal', speaker: 'ministry', text: 'to build a dam', start: 99, end_: 113 },
      { kind: 'note', speaker: null, text: 'Ask the embassy about the crossing', start: null, end_: null },
    ]);
    // The trashed note stays out of the index.
    expect(ids(db, 'passages_fts', 'customs')).toEqual([]);
    expect(ids(db, 'passages_fts', 'speaker : "Bek"')).toHaveLength(1);
    expect(db.prepare('SELECT name, type, mentions FROM article_entities ORDER BY name').all()).toEqual([
      { name: 'ALMATY', type: 'place', mentions: 1 },
      { name: 'Ayan Bek', type: 'person', mentions: 1 },
    ]);
    db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
    db.prepare("INSERT INTO passages_fts(passages_fts) VALUES ('integrity-check')").run();
    db.close();
  });

  it('keeps the index in step afterwards: new articles, edited and trashed notes, re-analysis, deletion', () => {
    const db = libraryAtVersion2();
    migrate(db, 3);
    db.prepare("UPDATE notes SET body = 'Ask the consulate' WHERE id = 1").run();
    expect(ids(db, 'passages_fts', 'embassy')).toEqual([]);
    expect(ids(db, 'passages_fts', 'consulate')).toHaveLength(1);
    db.prepare("UPDATE notes SET deleted_at = 'now' WHERE id = 1").run();
    expect(ids(db, 'passages_fts', 'consulate')).toEqual([]);
    db.prepare('UPDATE notes SET deleted_at = NULL WHERE id = 2').run(); // restored from the trash
    expect(ids(db, 'passages_fts', 'customs')).toHaveLength(1);
    db.prepare("UPDATE analyses SET json = ? WHERE article_id = 1").run(JSON.stringify({ ...ANALYSIS, quotes: [], proposals: [] }));
    expect(db.prepare("SELECT count(*) FROM passages WHERE kind IN ('quote', 'proposal')").pluck().get()).toBe(0);
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    expect(ids(db, 'articles_fts', 'nothing')).toEqual([]);
    db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
    db.prepare("INSERT INTO passages_fts(passages_fts) VALUES ('integrity-check')").run();
    db.close();
  });
});
