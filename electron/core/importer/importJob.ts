// The import job: many files and folders, analysed on worker threads (one per core) while the main thread
// only stores each finished article in its own transaction, so the event loop is never held for long.
// It reports progress, can be cancelled (files already stored stay; files being read finish and are
// stored; the rest are not started), and finds duplicates before analysing them, so running an
// interrupted import again only analyses what is missing.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/openDatabase';
import { collectFiles } from './collectFiles';
import { refused, reportOf, storeArticle, type ImportOutcome, type ImportReport } from './importArticle';
import { ImportError } from './importError';
import type { FromWorker, ToWorker, WorkerResult, WorkerSetup } from './importWorkerProtocol';
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
  /** Files not imported because the job was cancelled. */
  notStarted: number;
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
}

const FEW_FILES = 2;

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
  // A file or two is analysed here: starting a worker thread costs more than analysing an article.
  const count = files.length <= FEW_FILES && options.workers === undefined ? 0 : Math.min(options.workers ?? availableParallelism(), files.length);
  if (script && count > 0) {
    // Workers that cannot start at all (a packaging or native-module problem) leave their files here.
    const leftover = await runOnWorkers(db, files, script, count, record, options);
    if (leftover.length) await runHere(db, leftover.map((i) => files[i]!), record, options.signal);
  } else await runHere(db, files, record, options.signal);

  report(true);
  // Outcomes arrive in the order files finish; the report lists them in the order they were given.
  const order = new Map(files.map((f, i) => [f, i]));
  outcomes.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { ...reportOf(outcomes), cancelled: outcomes.length < files.length, notStarted: files.length - outcomes.length };
}

async function runHere(db: Db, files: string[], record: (o: ImportOutcome) => void, signal?: AbortSignal): Promise<void> {
  let since = Date.now();
  for (const file of files) {
    if (signal?.aborted) break;
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
}

// Finished articles are stored in batches: one transaction holds several articles, each in its own
// savepoint (all or nothing per file), so SQLite and FTS5 commit once per batch rather than once per
// file. A batch stops after BATCH_MS so the event loop is not held longer; killing the process loses at
// most the batch being written, which the next import redoes.
const BATCH_MS = 25;
const BATCH_WAIT_MS = 30;
const BATCH_SIZE = 24;
/** Files handed to a worker at a time. */
const CHUNK = 8;

interface WorkerSlot {
  worker: Worker;
  /** Files sent and not yet answered, in the order the worker reads them. */
  outstanding: number[];
  done: boolean;
  /** Whether the worker said it is ready; one that fails before that could not start. */
  answered: boolean;
}

/** Resolves with the files left undone because no worker could start (empty otherwise). */
function runOnWorkers(db: Db, files: string[], script: string, count: number, record: (o: ImportOutcome) => void, options: ImportJobOptions): Promise<number[]> {
  const { signal } = options;
  const setup: WorkerSetup = { dbPath: db.memory ? null : db.name, nativeBinding: options.nativeBinding ?? null };
  const retry: number[] = [];
  let next = 0;
  let failure: unknown = null;
  let broken = false;
  const queue: WorkerResult[] = [];
  let timer: NodeJS.Timeout | null = null;
  let immediate: NodeJS.Immediate | null = null;
  const slots = new Set<WorkerSlot>();

  return new Promise((resolve, reject) => {
    const store = (result: WorkerResult) => {
      const file = files[result.id]!;
      if (result.type === 'refused') record({ file, status: 'refused', code: result.code, reason: result.reason });
      else record(storeArticle(db, result.article, result.analysisJson === null ? undefined : { version: result.analysisVersion, json: result.analysisJson }));
    };
    const flush = () => {
      timer = null;
      immediate = null;
      const until = performance.now() + BATCH_MS;
      try {
        db.transaction(() => {
          while (queue.length && performance.now() < until) store(queue.shift()!);
        })();
      } catch (err) {
        // The database refused a write (disk full, read-only): no later file would fare better.
        failure ??= err;
        queue.length = 0;
        stopAll();
      }
      if (queue.length) schedule();
      else finish();
    };
    const schedule = () => {
      if (immediate) return;
      if (queue.length >= BATCH_SIZE || [...slots].every((s) => s.done)) {
        if (timer) clearTimeout(timer);
        timer = null;
        immediate = setImmediate(flush);
      } else timer ??= setTimeout(flush, BATCH_WAIT_MS);
    };
    const finish = () => {
      if ([...slots].some((s) => !s.done) || queue.length || timer || immediate) return;
      signal?.removeEventListener('abort', stopAll);
      if (failure) reject(failure);
      else resolve(broken ? [...retry, ...Array.from({ length: files.length - next }, (_, k) => next + k)] : []);
    };
    const stopping = () => failure !== null || signal?.aborted === true;
    function stopAll() {
      for (const slot of slots) slot.worker.postMessage({ type: 'stop' } satisfies ToWorker);
    }
    const give = (slot: WorkerSlot) => {
      const items: { id: number; file: string }[] = [];
      while (items.length < CHUNK && !stopping() && !broken) {
        const id = retry.length ? retry.shift()! : next < files.length ? next++ : null;
        if (id === null) break;
        items.push({ id, file: files[id]! });
      }
      if (!items.length) {
        slot.done = true;
        void slot.worker.terminate();
        schedule();
        return;
      }
      slot.outstanding.push(...items.map((i) => i.id));
      slot.worker.postMessage({ type: 'files', items } satisfies ToWorker);
    };
    const start = () => {
      const slot: WorkerSlot = { worker: new Worker(script, { workerData: setup }), outstanding: [], done: false, answered: false };
      slots.add(slot);
      slot.worker.on('message', (message: FromWorker) => {
        slot.answered = true;
        if (message.type === 'ready') return;
        for (const item of message.items) {
          slot.outstanding.splice(slot.outstanding.indexOf(item.id), 1);
          queue.push(item);
        }
        if (message.idle) {
          // A stopped worker drops what it had not started: those files were not imported.
          slot.outstanding.length = 0;
          give(slot);
        }
        schedule();
      });
      slot.worker.on('error', (err) => {
        // A worker that dies (out of memory on a hostile PDF, say) costs the file it was reading, not
        // the import: the files after it in its batch go to a fresh worker.
        slots.delete(slot);
        if (!slot.answered) {
          broken = true;
          retry.push(...slot.outstanding);
          schedule();
          return;
        }
        const [culprit, ...rest] = slot.outstanding;
        if (culprit !== undefined) queue.push({ type: 'refused', id: culprit, code: 'FAILED', reason: `the file could not be read (${err.message})` });
        retry.push(...rest);
        if (!stopping()) give(start());
        schedule();
      });
      return slot;
    };
    signal?.addEventListener('abort', stopAll);
    for (let i = 0; i < count; i++) give(start());
  });
}
