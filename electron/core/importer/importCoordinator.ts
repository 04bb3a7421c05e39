// The import job's coordinator thread: it opens its own connection to the library, runs the pool of
// analysis threads and stores what they finish, and tells the main thread only what happened to each
// file. Storing (SQLite, FTS5) is the part of an import that cannot be spread over threads; done here it
// holds no event loop the window or the IPC handlers depend on.
import type { MessagePort } from 'node:worker_threads';
import { compactAfterImport } from '../db/libraryCompaction';
import { openThreadConnection } from '../db/threadConnection';
import type { ImportOutcome } from './importArticle';
import type { CoordinatorSetup, FromCoordinator, ThreadError, ToCoordinator } from './importWorkerProtocol';
import { runPool } from './workerPool';

export function runCoordinator(port: MessagePort, setup: CoordinatorSetup): void {
  const db = openThreadConnection(setup.dbPath, { nativeBinding: setup.nativeBinding });
  const cancel = new AbortController();
  let outbox: ImportOutcome[] = [];
  let sending = false;
  const send = () => {
    sending = false;
    if (outbox.length) port.postMessage({ type: 'outcomes', items: outbox } satisfies FromCoordinator);
    outbox = [];
  };
  // The outcomes of a committed batch go out as one message as soon as the batch is done (a microtask),
  // so that if this thread dies, the main thread knows of every file it stored.
  let imported = 0;
  const record = (outcome: ImportOutcome) => {
    if (outcome.status === 'imported') imported++;
    outbox.push(outcome);
    if (!sending) queueMicrotask(send);
    sending = true;
  };
  const finished = (error: ThreadError | null) => {
    send();
    db.close();
    // The main thread ends this thread when it reads this.
    port.postMessage({ type: 'finished', error } satisfies FromCoordinator);
  };

  port.on('message', (message: ToCoordinator) => {
    if (message.type === 'stop') cancel.abort();
  });
  port.postMessage({ type: 'ready' } satisfies FromCoordinator);
  runPool(db, setup.files, setup.workerScript, setup.workers, record, { signal: cancel.signal, ...(setup.fileTimeBudgetMs ? { fileTimeBudgetMs: setup.fileTimeBudgetMs } : {}), ...(setup.nativeBinding ? { nativeBinding: setup.nativeBinding } : {}) }).then(
    async () => {
      // Every outcome is committed and sent; the tidy-up only makes the library smaller on disk, so
      // its failure (a disk error would have failed a batch first) is not the import's.
      send();
      await compactAfterImport(db, imported, cancel.signal).catch((e: unknown) => console.error('[import] the tidy-up after the import stopped:', e));
      finished(null);
    },
    (err: unknown) => {
      const e = err as { name?: string; message?: string; code?: unknown };
      finished({ name: e.name ?? 'Error', message: e.message ?? String(err), ...(typeof e.code === 'string' ? { code: e.code } : {}) });
    },
  );
}
