import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, schemaVersion } from '../../../electron/core/db/migrate';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { damageFirstLeafOf } from '../../helpers/damagePage';
import { tempDir, tempLibrary } from '../../helpers/temp';

const EMPTY = { version: 1, summary: [], quotes: [], proposals: [], entities: [] };

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

  it('checks the whole file after a crash (its log left behind), and the analyst\'s own tables at every open', () => {
    const { library, dbPath, dir } = tempLibrary();
    for (let i = 0; i < 40; i++) {
      library.articles.insertWithAnalysis({ contentHash: `h${i}`, title: `T${i}`, date: null, source: null, fileName: null, encoding: 'UTF-8', body: `Body ${i} `.repeat(400) }, EMPTY);
    }
    library.notes.create(1, 'the analyst\'s words');
    library.close();
    expect(existsSync(`${dbPath}-wal`)).toBe(false); // closed cleanly: no log left
    expect(damageFirstLeafOf(dbPath, 'articles')).toBeGreaterThan(1);

    // Closed cleanly: the damage to an article is not looked for at open (it is reported when read).
    openDatabase(dbPath).close();
    expect(() => openDatabase(dbPath, { integrityCheck: 'always' })).toThrowError(/failed its integrity check/);

    // The same file as a crash leaves it: a log with content beside it. The whole file is checked.
    const crashed = join(dir, 'crashed.db');
    const live = new Database(dbPath);
    live.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    copyFileSync(dbPath, crashed);
    copyFileSync(`${dbPath}-wal`, `${crashed}-wal`);
    live.close();
    expect(() => openDatabase(crashed)).toThrowError(/failed its integrity check/);
  });

  it('checks the notes at every open, however the last session ended', () => {
    const { library, dbPath } = tempLibrary();
    library.articles.insertWithAnalysis({ contentHash: 'h', title: 'T', date: null, source: null, fileName: null, encoding: 'UTF-8', body: 'Body' }, EMPTY);
    for (let i = 0; i < 60; i++) library.notes.create(1, `note ${i} `.repeat(60));
    library.close();
    expect(damageFirstLeafOf(dbPath, 'notes')).toBeGreaterThan(1);
    expect(() => openDatabase(dbPath)).toThrowError(/failed its integrity check/);
  });
});
