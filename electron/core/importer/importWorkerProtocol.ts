// Messages between the import job (main thread) and its worker threads.
import type { Analysis } from '../analysis/types';
import type { PreparedArticle } from './prepareArticle';

export type ToWorker =
  | { type: 'file'; id: number; file: string }
  /** The answer to a `hash` question: whether the library already holds this text. */
  | { type: 'known'; id: number; known: boolean };

export type FromWorker =
  /** Asked before analysing, so that a re-import does not analyse what is already stored. */
  | { type: 'hash'; id: number; hash: string }
  | { type: 'prepared'; id: number; article: PreparedArticle; analysis: Analysis | null }
  | { type: 'refused'; id: number; code: string; reason: string };
