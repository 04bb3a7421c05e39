// A migration that fails says why, and how: damage it met in the articles (which the quick check at open
// does not read) is damage, for which the app offers the newest good backup; any other failure leaves the
// library as it was and is said as a failed update, so that the app never sets a sound library aside.
import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../../electron/core/db/errors';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
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
