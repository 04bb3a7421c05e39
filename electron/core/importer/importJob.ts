// The import job: many files and folders, analysed on worker threads (one per core) while the main thread
// only stores each finished article in its own transaction, so the event loop is never held for long.
// It reports progress, can be cancelled (files already stored stay; files being read finish and are
// stored; the rest are not started), and finds duplicates before analysing them, so running an
// interrupted import again only analyses what is missing.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { articlesRepository } from '../db/articlesRepository';
import type { Db } from '../db/openDatabase';
import { collectFiles } from './collectFiles';
import { refused, reportOf, storeArticle, type ImportOutcome, type ImportReport } from './importArticle';
import { ImportError } from './importError';
import type { FromWorker, ToWorker } from './importWorkerProtocol';
import { prepareArticle } from './prepareArticle';

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
  /** Files not started because the job was cancelled. */
  notStarted: number;
}

export interface ImportJobOptions {
  /** Worker threads; default one per core. 0 runs everything on this thread (still yielding often). */
  workers?: number;
  /** The built worker script; default dist/importWorker.js. Null runs on this thread. */
  workerScript?: string | null;
  signal?: AbortSignal;
  onProgress?(progress: ImportProgress): void;
  /** Progress is reported at most this often (ms), and once at the end. */
  progressIntervalMs?: number;
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
  const count = Math.min(options.workers ?? availableParallelism(), files.length);
  let started: number;
  if (script && count > 0) started = await runOnWorkers(db, files, script, count, record, options.signal);
  else started = await runHere(db, files, record, options.signal);

  report(true);
  // Outcomes arrive in the order files finish; the report lists them in the order they were given.
  const order = new Map(files.map((f, i) => [f, i]));
  outcomes.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { ...reportOf(outcomes), cancelled: started < files.length, notStarted: files.length - started };
}

async function runHere(db: Db, files: string[], record: (o: ImportOutcome) => void, signal?: AbortSignal): Promise<number> {
  let started = 0;
  let since = Date.now();
  for (const file of files) {
    if (signal?.aborted) break;
    started++;
    try {
      record(storeArticle(db, await prepareArticle(file)));
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
      record(refused(file, err));
    }
    // Let the event loop breathe between files when this runs on the main thread.
    if (Date.now() - since > 20) {
      await new Promise((resolve) => setImmediate(resolve));
      since = Date.now();
    }
  }
  return started;
}

function runOnWorkers(db: Db, files: string[], script: string, count: number, record: (o: ImportOutcome) => void, signal?: AbortSignal): Promise<number> {
  const articles = articlesRepository(db);
  let next = 0;
  let running = 0;
  let failure: unknown = null;
  return new Promise((resolve, reject) => {
    const workers = new Set<Worker>();
    const finish = () => {
      if (running > 0) return;
      for (const w of workers) void w.terminate();
      workers.clear();
      if (failure) reject(failure);
      else resolve(next);
    };
    const dispatch = (worker: Worker, state: { current: number | null }) => {
      state.current = null;
      if (failure || signal?.aborted || next >= files.length) {
        running--;
        return finish();
      }
      state.current = next++;
      worker.postMessage({ type: 'file', id: state.current, file: files[state.current]! } satisfies ToWorker);
    };
    const start = () => {
      const worker = new Worker(script);
      const state: { current: number | null } = { current: null };
      workers.add(worker);
      running++;
      worker.on('message', (message: FromWorker) => {
        const file = files[message.id]!;
        if (message.type === 'hash') {
          worker.postMessage({ type: 'known', id: message.id, known: articles.idByHash(message.hash) !== null } satisfies ToWorker);
          return;
        }
        try {
          if (message.type === 'refused') record({ file, status: 'refused', code: message.code, reason: message.reason });
          else record(storeArticle(db, message.article, message.analysis ?? undefined));
        } catch (err) {
          // The database refused a write (disk full, read-only): no later file would fare better.
          failure ??= err;
        }
        dispatch(worker, state);
      });
      worker.on('error', (err) => {
        // A worker that dies (out of memory on a hostile PDF, say) costs its file, not the import.
        workers.delete(worker);
        running--;
        if (state.current !== null) record({ file: files[state.current]!, status: 'refused', code: 'FAILED', reason: `the file could not be read (${err.message})` });
        if (!failure && !signal?.aborted && next < files.length) {
          const replacement = start();
          if (replacement) dispatch(replacement.worker, replacement.state);
        } else finish();
      });
      return { worker, state };
    };
    for (let i = 0; i < count; i++) {
      const { worker, state } = start();
      dispatch(worker, state);
    }
  });
}
