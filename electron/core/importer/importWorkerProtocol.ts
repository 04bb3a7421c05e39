// Messages between the import job (main thread) and its worker threads. Files go out and results come
// back in small batches: a message per file costs the main thread more than storing the file does.
import type { PreparedArticle } from './prepareArticle';

export interface WorkerSetup {
  /** The library file, opened read-only by the worker to skip analysing articles already stored. */
  dbPath: string | null;
  nativeBinding: string | null;
}

export type ToWorker = { type: 'files'; items: { id: number; file: string }[] } | { type: 'stop' };

export type WorkerResult =
  /** `analysisJson` is null when the library already holds the text (a duplicate). */
  | { type: 'prepared'; id: number; article: PreparedArticle; analysisVersion: number; analysisJson: string | null }
  | { type: 'refused'; id: number; code: string; reason: string };

/** `ready` once the worker has loaded (a worker that fails before it could not start at all). */
export type FromWorker = { type: 'ready' } | { type: 'results'; items: WorkerResult[]; idle: boolean };
