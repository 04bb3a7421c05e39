// A migration that fails says why, and how: damage it met in the articles (which the quick check at open
// does not read) is damage, for which the app offers the newest good backup; any other failure leaves the
// library as it was and is said as a failed update, so that the app never sets a sound library aside.
import Database from 'better-sqlite3';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../../electron/core/db/errors';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { migrations, type Migration } from '../../../electron/core/db/migrations/index';
import { openLibrary } from '../../../electron/core/library';
import { tempDir } from '../../helpers/temp';

/** A library of version 3 with 300 analysed articles. */
function libraryAtVersion3(): { file: string; analysesLeaf: number; pageSize: number } {
  const file = join(tempDir(), 'v3.db');
  const db = new Database(file);
  migrate(db, 3);
  const addArticle = db.prepare("INSERT INTO articles (content_hash, title, encoding, body, imported_at) VALUES (?, 't', 'UTF-8', ?, 'now')");
  const addAnalysis = db.prepare("INSERT INTO analyses (article_id, version, json, analysed_at) VALUES (?, 1, ?, 'now')");
  for (let i = 1; i <= 300; i++) {
    const id = Number(addArticle.run(`h${i}`, `Body of article ${i}. `.repeat(20)).lastInsertRowid);
    addAnalysis.run(id, JSON.stringify({ version: 1, summary: [], quotes: [], proposals: [], entities: [], pad: 'x'.repeat(500) }));
  }
  const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'analyses' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  return { file, analysesLeaf: leaves[Math.floor(leaves.length / 2)]!, pageSize };
}

const refusal = (file: string): unknown => {
  try {
    openLibrary(file).close();
    return null;
  } catch (err) {
    return err;
  }
};

describe('a migration that fails', () => {
  it('is damage when it meets a damaged page of the articles\' analyses', () => {
    const { file, analysesLeaf, pageSize } = libraryAtVersion3();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (analysesLeaf - 1) * pageSize);
    closeSync(fd);
    const error = refusal(file);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ code: 'DB_CORRUPT', message: expect.stringMatching(/004_compact_analysis_and_index.*malformed/) });
  });

  it('is a failed update, with the library left at its version, when the failure is not damage', () => {
    const { file } = libraryAtVersion3();
    const db = new Database(file);
    // Something migration 004 must create already exists: the library is not one this code made.
    db.exec('CREATE TABLE names (x)');
    db.close();
    const error = refusal(file);
    expect(error).toMatchObject({ code: 'DB_MIGRATION_FAILED', message: expect.stringMatching(/step 004_compact_analysis_and_index: .*names.*Nothing was changed/) });
    const after = new Database(file, { readonly: true });
    expect(schemaVersion(after)).toBe(3);
    expect(after.prepare('SELECT count(*) FROM analyses').pluck().get()).toBe(300);
    after.close();
  });
});

/** Runs `step` as one more migration after the real ones. */
function migrateWith(db: Database.Database, step: (db: Database.Database) => void): unknown {
  const list = migrations as Migration[];
  list.push({ name: '999_test_step', up: step });
  try {
    migrate(db, list.length);
    return null;
  } catch (err) {
    return err;
  } finally {
    list.pop();
  }
}

describe('a migration that fails with SQLite\'s "corrupt" error', () => {
  it('is damage when the file fails its integrity check, even one quick_check passes (an index out of step)', () => {
    const file = join(tempDir(), 'index.db');
    let db = new Database(file);
    migrate(db);
    db.exec('CREATE TABLE t (a INTEGER, b INTEGER); CREATE INDEX t_by_a ON t (a);');
    const add = db.prepare('INSERT INTO t VALUES (?, ?)');
    for (let k = 1; k <= 1000; k++) add.run(k, k);
    const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = 't_by_a'").pluck().all() as number[];
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    // The index entry of a = 700 (a record header 3,2,2 then 700 and rowid 700) made to name rowid 701.
    const bytes = readFileSync(file);
    const entry = Buffer.from([3, 2, 2, 0x02, 0xbc, 0x02, 0xbc]);
    let at = -1;
    for (let o = bytes.indexOf(entry); o !== -1; o = bytes.indexOf(entry, o + 1)) if (pages.includes(Math.floor(o / pageSize) + 1)) at = o;
    expect(at).toBeGreaterThan(0);
    bytes[at + 6] = 0xbd;
    writeFileSync(file, bytes);
    db = new Database(file);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    const error = migrateWith(db, (d) => d.prepare('UPDATE t SET a = -a WHERE rowid = 700').run());
    db.close();
    expect(error).toMatchObject({ code: 'DB_CORRUPT', message: expect.stringMatching(/999_test_step/) });
  });

  it('is a failed update when the rolled-back file is sound', () => {
    const db = new Database(join(tempDir(), 'sound.db'));
    migrate(db);
    const error = migrateWith(db, () => {
      throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT_VTAB' });
    });
    db.close();
    expect(error).toMatchObject({ code: 'DB_MIGRATION_FAILED', message: expect.stringMatching(/999_test_step: database disk image is malformed.*Nothing was changed/) });
  });
});
