// Applies the numbered migrations. The schema version lives only in PRAGMA user_version.
import type Database from 'better-sqlite3';
import { registerBodyFunction } from './bodyCodec';
import { DatabaseError } from './errors';
import { migrations } from './migrations/index';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export const LATEST_VERSION = migrations.length;

export function migrate(db: Database.Database, target: number = LATEST_VERSION): void {
  assertNotNewer(db);
  const current = schemaVersion(db);
  if (current >= target) return;
  // Migrations may use the SQL functions every library connection has (009: article_body()); a connection
  // opened by other means than openDatabase (a test, a tool) gets them here.
  registerBodyFunction(db);
  // All pending steps and the version bump commit together, or none does.
  let step = migrations[current]!;
  try {
    db.transaction(() => {
      for (let v = current; v < target; v++) {
        step = migrations[v]!;
        step.up(db);
        db.pragma(`user_version = ${v + 1}`);
      }
    })();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    // Damage the open's quick check did not reach (it reads only the analyst's own tables) shows here, when a
    // migration reads the articles: it is damage, and the app offers the newest good backup for it. The
    // whole file is checked first, now rolled back: a "corrupt" error that the migration's own statements
    // caused in its transaction leaves a sound file, which a backup would not cure. integrity_check, not
    // quick_check: an index out of step with its table fails a migration's UPDATE as corrupt, and only
    // integrity_check compares them (seconds on a large library, on this error path only).
    if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') && !soundAfterRollback(db)) {
      throw new DatabaseError('DB_CORRUPT', `The database ${db.name} cannot be read (step ${step.name}): ${(err as Error).message}`, { cause: err });
    }
    // Otherwise not damage: the transaction rolled back, so nothing the migrations wrote is kept (a full
    // disk, or a library this code did not make). Said as such, so that the app does not set a sound
    // library aside as damaged.
    throw new DatabaseError(
      'DB_MIGRATION_FAILED',
      `The library could not be updated for this version of Briefing Desk (step ${step.name}: ${(err as Error).message}). Nothing was changed in it.`,
      { cause: err },
    );
  }
}

export function assertNotNewer(db: Database.Database): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    // A newer app wrote this file; touching it could destroy what that version stored.
    throw new DatabaseError(
      'DB_TOO_NEW',
      `This database was written by a newer version of Briefing Desk (schema ${current}; this version knows up to ${LATEST_VERSION}). Update the app to open it; the file was left unchanged.`,
    );
  }
}

function soundAfterRollback(db: Database.Database): boolean {
  try {
    return db.pragma('integrity_check(1)', { simple: true }) === 'ok';
  } catch {
    return false;
  }
}
