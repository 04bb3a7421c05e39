// Backups of the library through SQLite's online backup API: at start (at most once a day, of a library that
// passes its whole-file check) and before any migration, the newest KEEP kept. A damaged library is set aside, never overwritten, and the
// newest backup that passes its integrity check is offered in its place.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, copyFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LATEST_VERSION } from './migrate';
import { checkFile, type IntegrityResult } from './integrityCheck';
import type { Db } from './openDatabase';
import { sqliteOptions } from './sqliteBinding';

export const KEEP_BACKUPS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = /^briefing-(\d{8}T\d{6}\d{3}Z)-(start|pre-migration|pre-restore|manual)\.db$/;

export interface BackupInfo {
  file: string;
  name: string;
  createdAt: string;
  reason: string;
  bytes: number;
}

export function backupDir(dbPath: string): string {
  return join(dbPath, '..', 'backups');
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupDir(dbPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const m = NAME.exec(name);
      if (!m) return [];
      const file = join(dir, name);
      return [{ file, name, createdAt: parseStamp(m[1]!), reason: m[2]!, bytes: statSync(file).size }];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Copies the open database with SQLite's backup API, then keeps only the newest KEEP_BACKUPS. */
export async function backupDatabase(db: Db, dbPath: string, reason: 'start' | 'pre-migration' | 'pre-restore' | 'manual', now = new Date()): Promise<BackupInfo> {
  const dir = backupDir(dbPath);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `briefing-${stamp(now)}-${reason}.db`);
  await db.backup(file);
  for (const old of listBackups(dbPath).slice(KEEP_BACKUPS)) rmSync(old.file, { force: true });
  return listBackups(dbPath).find((b) => b.file === file)!;
}

/** What the start-of-day backup did: `damage` says why the library failed its check, and then no backup
 *  was taken. */
export interface DailyBackup {
  backup: BackupInfo | null;
  damage: string | null;
}

/**
 * The start-of-day backup: made when the newest backup is older than a day (or there is none), and only of
 * a library that passes `check`, the whole-file integrity check (on a thread: db/integrityCheck.ts). The
 * library is checked whole at open only after a crash; one damaged without a crash (a bad disk block, a
 * sync tool, a copy made while open) would otherwise be copied over the good backups, day after day. A
 * check that gives no verdict (its thread died) takes no backup either: the next start tries again.
 */
export async function dailyBackup(db: Db, dbPath: string, check: () => Promise<IntegrityResult | null>, now = new Date()): Promise<DailyBackup> {
  const newest = listBackups(dbPath)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY_MS) return { backup: null, damage: null };
  const verdict = await check();
  if (!verdict) return { backup: null, damage: null };
  if (!verdict.ok) return { backup: null, damage: verdict.problem };
  return { backup: await backupDatabase(db, dbPath, 'start', now), damage: null };
}

/**
 * Before the library is opened (and so migrated): when its schema is older than this version's, a
 * backup is taken first, so a migration that goes wrong can be undone by restoring it.
 */
export async function backupBeforeMigration(dbPath: string, now = new Date()): Promise<BackupInfo | null> {
  if (!existsSync(dbPath)) return null;
  const raw = new Database(dbPath, { readonly: true, fileMustExist: true, ...sqliteOptions() });
  try {
    const version = raw.pragma('user_version', { simple: true }) as number;
    if (version === 0 || version >= LATEST_VERSION) return null;
    return await backupDatabase(raw, dbPath, 'pre-migration', now);
  } finally {
    raw.close();
  }
}

/** True when the file opens as SQLite and passes quick_check. */
export function isHealthy(file: string): boolean {
  return checkFile(file).ok;
}

/** Moves a damaged library (with its WAL and shared-memory files) aside; returns where it went. */
export function setAside(dbPath: string, why: 'damaged' | 'before-restore', now = new Date()): string {
  const target = `${dbPath}.${why}-${stamp(now)}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, target + suffix);
  }
  return target;
}

/** The newest backup that passes its integrity check, or null. */
export function newestGoodBackup(dbPath: string): BackupInfo | null {
  return listBackups(dbPath).find((b) => isHealthy(b.file)) ?? null;
}

/**
 * Puts a backup in place of the library. The library must be closed; the current file is set aside
 * first (never deleted), so a restore can itself be undone.
 */
export function restoreBackup(dbPath: string, backupFile: string, now = new Date()): { setAsideAs: string | null } {
  if (!isHealthy(backupFile)) throw new Error(`The backup ${basename(backupFile)} is damaged and was not restored.`);
  const setAsideAs = existsSync(dbPath) ? setAside(dbPath, 'before-restore', now) : null;
  copyFileSync(backupFile, dbPath);
  return { setAsideAs };
}
