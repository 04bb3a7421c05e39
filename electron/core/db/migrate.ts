// Applies the numbered migrations. The schema version lives only in PRAGMA user_version.
import type Database from 'better-sqlite3';
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
  // All pending steps and the version bump commit together, or none does.
  db.transaction(() => {
    for (let v = current; v < target; v++) {
      const step = migrations[v]!;
      step.up(db);
      db.pragma(`user_version = ${v + 1}`);
    }
  })();
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
