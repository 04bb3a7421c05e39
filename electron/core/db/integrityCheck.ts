// SQLite's whole-file integrity check (quick_check reads every page: 3–6 s for a library of 100,000
// articles) on a thread of its own, so the main process goes on answering the window while it runs.
// The thread is the import job's worker script, which runs this for the role 'check'.
import { Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { bindingForThreads } from './sqliteBinding';
import { openThreadConnection } from './threadConnection';

export interface IntegritySetup {
  role: 'check';
  dbPath: string;
  nativeBinding: string | null;
}

export type IntegrityResult = { ok: true } | { ok: false; problem: string };

/** The check itself, on whichever thread runs it: a read-only connection of its own. */
export function checkFile(dbPath: string, nativeBinding: string | null = bindingForThreads()): IntegrityResult {
  try {
    const db = openThreadConnection(dbPath, { nativeBinding, readonly: true });
    try {
      const check = String(db.pragma('quick_check', { simple: true }));
      return check === 'ok' ? { ok: true } : { ok: false, problem: check };
    } finally {
      db.close();
    }
  } catch (err) {
    return { ok: false, problem: (err as Error).message };
  }
}

/** The thread's side: check, answer, end. */
export function runIntegrityCheck(port: MessagePort, setup: IntegritySetup): void {
  port.postMessage(checkFile(setup.dbPath, setup.nativeBinding));
}

/** Checks the whole file on a thread started from `script`, or on this thread when there is none. A thread
 *  that dies without answering counts as no verdict, which is not damage: the caller's backup then waits
 *  for the next start. Stopped by `signal` (a restore must move the file), it resolves, with no verdict,
 *  only once the thread has ended and so let go of the file. */
export function checkWholeFile(dbPath: string, script: string | null, signal?: AbortSignal): Promise<IntegrityResult | null> {
  if (signal?.aborted) return Promise.resolve(null);
  if (!script) return Promise.resolve(checkFile(dbPath));
  const setup: IntegritySetup = { role: 'check', dbPath, nativeBinding: bindingForThreads() };
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: setup });
    let answer: IntegrityResult | null = null;
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    worker.once('message', (result: IntegrityResult) => (answer = signal?.aborted ? null : result));
    worker.once('error', (err) => console.error('[integrity] the check thread failed:', err));
    worker.once('exit', () => {
      signal?.removeEventListener('abort', stop);
      resolve(signal?.aborted ? null : answer);
    });
  });
}
