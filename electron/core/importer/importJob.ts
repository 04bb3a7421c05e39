// The import job: many files and folders, analysed on worker threads (one per core) and stored by a
// coordinator thread with its own connection, so the main thread only counts outcomes and its event loop
// (the window's IPC, a note being saved) is not held by the import at all.
// It reports progress, can be cancelled (files already stored stay; files being read finish and are
// stored; the rest are not started), and finds duplicates before analysing them, so running an
// interrupted import again only analyses what is missing.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { databaseFailure } from '../db/errors';
import type { Db } from '../db/openDatabase';
import { bindingForThreads } from '../db/sqliteBinding';
import { collectFiles } from './collectFiles';
import { reportOf, type ImportOutcome, type ImportReport } from './importArticle';
import { THREAD_LIMITS, type CoordinatorSetup, type FromCoordinator, type ToCoordinator } from './importWorkerProtocol';
import { fileSize } from './readLimited';
import { runPool } from './workerPool';

export interface ImportProgress {
  total: number;
  done: number;
  left: number;
  imported: number;
  duplicates: number;
  refused: number;
}

export interface ImportJobReport extends ImportReport {
  cancelled: boolean;
  /** Files not imported because the job was cancelled or stopped. */
  notStarted: number;
  /** Why the job stopped before the end when the library refused a write (a full disk, a read-only
   *  file), in plain words; the outcomes are those committed before it. */
  stoppedBy: { code: string; message: string } | null;
}

export interface ImportJobOptions {
  /** Worker threads; default one per core. 0 runs everything on this thread (still yielding often). */
  workers?: number;
  /** The built worker script; default dist/importWorker.js. Null runs on this thread. */
  workerScript?: string | null;
  signal?: AbortSignal;
  onProgress?(progress: ImportProgress): void;
  /** better_sqlite3.node for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Progress is reported at most this often (ms), and once at the end. */
  progressIntervalMs?: number;
  /** Each file's time budget on its reading thread (ms); default FILE_TIME_BUDGET_MS. */
  fileTimeBudgetMs?: number;
}

/** A file or two of plain text this small is analysed on the calling thread: starting the threads costs
 *  more (~100 ms) than analysing an article. Anything larger, or in a format whose reader is heavy (HTML,
 *  PDF, DOCX: the HTML parsers alone take ~100–270 ms to load), goes to the threads, as analysing one 100 KB
 *  text held the calling thread's event loop for ~240 ms, and a 1 MB one for 1.5 s. */
const FEW_FILES = 2;
const SMALL_TEXT_BYTES = 6 * 1024;
const PLAIN_TEXT = /\.(txt|md)$/i;

/** A file that cannot be read counts as small: the calling thread refuses it with its reason. */
function fewSmallTexts(files: readonly string[]): boolean {
  return files.length <= FEW_FILES && files.every((f) => PLAIN_TEXT.test(f) && fileSize(f) <= SMALL_TEXT_BYTES);
}

export function defaultWorkerScript(): string | null {
  // Bundled, this module lives in dist/ beside the worker; from the sources (tests) the build is in dist/.
  const candidates = [join(__dirname, 'importWorker.js'), join(__dirname, '..', '..', '..', 'dist', 'importWorker.js')];
  return candidates.find((c) => existsSync(c)) ?? null;
}

export async function runImportJob(db: Db, paths: readonly string[], options: ImportJobOptions = {}): Promise<ImportJobReport> {
  const files = collectFiles(paths);
  const outcomes: ImportOutcome[] = [];
  const progress: ImportProgress = { total: files.length, done: 0, left: files.length, imported: 0, duplicates: 0, refused: 0 };
  const interval = options.progressIntervalMs ?? 100;
  let lastReport = 0;
  const report = (force = false) => {
    const now = Date.now();
    if (!options.onProgress || (!force && now - lastReport < interval)) return;
    lastReport = now;
    options.onProgress({ ...progress });
  };
  const record = (outcome: ImportOutcome) => {
    outcomes.push(outcome);
    progress.done++;
    progress.left--;
    if (outcome.status === 'imported') progress.imported++;
    else if (outcome.status === 'duplicate') progress.duplicates++;
    else progress.refused++;
    report();
  };
  report(true);

  const script = options.workerScript === undefined ? defaultWorkerScript() : options.workerScript;
  const count = options.workers === undefined && fewSmallTexts(files) ? 0 : Math.min(options.workers ?? availableParallelism(), files.length);
  let left = files;
  let stoppedBy: ImportJobReport['stoppedBy'] = null;
  try {
    if (script && count > 0 && !db.memory) {
      const ended = await runOnCoordinator(db, files, script, count, record, options);
      // A coordinator that could not start (a packaging or native-module problem) or that died leaves its
      // files to this thread (it tells of each batch as soon as it is committed, so none is done twice).
      const recorded = new Set(outcomes.map((o) => o.file));
      left = ended === 'done' || options.signal?.aborted ? [] : files.filter((f) => !recorded.has(f));
    }
    // In-memory libraries (tests) cannot be shared with another thread's connection.
    if (left.length) await runPool(db, left, script, count, record, options);
  } catch (err) {
    // The library refused a write: the job stops, and reports what was committed before, file by file.
    const message = databaseFailure(err);
    if (message === null) throw err;
    stoppedBy = { code: (err as { code: string }).code, message };
  }

  report(true);
  // Outcomes arrive in the order files finish; the report lists them in the order they were given.
  const order = new Map(files.map((f, i) => [f, i]));
  outcomes.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { ...reportOf(outcomes), cancelled: outcomes.length < files.length, notStarted: files.length - outcomes.length, stoppedBy };
}


/** Runs the job on a coordinator thread. Rejects with the database's error (its `code` kept, e.g.
 *  SQLITE_FULL) when the library refused a write. */
function runOnCoordinator(db: Db, files: string[], script: string, count: number, record: (o: ImportOutcome) => void, options: ImportJobOptions): Promise<'done' | 'unavailable' | 'died'> {
  const { signal } = options;
  const setup: CoordinatorSetup = { role: 'coordinate', dbPath: db.name, nativeBinding: bindingForThreads(options.nativeBinding), files, workers: count, workerScript: script, ...(options.fileTimeBudgetMs ? { fileTimeBudgetMs: options.fileTimeBudgetMs } : {}) };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: setup, resourceLimits: THREAD_LIMITS });
    let ready = false;
    let settled = false;
    const stop = () => worker.postMessage({ type: 'stop' } satisfies ToCoordinator);
    // Settled only once the thread has ended: until then its connection holds the file, which a restore
    // must move right after the job (Windows cannot move a file that is open).
    const settle = (then: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', stop);
      void worker.terminate().then(then, then);
    };
    worker.on('message', (message: FromCoordinator) => {
      if (message.type === 'ready') {
        ready = true;
        if (signal?.aborted) stop();
      } else if (message.type === 'outcomes') message.items.forEach(record);
      else settle(() => (message.error ? reject(Object.assign(new Error(message.error.message), message.error)) : resolve('done')));
    });
    // Settled at 'exit', not at 'error': Node emits every message a thread sent before its 'exit', but
    // an 'error' can overtake the last outcomes (they would then be imported again, as duplicates) or
    // its 'ready'. Its error is logged (the main thread then stores the files left, so the report is
    // right, but why the thread stopped would otherwise be lost: out of memory, a native module).
    worker.on('error', (err: Error & { code?: string }) => console.error(`[import] the storing thread stopped: ${err.code ?? err.name}: ${err.message}`));
    worker.on('exit', () => settle(() => resolve(ready ? 'died' : 'unavailable')));
    signal?.addEventListener('abort', stop);
  });
}
