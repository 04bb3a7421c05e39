// Tidying a library after an import, so that what is left on disk is the library and not the traces of
// writing it (issue 4: database size <= 3x the text imported, which a small library missed):
// - FTS5 writes a new segment for every committed batch and merges them only partly as it goes
//   (automerge); merging them into one drops the terms and page headers each segment repeats
//   (a 1,000-article import: the body index 0.83x -> 0.70x the text).
// - indexes filled in random order (the content hash, the list order, speakers, entities) are left about
//   70% full by page splits; rebuilding them (REINDEX) packs them (a 10,000-article import: 0.03x the text).
// - the pages that merging and rebuilding free go back to the file system when the library has incremental
//   auto_vacuum (new libraries do, see openDatabase.ts); otherwise they stay in the file for later writes.
// - the WAL, which an import grows to many times the new data (a 1,000-article import left an 18 MB WAL
//   beside an 8 MB database), is checkpointed and truncated.
// Each step is its own short write transaction with a pause after it, like the import's batches, so a
// note saved in the window meanwhile waits milliseconds, not the whole tidy-up. It runs on the thread
// that stored the import (the coordinator), never on the main thread.
import type { Db } from './openDatabase';

/** Pages of an FTS5 index merged per step: ~10–40 ms on this project's 2-core machine. */
const MERGE_PAGES = 64;
/** Free pages given back per step. */
const VACUUM_PAGES = 512;
/** The pause after each step, in which another connection's waiting write can take the lock. */
const PAUSE_MS = 5;
/** Merging and rebuilding rewrite whole indexes, so they run only when the import wrote at least this
 *  share of the library: the cost stays within a small multiple of the import's own writes (a few articles
 *  added to 100,000 do not rewrite 200 MB of index), and it is in a young library that the slack weighs most. */
const REWRITE_WHEN_IMPORTED_SHARE = 0.25;

const FTS_TABLES = ['articles_fts', 'speakers_fts'] as const;
/** Tables whose indexes an import fills out of key order. */
const REINDEXED_TABLES = ['articles', 'passages', 'article_entities', 'names', 'entities'];

export interface CompactionReport {
  merged: boolean;
  mergeSteps: number;
  reindexed: string[];
  pagesReleased: number;
  walTruncated: boolean;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, PAUSE_MS));

/** Tidies the library after `imported` articles were stored. Stops between steps when `signal` aborts;
 *  every step commits on its own, so stopping (or a crash) leaves a consistent, merely less tidy, library. */
export async function compactAfterImport(db: Db, imported: number, signal?: AbortSignal): Promise<CompactionReport> {
  const report: CompactionReport = { merged: false, mergeSteps: 0, reindexed: [], pagesReleased: 0, walTruncated: false };
  const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  if (imported > 0 && imported >= articles * REWRITE_WHEN_IMPORTED_SHARE) {
    for (const table of FTS_TABLES) {
      if (signal?.aborted) return report;
      report.mergeSteps += await mergeSegments(db, table, signal);
    }
    report.merged = !signal?.aborted;
    report.reindexed = await rebuildIndexes(db, signal);
  }
  if (signal?.aborted) return report;
  report.pagesReleased = await releaseFreePages(db, signal);
  report.walTruncated = truncateWal(db);
  return report;
}

/** Merges the FTS5 table's segments into one, MERGE_PAGES at a time; returns the steps that did work. */
async function mergeSegments(db: Db, table: (typeof FTS_TABLES)[number], signal?: AbortSignal): Promise<number> {
  // A negative page count merges every segment, whatever its level, as 'optimize' does, but in steps.
  const merge = db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', -${MERGE_PAGES})`);
  const changes = db.prepare('SELECT total_changes()').pluck();
  let steps = 0;
  while (!signal?.aborted) {
    const before = changes.get() as number;
    merge.run();
    // FTS5 documents this test: fewer than two rows changed means there was nothing left to merge.
    if ((changes.get() as number) - before < 2) break;
    steps++;
    await pause();
  }
  return steps;
}

/** Rebuilds the indexes of REINDEXED_TABLES one at a time; returns their names. */
async function rebuildIndexes(db: Db, signal?: AbortSignal): Promise<string[]> {
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN (SELECT value FROM json_each(?)) ORDER BY name`)
    .pluck()
    .all(JSON.stringify(REINDEXED_TABLES)) as string[];
  const done: string[] = [];
  for (const name of names) {
    if (signal?.aborted) break;
    // An identifier cannot be bound; this one comes from the schema and is quoted as SQL quotes one.
    db.exec(`REINDEX "${name.replaceAll('"', '""')}"`);
    done.push(name);
    await pause();
  }
  return done;
}

/** Gives the free pages back to the file system when the library has incremental auto_vacuum; returns
 *  how many. A library created before that setting keeps its free pages for later writes. */
async function releaseFreePages(db: Db, signal?: AbortSignal): Promise<number> {
  if (db.pragma('auto_vacuum', { simple: true }) !== AUTO_VACUUM_INCREMENTAL) return 0;
  let released = 0;
  for (let free = freePages(db); free > 0 && !signal?.aborted; free = freePages(db)) {
    db.pragma(`incremental_vacuum(${VACUUM_PAGES})`);
    const after = freePages(db);
    if (after >= free) break;
    released += free - after;
    await pause();
  }
  return released;
}

const freePages = (db: Db) => db.pragma('freelist_count', { simple: true }) as number;

/** Copies the WAL into the database and truncates it to nothing; false when a reader kept it (the WAL is
 *  then left for SQLite's own checkpoints, which journal_size_limit keeps small). */
function truncateWal(db: Db): boolean {
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return false;
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return result?.busy === 0;
}

/** PRAGMA auto_vacuum's value for INCREMENTAL. */
export const AUTO_VACUUM_INCREMENTAL = 2;
