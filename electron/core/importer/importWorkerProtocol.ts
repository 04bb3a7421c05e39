// Messages between the import job and its threads. The main thread starts one coordinator thread, which
// stores articles and runs the pool of analysis threads; files go out to those and results come back in
// small batches (a message per file costs more than storing the file does).
import type { PackedAnalysis } from '../db/analysisCodec';
import type { ImportOutcome } from './importArticle';
import type { PreparedArticle } from './prepareArticle';

/** workerData of an analysis thread. */
export interface WorkerSetup {
  role: 'analyse';
  /** The library file, opened read-only by the worker to skip analysing articles already stored. */
  dbPath: string | null;
  nativeBinding: string | null;
  /** One Int32: the id of the file the thread is reading now, -1 between files. The pool reads it to
   *  hold each file to its time budget without a message per file. */
  current?: SharedArrayBuffer;
}

/** workerData of the coordinator thread. */
export interface CoordinatorSetup {
  role: 'coordinate';
  /** The library file, which the coordinator opens for writing beside the main thread's connection. */
  dbPath: string;
  nativeBinding: string | null;
  files: string[];
  /** Analysis threads to start, from `workerScript` (this same script). */
  workers: number;
  workerScript: string;
  /** Each file's time budget on its reading thread (ms). */
  fileTimeBudgetMs?: number;
}

/** V8 sizes each thread's young generation at up to 48 MB; the import's three threads (coordinator and
 *  two readers) keep mostly short-lived objects, and 16 MB each keeps the process's resident memory
 *  ~30 MB lower during a large import (issue 4: <= 300 MB) at the cost of more frequent minor GCs. */
export const THREAD_LIMITS = { maxYoungGenerationSizeMb: 16 };
/** The readers' heaps are also capped at 48 MB: analysing an article keeps about 15 MB alive, and
 *  without a cap V8 lets each reader's heap grow to ~70 MB before collecting it, which took a
 *  10,000-file import past 300 MB resident (issue 4). A file that needs more (a large PDF) runs a
 *  reader out of memory and is read again by one without the cap (workerPool.ts). */
export const READER_LIMITS = { ...THREAD_LIMITS, maxOldGenerationSizeMb: 48 };
/** The memory budget of one file: a file that runs even the roomy reader (read alone) out of this much
 *  heap is refused (a decompression or parse bomb), rather than taking the machine's memory. */
export const ROOMY_HEAP_MB = 512;
export const ROOMY_LIMITS = { ...THREAD_LIMITS, maxOldGenerationSizeMb: ROOMY_HEAP_MB };
/** The time budget of one file on its reading thread (read, decode, extract, analyse): past it the
 *  thread is ended and the file refused. A 5 MB article takes ~6 s on a loaded 2-core machine. */
export const FILE_TIME_BUDGET_MS = 60_000;
/** After a stop, how long a reading thread may take to finish the file in hand before it is ended. */
export const STOP_GRACE_MS = 1_000;

export type ToWorker = { type: 'files'; items: { id: number; file: string }[] } | { type: 'stop' };

export type WorkerResult =
  /** `analysis` (packed for storing, on the analysis thread) is null when the library already holds the
   *  text (a duplicate). */
  | { type: 'prepared'; id: number; article: PreparedArticle; analysis: PackedAnalysis | null }
  | { type: 'refused'; id: number; code: string; reason: string };

/** `ready` once the worker has loaded (a worker that fails before it could not start at all). */
export type FromWorker = { type: 'ready' } | { type: 'results'; items: WorkerResult[]; idle: boolean };

export type ToCoordinator = { type: 'stop' };

/** A database error, sent as plain data (its class does not cross threads); `code` is SQLite's. */
export interface ThreadError {
  name: string;
  message: string;
  code?: string;
}

export type FromCoordinator =
  | { type: 'ready' }
  | { type: 'outcomes'; items: ImportOutcome[] }
  /** Sent last: `error` when the library refused a write (disk full, read-only), and the job stopped. */
  | { type: 'finished'; error: ThreadError | null };
