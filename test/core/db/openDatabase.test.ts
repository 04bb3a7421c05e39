import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, schemaVersion } from '../../../electron/core/db/migrate';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { tempDir } from '../../helpers/temp';

describe('openDatabase', () => {
  it('sets WAL, synchronous, foreign keys and busy timeout, and migrates to the latest schema', () => {
    const db = openDatabase(join(tempDir(), 'a.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database from a newer app version and leaves the file unchanged', () => {
    const file = join(tempDir(), 'newer.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x TEXT); INSERT INTO future VALUES (\'kept\')');
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrowError(/newer version of Briefing Desk/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a SQLite database with a clear error', () => {
    const file = join(tempDir(), 'garbage.db');
    writeFileSync(file, Buffer.alloc(8192, 0x41));
    expect(() => openDatabase(file)).toThrowError(/cannot be read|integrity/);
  });
});
