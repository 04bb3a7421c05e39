import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupBeforeMigration, backupDatabase, dailyBackup, isHealthy, KEEP_BACKUPS, listBackups, newestGoodBackup, restoreBackup, setAside } from '../../../electron/core/db/backups';
import { checkWholeFile } from '../../../electron/core/db/integrityCheck';
import { migrate } from '../../../electron/core/db/migrate';
import { defaultWorkerScript } from '../../../electron/core/importer/importJob';
import { openLibrary } from '../../../electron/core/library';
import { damageFirstLeafOf } from '../../helpers/damagePage';
import { SEED_FILE, tempDir } from '../../helpers/temp';

function libraryWithNote(dir: string) {
  const dbPath = join(dir, 'briefing.db');
  const library = openLibrary(dbPath);
  library.importFiles([SEED_FILE]);
  library.notes.create(1, 'precious analysis');
  return { library, dbPath };
}

describe('backups', () => {
  it('copies the live library with the backup API, readable and complete', async () => {
    const { library, dbPath } = libraryWithNote(tempDir());
    const info = await backupDatabase(library.db, dbPath, 'manual');
    library.close();
    const copy = new Database(info.file, { readonly: true });
    expect(copy.prepare('SELECT body FROM notes').pluck().get()).toBe('precious analysis');
    copy.close();
    expect(isHealthy(info.file)).toBe(true);
  });

  it('backs up at start at most once a day and keeps only the newest ones', async () => {
    const { library, dbPath } = libraryWithNote(tempDir());
    const t0 = Date.parse('2024-06-03T08:00:00Z');
    let checks = 0;
    const healthy = async () => (checks++, { ok: true as const });
    expect((await dailyBackup(library.db, dbPath, healthy, new Date(t0))).backup).not.toBeNull();
    expect(await dailyBackup(library.db, dbPath, healthy, new Date(t0 + 3_600_000))).toEqual({ backup: null, damage: null });
    expect(checks).toBe(1); // checked only when a backup is due
    for (let day = 1; day <= KEEP_BACKUPS + 3; day++) await dailyBackup(library.db, dbPath, healthy, new Date(t0 + day * 86_400_000));
    const kept = listBackups(dbPath);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept[0]!.createdAt).toBe(new Date(t0 + (KEEP_BACKUPS + 3) * 86_400_000).toISOString());
    library.close();
  });

  it('checks the whole library on a thread before the daily backup, and backs up no damaged library', async () => {
    const dir = tempDir();
    const { library, dbPath } = libraryWithNote(dir);
    const t0 = Date.parse('2024-06-03T08:00:00Z');
    const onThread = () => checkWholeFile(dbPath, defaultWorkerScript());
    expect(defaultWorkerScript()).not.toBeNull();
    expect((await dailyBackup(library.db, dbPath, onThread, new Date(t0))).backup).not.toBeNull();
    library.close();
    // Damage an article page, the file closed cleanly: opening does not look for it, the daily check does.
    damageFirstLeafOf(dbPath, 'articles');
    const reopened = openLibrary(dbPath);
    for (let day = 1; day <= 3; day++) {
      const result = await dailyBackup(reopened.db, dbPath, onThread, new Date(t0 + day * 86_400_000));
      expect(result.backup).toBeNull();
      expect(result.damage).toMatch(/page|corrupt|malformed|btree|tree/i);
    }
    reopened.close();
    // The good backup is still the only one, and still good.
    expect(listBackups(dbPath)).toHaveLength(1);
    expect(newestGoodBackup(dbPath)!.createdAt).toBe(new Date(t0).toISOString());
  });

  it('backs up a library of an older schema before migrating it', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'briefing.db');
    const old = new Database(dbPath);
    migrate(old, 1);
    old.prepare("INSERT INTO articles (content_hash, title, encoding, body, imported_at) VALUES ('h', 'old article', 'UTF-8', 'b', 'now')").run();
    old.close();
    const info = await backupBeforeMigration(dbPath);
    expect(info?.reason).toBe('pre-migration');
    const copy = new Database(info!.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT title FROM articles').pluck().get()).toBe('old article');
    copy.close();
    openLibrary(dbPath).close();
    expect(await backupBeforeMigration(dbPath)).toBeNull(); // up to date now: nothing to do
  });

  it('sets a damaged library aside and offers the newest good backup, then restores it', async () => {
    const dir = tempDir();
    const { library, dbPath } = libraryWithNote(dir);
    await backupDatabase(library.db, dbPath, 'start', new Date('2024-06-01T00:00:00Z'));
    library.close();
    // A later backup that is itself damaged must be passed over.
    writeFileSync(join(dir, 'backups', 'briefing-20240602T000000000Z-start.db'), Buffer.alloc(4096, 7));
    writeFileSync(dbPath, Buffer.alloc(8192, 9));
    expect(isHealthy(dbPath)).toBe(false);
    const aside = setAside(dbPath, 'damaged');
    expect(existsSync(aside)).toBe(true);
    expect(existsSync(dbPath)).toBe(false);
    const good = newestGoodBackup(dbPath)!;
    expect(good.createdAt).toBe('2024-06-01T00:00:00.000Z');
    restoreBackup(dbPath, good.file);
    const reopened = openLibrary(dbPath);
    expect(reopened.notes.forArticle(1).map((n) => n.body)).toEqual(['precious analysis']);
    reopened.close();
  });

  it('refuses to restore a damaged backup and keeps the current library', () => {
    const { library, dbPath } = libraryWithNote(tempDir());
    library.close();
    const bad = join(tempDir(), 'bad.db');
    writeFileSync(bad, 'not a database');
    expect(() => restoreBackup(dbPath, bad)).toThrow(/damaged and was not restored/);
    expect(isHealthy(dbPath)).toBe(true);
  });
});
