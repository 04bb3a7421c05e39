// The pool of analysis threads (one per core): they read, decode, extract and analyse files, and the
// thread that runs the pool stores each finished article. In the app that thread is the import job's
// coordinator thread (importCoordinator.ts), so storing holds no event loop the window depends on; with
// an in-memory database, or when the coordinator cannot start, it is the calling thread.
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/openDatabase';
import { bindingForThreads } from '../db/sqliteBinding';
import { refused, storeArticle, type ImportOutcome } from './importArticle';
import { ImportError } from './importError';
import { FILE_TIME_BUDGET_MS, READER_LIMITS, ROOMY_HEAP_MB, ROOMY_LIMITS, STOP_GRACE_MS, type FromWorker, type ToWorker, type WorkerResult, type WorkerSetup } from './importWorkerProtocol';
import { prepareArticle } from './prepareArticle';
import { fileSize } from './readLimited';

export interface PoolOptions {
  signal?: AbortSignal;
  /** better_sqlite3.node for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Each file's time budget on its reading thread (ms); default FILE_TIME_BUDGET_MS. */
  fileTimeBudgetMs?: number;
}

/** Imports `files` on `count` analysis threads started from `script`; files no thread could take (none
 *  could start) are done on this thread. */
export async function runPool(db: Db, files: string[], script: string | null, count: number, record: (o: ImportOutcome) => void, options: PoolOptions): Promise<void> {
  if (script && count > 0) {
    const leftover = await runOnWorkers(db, files, script, count, record, options);
    if (leftover.length) await runHere(db, leftover.map((i) => files[i]!), record, options.signal);
  } else await runHere(db, files, record, options.signal);
}

export async function runHere(db: Db, files: string[], record: (o: ImportOutcome) => void, signal?: AbortSignal): Promise<void> {
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
// file. A batch stops after BATCH_MS so neither this thread's event loop nor the library's write lock (a
// note saved in the window waits for it) is held longer; killing the process loses at most the batch
// being written, which the next import redoes.
const BATCH_MS = 25;
const BATCH_WAIT_MS = 30;
const BATCH_SIZE = 24;
/** Files handed to a worker at a time. */
const CHUNK = 8;
/** Files a worker holds before it is given more: enough that it never waits for the main thread to
 *  answer (a busy flush can hold the main thread for BATCH_MS), few enough that cancelling stops soon. */
const AHEAD = 4 * CHUNK;
/** Results waiting to be stored beyond which workers are given nothing more, so that when storing is the
 *  slower side, analysed articles do not pile up in memory. */
const MAX_WAITING = 4 * BATCH_SIZE;
/** The same bound in characters of text, for large files (a 5 MB article is 10 MB in memory), counting the
 *  files given to workers and not yet answered by their size in bytes (no fewer than the characters they
 *  decode to): results already on their way would otherwise pass the bound, up to AHEAD per worker. A
 *  worker that holds nothing is always given a file, so a folder of large files still keeps both busy. */
const MAX_WAITING_CHARS = 12_000_000;

interface WorkerSlot {
  worker: Worker;
  /** Files sent and not yet answered, in the order the worker reads them. */
  outstanding: number[];
  done: boolean;
  /** Whether the worker said it is ready; one that fails before that could not start. */
  answered: boolean;
  /** Set once its death has been dealt with (at its 'exit'). */
  dead: boolean;
  /** A reader with the larger heap limit, for the rare file too large for a capped one. */
  roomy: boolean;
  /** The id of the file the thread is reading now (-1 between files), which it keeps up to date. */
  current: Int32Array;
  /** The file last seen in hand, and since when (ms), for the time budget. */
  seen: { id: number; since: number };
  /** Why this thread was ended by the pool: a file over its time budget, or a stop that it did not
   *  heed in time (a file in hand is then not imported, as a file not started). */
  ended?: { overrun: number } | { stopped: true };
}

const duration = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

/** How often the pool looks at what each thread holds, for the time budget. */
const WATCH_MS = 100;

/** Resolves with the files left undone because no worker could start (empty otherwise). */
function runOnWorkers(db: Db, files: string[], script: string, count: number, record: (o: ImportOutcome) => void, options: PoolOptions): Promise<number[]> {
  const { signal } = options;
  const setup: WorkerSetup = { role: 'analyse', dbPath: db.memory ? null : db.name, nativeBinding: bindingForThreads(options.nativeBinding) };
  const retry: number[] = [];
  /** Files a worker held when it died: each is read again alone, so that only the one that kills a
   *  worker by itself is refused. */
  const suspects: number[] = [];
  /** Files that ran a capped reader out of memory by themselves: each is read once more, alone, by a
   *  reader without the cap (a 4 MB PDF needs about 150 MB of heap while PDF.js parses it). */
  const roomyFiles: number[] = [];
  let waitingChars = 0;
  /** Bytes of the files given to workers and not yet answered, by file. */
  const inFlight = new Map<number, number>();
  let inFlightBytes = 0;
  const sizeOf = (id: number) => fileSize(files[id]!);
  const give = (slot: WorkerSlot, ids: number[], sizes = ids.map(sizeOf)) => {
    ids.forEach((id, i) => {
      inFlight.set(id, sizes[i]!);
      inFlightBytes += sizes[i]!;
    });
    slot.outstanding.push(...ids);
    slot.worker.postMessage({ type: 'files', items: ids.map((id) => ({ id, file: files[id]! })) } satisfies ToWorker);
  };
  const landed = (id: number) => {
    inFlightBytes -= inFlight.get(id) ?? 0;
    inFlight.delete(id);
  };
  /** Whether workers are given nothing more; `chosen` is the bytes of files about to be given. */
  const full = (chosen: number) => queue.length >= MAX_WAITING || waitingChars + inFlightBytes + chosen >= MAX_WAITING_CHARS;
  let next = 0;
  let failure: unknown = null;
  let broken = false;
  const queue: WorkerResult[] = [];
  const charsOf = (r: WorkerResult) => (r.type === 'prepared' ? r.article.body.length : 0);
  const enqueue = (r: WorkerResult) => {
    queue.push(r);
    waitingChars += charsOf(r);
  };
  let timer: NodeJS.Timeout | null = null;
  let immediate: NodeJS.Immediate | null = null;
  const slots = new Set<WorkerSlot>();
  const budgetMs = options.fileTimeBudgetMs ?? FILE_TIME_BUDGET_MS;
  let watch: NodeJS.Timeout | null = null;
  let graceTimer: NodeJS.Timeout | null = null;

  return new Promise((resolve, reject) => {
    const store = (result: WorkerResult): ImportOutcome => {
      const file = files[result.id]!;
      if (result.type === 'refused') return { file, status: 'refused', code: result.code, reason: result.reason };
      return storeArticle(db, result.article, result.analysis ?? undefined);
    };
    const flush = () => {
      timer = null;
      immediate = null;
      if (queue.length && failure === null) {
        const until = performance.now() + BATCH_MS;
        const stored: ImportOutcome[] = [];
        try {
          // IMMEDIATE takes the write lock first: the window's connection writes too (a note being saved).
          db.transaction(() => {
            while (queue.length && performance.now() < until) {
              const next = queue.shift()!;
              waitingChars -= charsOf(next);
              stored.push(store(next));
            }
          }).immediate();
          // Told only once committed: a batch the database refuses is rolled back whole.
          stored.forEach(record);
        } catch (err) {
          // The database refused a write (disk full, read-only): no later file would fare better.
          failure ??= err;
          stopAll();
        }
      }
      if (failure !== null) {
        queue.length = 0;
        waitingChars = 0;
      }
      for (const slot of slots) if (!slot.done) topUp(slot);
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
      if (watch) clearInterval(watch);
      if (graceTimer) clearTimeout(graceTimer);
      if (failure) reject(failure);
      else resolve(broken ? [...retry, ...Array.from({ length: files.length - next }, (_, k) => next + k)] : []);
    };
    const stopping = () => failure !== null || signal?.aborted === true;
    function stopAll() {
      for (const slot of slots) slot.worker.postMessage({ type: 'stop' } satisfies ToWorker);
      // A thread deep in one file (a parser, a long analysis) reads no message until the file is done:
      // after a grace it is ended, so a stop is a stop whatever the file.
      graceTimer ??= setTimeout(() => {
        for (const slot of slots) {
          if (slot.done || slot.dead) continue;
          slot.ended = { stopped: true };
          void slot.worker.terminate();
        }
      }, STOP_GRACE_MS);
    }
    // The time budget: a thread that holds the same file longer than the budget is ended, and the file
    // refused with its reason (died() below); the thread's other files are read again by a new one.
    const watchBudgets = () => {
      const now = Date.now();
      for (const slot of slots) {
        if (slot.done || slot.dead || slot.ended) continue;
        const id = Atomics.load(slot.current, 0);
        if (id !== slot.seen.id) slot.seen = { id, since: now };
        else if (id >= 0 && now - slot.seen.since > budgetMs) {
          slot.ended = { overrun: id };
          void slot.worker.terminate();
        }
      }
    };
    // Keeps a worker AHEAD files ahead, topped up each time it answers, so both cores stay busy; a
    // worker is let go once it holds nothing and nothing is left to give.
    const topUp = (slot: WorkerSlot) => {
      if (slot.roomy) {
        // One file at a time, and only the files that need it.
        if (slot.outstanding.length) return;
        const id = stopping() ? undefined : roomyFiles.shift();
        if (id === undefined) {
          slot.done = true;
          void slot.worker.terminate();
          schedule();
          return;
        }
        give(slot, [id]);
        return;
      }
      if (suspects.length && !stopping()) {
        // A suspect goes to a worker that holds nothing else.
        if (slot.outstanding.length) return;
        give(slot, [suspects.shift()!]);
        return;
      }
      const ids: number[] = [];
      const sizes: number[] = [];
      let chosen = 0;
      while (slot.outstanding.length + ids.length < AHEAD && !stopping() && !broken && (!full(chosen) || (!slot.outstanding.length && !ids.length))) {
        const id = retry.length ? retry.shift()! : next < files.length ? next++ : null;
        if (id === null) break;
        ids.push(id);
        sizes.push(sizeOf(id));
        chosen += sizes[sizes.length - 1]!;
      }
      if (ids.length) give(slot, ids, sizes);
      else if (!slot.outstanding.length) {
        slot.done = true;
        void slot.worker.terminate();
        schedule();
      }
    };
    const start = (roomy = false) => {
      const resourceLimits = roomy ? ROOMY_LIMITS : READER_LIMITS;
      const current = new SharedArrayBuffer(4);
      new Int32Array(current)[0] = -1;
      const workerData: WorkerSetup = { ...setup, current };
      const slot: WorkerSlot = { worker: new Worker(script, { workerData, resourceLimits }), outstanding: [], done: false, answered: false, dead: false, roomy, current: new Int32Array(current), seen: { id: -1, since: Date.now() } };
      slots.add(slot);
      slot.worker.on('message', (message: FromWorker) => {
        slot.answered = true;
        if (message.type === 'ready') return;
        for (const item of message.items) {
          const at = slot.outstanding.indexOf(item.id);
          if (at >= 0) slot.outstanding.splice(at, 1);
          landed(item.id);
          if (failure === null) enqueue(item);
        }
        // A stopped worker drops what it had not started: those files were not imported. (Idle while
        // not stopping only means the files given last are still on their way to it.)
        if (message.idle && stopping()) slot.outstanding.splice(0).forEach(landed);
        topUp(slot);
        schedule();
      });
      // A worker that dies (out of memory on a hostile PDF, a parser that exits the thread) costs the file
      // that killed it, not the import. Results it held back are lost with it, so the files it had not
      // answered are all suspects: each is read again alone, and only a file a worker dies holding
      // alone is refused. 'exit' without 'error' (process.exit in a dependency) counts as a death too.
      const died = (reason: string, outOfMemory = false) => {
        if (slot.done || slot.dead) return;
        slot.dead = true;
        slots.delete(slot);
        // Its files are given again (each counted again then) or refused.
        slot.outstanding.forEach(landed);
        if (slot.ended && 'stopped' in slot.ended) {
          schedule();
          return;
        }
        if (slot.ended && 'overrun' in slot.ended) {
          // The file over its budget is refused; the others it held are read again by a new thread.
          const overrun = slot.ended.overrun;
          // Unless its result came in just before the thread was ended (a file done at the budget).
          if (failure === null && slot.outstanding.includes(overrun)) enqueue({ type: 'refused', id: overrun, code: 'TOO_SLOW', reason: `reading and analysing it took longer than the ${duration(budgetMs)} allowed for one file` });
          if (!stopping()) retry.push(...slot.outstanding.filter((id) => id !== overrun));
          if (!stopping()) topUp(start());
          schedule();
          return;
        }
        if (!slot.answered) {
          broken = true;
          retry.push(...slot.outstanding);
          schedule();
          return;
        }
        if (slot.outstanding.length === 1) {
          const id = slot.outstanding[0]!;
          if (outOfMemory && !slot.roomy) {
            if (!stopping()) roomyFiles.push(id);
          } else if (outOfMemory) {
            if (failure === null) enqueue({ type: 'refused', id, code: 'TOO_LARGE', reason: `reading it needed more than the ${ROOMY_HEAP_MB} MB of memory allowed for one file` });
          } else if (failure === null) enqueue({ type: 'refused', id, code: 'FAILED', reason: `the file could not be read (${reason})` });
        } else if (!stopping()) suspects.push(...slot.outstanding);
        if (!stopping() && !slot.roomy) topUp(start());
        // A file waiting for a roomy reader gets one when none is at work (a roomy reader that let itself go
        // stays in `slots`, done: counting it left the file waiting for ever, and the import lost it).
        if (roomyFiles.length && !stopping() && ![...slots].some((s) => s.roomy && !s.done)) topUp(start(true));
        schedule();
      };
      // Dealt with at 'exit', which Node emits after every message the thread sent: an 'error' can
      // overtake its 'ready', and a thread that had started would be taken for one that could not
      // (its files, the one that killed it among them, were then read on this thread).
      let error: Error | null = null;
      slot.worker.on('error', (err) => (error ??= err));
      slot.worker.on('exit', (code) =>
        died(error?.message ?? `the reading thread stopped with code ${code}`, (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY'),
      );
      return slot;
    };
    signal?.addEventListener('abort', stopAll);
    watch = setInterval(watchBudgets, Math.min(WATCH_MS, budgetMs / 4));
    for (let i = 0; i < count; i++) topUp(start());
  });
}
