// Each migration runs against a database that already holds data of the version before it.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations/index';
import { tempDir } from '../../helpers/temp';

function dbAt(version: number): Database.Database {
  const db = new Database(join(tempDir(), `v${version}.db`));
  migrate(db, version);
  return db;
}

describe('migrations', () => {
  it('are numbered in order and end at LATEST_VERSION', () => {
    expect(migrations.length).toBe(LATEST_VERSION);
    migrations.forEach((m, i) => expect(m.name.startsWith(String(i + 1).padStart(3, '0'))).toBe(true));
  });

  it('001_initial creates the schema on an empty database holding unrelated data', () => {
    const db = dbAt(0);
    db.exec("CREATE TABLE scratch (v TEXT); INSERT INTO scratch VALUES ('keep me')");
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['analyses', 'articles', 'notes', 'settings', 'scratch']));
    expect(db.prepare('SELECT v FROM scratch').pluck().get()).toBe('keep me');
    db.prepare("INSERT INTO articles (content_hash, title, encoding, body, imported_at) VALUES ('h', 't', 'UTF-8', 'b', 'now')").run();
    db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (1, 'n', 'now', 'now')").run();
    // Notes must belong to an article (foreign keys are on in openDatabase; check the constraint exists).
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (99, 'n', 'x', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('applies pending steps in one transaction: a failing step leaves the version and data as they were', () => {
    const db = dbAt(0);
    db.exec('CREATE TABLE articles (x)'); // makes 001 fail on CREATE TABLE articles
    expect(() => migrate(db)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'notes'").pluck().get()).toBe(0);
    db.close();
  });
});

describe('002_notes_anchors_tags_revisions', () => {
  it('keeps existing notes and starts each one\'s history with its current text', () => {
    const db = dbAt(1);
    db.prepare("INSERT INTO articles (content_hash, title, encoding, body, imported_at) VALUES ('h', 't', 'UTF-8', 'b', 'now')").run();
    db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (1, 'my analysis', 'c', '2024-01-01T00:00:00Z')").run();
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT body, anchor_json FROM notes').get()).toEqual({ body: 'my analysis', anchor_json: null });
    expect(db.prepare('SELECT note_id, body, saved_at FROM note_revisions').all()).toEqual([{ note_id: 1, body: 'my analysis', saved_at: '2024-01-01T00:00:00Z' }]);
    db.prepare("INSERT INTO tags (name) VALUES ('Afghanistan')").run();
    expect(() => db.prepare("INSERT INTO tags (name) VALUES ('afghanistan')").run()).toThrow(/UNIQUE/);
    db.close();
  });
});
