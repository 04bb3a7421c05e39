// The one way the app opens its SQLite file: same pragmas, integrity check and migrations on every open.
import Database from 'better-sqlite3';
import { DatabaseError } from './errors';
import { assertNotNewer, migrate } from './migrate';
import { sqliteOptions } from './sqliteBinding';

export { DatabaseError };

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  readonly?: boolean;
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
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
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
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new DatabaseError('DB_CORRUPT', `The database ${file} failed its integrity check: ${String(check)}`);
    }
    // A new library gets 16 KiB pages: an article (~2 KB of text) fills a 4 KiB page only about half
    // (a page holds one such row and the rest is left unused), which made the articles table 1.4× its text;
    // at 16 KiB it is 1.2×. Only possible before the first write (WAL included); existing files keep theirs.
    if (!options.readonly && isEmpty(db)) db.pragma(`page_size = ${NEW_PAGE_SIZE}`);
    // WAL keeps readers off the writer's back.
    if (!options.readonly) db.pragma('journal_mode = WAL');
    if (!options.readonly) migrate(db);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof DatabaseError) throw err;
    // SQLite reports a file that is not a database when it first reads a page.
    throw new DatabaseError('DB_CORRUPT', `The database ${file} cannot be read: ${(err as Error).message}`);
  }
}

export const NEW_PAGE_SIZE = 16384;

/** A file with no schema yet: new, or empty. */
function isEmpty(db: Db): boolean {
  return db.prepare('SELECT count(*) AS n FROM sqlite_master').pluck().get() === 0;
}
