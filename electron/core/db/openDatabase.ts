// The one way the app opens its SQLite file: same pragmas, integrity check and migrations on every open.
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { databaseFailure, DatabaseError } from './errors';
import { registerBodyFunction } from './bodyCodec';
import { AUTO_VACUUM_INCREMENTAL } from './libraryCompaction';
import { assertNotNewer, migrate } from './migrate';
import { sqliteOptions } from './sqliteBinding';

export { DatabaseError };

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  readonly?: boolean;
  /** 'always' checks the whole file at open; the default checks it only after a crash (see checkIntegrity). */
  integrityCheck?: 'always' | 'after-crash';
}

/** The settings every connection to a library uses, the main one and the import's threads' alike. */
export function applyConnectionSettings(db: Db): void {
  // A writer waits for another connection's short transaction (a note being saved, an import's batch)
  // rather than failing.
  db.pragma('busy_timeout = 5000');
  // NORMAL is durable across app crashes in WAL mode (only an OS crash can lose the last commits), the
  // usual trade for a desktop app.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // After a checkpoint has copied the WAL into the database, SQLite reuses the WAL file from its start but
  // leaves it at the largest size it ever reached (an import grows it to 16 MB and more: a checkpoint
  // every 1,000 pages of 16 KiB); this trims it back, so the library on disk is the database.
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
  // Bodies are stored compressed (migration 009): the full-text index's view and triggers read them
  // through article_body(), so every connection that may write an article or check the index needs it.
  registerBodyFunction(db);
}

/** Bytes of WAL kept after a checkpoint. */
export const WAL_SIZE_LIMIT = 4 * 1024 * 1024;

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  // Looked at before this connection opens its own log.
  const wholeCheck = options.integrityCheck === 'always' || leftAfterCrash(file);
  let db: Db;
  try {
    db = new Database(file, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : sqliteOptions()),
      readonly: options.readonly ?? false,
    });
  } catch (err) {
    throw new DatabaseError('DB_OPEN_FAILED', `Cannot open the database ${file}: ${(err as Error).message}`);
  }
  try {
    // None of these writes to the file.
    applyConnectionSettings(db);
    // Checked before anything writes: even switching to WAL changes the file of a newer version.
    assertNotNewer(db);
    checkIntegrity(db, file, wholeCheck);
    // A new library gets 16 KiB pages: an article (~2 KB of text) fills a 4 KiB page only about half
    // (a page holds one such row and the rest is left unused), which made the articles table 1.4× its text;
    // at 16 KiB it is 1.2×. Only possible before the first write (WAL included); existing files keep theirs.
    // It also gets incremental auto_vacuum, so that pages freed inside the file (FTS5 segments merged after
    // an import, deleted articles) can be given back to the file system (libraryCompaction.ts); an
    // existing file would need a VACUUM to change it.
    if (!options.readonly && isEmpty(db)) {
      db.pragma(`page_size = ${NEW_PAGE_SIZE}`);
      db.pragma(`auto_vacuum = ${AUTO_VACUUM_INCREMENTAL}`);
    }
    // WAL keeps readers off the writer's back.
    if (!options.readonly) db.pragma('journal_mode = WAL');
    if (!options.readonly) migrate(db);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof DatabaseError) throw err;
    // A file that cannot be written (read-only, protected), a disk error or a lock is not a damaged
    // library: said as what it is (issue 16), not as "cannot be read".
    const failure = databaseFailure(err);
    if (failure !== null && !/^SQLITE_(CORRUPT|NOTADB)/.test((err as { code: string }).code)) {
      throw new DatabaseError('DB_OPEN_FAILED', `The database ${file} cannot be opened: ${failure}`);
    }
    // SQLite reports a file that is not a database when it first reads a page.
    throw new DatabaseError('DB_CORRUPT', `The database ${file} cannot be read: ${(err as Error).message}`);
  }
}

export const NEW_PAGE_SIZE = 16384;

/** The analyst's own tables (notes and their index, history, tags, corrections, settings): small, and checked at every open. */
const ALWAYS_CHECKED = ['notes', 'notes_fts_data', 'note_revisions', 'note_tags', 'tags', 'article_tags', 'corrections', 'settings'];

/**
 * SQLite's quick_check reads every page: about 3–6 s for a library of 100,000 articles, which every start
 * of the app would wait for. The whole file is checked when the last session did not close it (a crash,
 * a kill, a power cut: its write-ahead log is left behind with content); otherwise only the analyst's own
 * tables are, and any other damage is reported by SQLite when the damaged page is read.
 */
function checkIntegrity(db: Db, file: string, whole: boolean): void {
  const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  const checks = whole ? ['quick_check'] : ALWAYS_CHECKED.filter((t) => present.has(t)).map((t) => `quick_check(${t})`);
  for (const pragma of checks) {
    const check = db.pragma(pragma, { simple: true });
    if (check !== 'ok') {
      throw new DatabaseError('DB_CORRUPT', `The database ${file} failed its integrity check: ${String(check)}`);
    }
  }
}

/** Whether a write-ahead log with content was left beside the file: the last connection did not close. */
function leftAfterCrash(file: string): boolean {
  try {
    return statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** A file with no schema yet: new, or empty. */
function isEmpty(db: Db): boolean {
  return db.prepare('SELECT count(*) AS n FROM sqlite_master').pluck().get() === 0;
}
