// An analysis thread of the import job: reads, decodes, extracts and analyses files, so that the analysis
// of a large import runs on every core and the coordinator only stores results.
import type { MessagePort } from 'node:worker_threads';
import { analyzeArticle } from '../analysis/index';
import { packAnalysis } from '../db/analysisCodec';
import { articlesRepository } from '../db/articlesRepository';
import { openThreadConnection } from '../db/threadConnection';
import { ImportError } from './importError';
import type { FromWorker, ToWorker, WorkerResult, WorkerSetup } from './importWorkerProtocol';
import { prepareArticle } from './prepareArticle';

const RESULTS_EVERY_MS = 40;

export function runAnalysisWorker(port: MessagePort, setup: WorkerSetup): void {
  // Read-only: it only asks whether a text is already stored, to skip analysing duplicates.
  const lookup = setup.dbPath ? articlesRepository(openThreadConnection(setup.dbPath, { nativeBinding: setup.nativeBinding, readonly: true })) : null;
  const pending: { id: number; file: string }[] = [];
  let running = false;
  let stopped = false;
  const current = setup.current ? new Int32Array(setup.current) : null;

  const handle = async (id: number, file: string): Promise<WorkerResult> => {
    try {
      const article = await prepareArticle(file);
      const known = lookup?.idByHash(article.contentHash) != null;
      // Packed (slimmed and compressed) here, so the thread that stores it only writes bytes.
      const analysis = known ? null : packAnalysis(analyzeArticle(article.body, article.givenTitle), article.body);
      return { type: 'prepared', id, article, analysis };
    } catch (err) {
      if (err instanceof ImportError) return { type: 'refused', id, code: err.code, reason: err.message };
      return { type: 'refused', id, code: 'FAILED', reason: `the file could not be imported (${(err as Error).message})` };
    }
  };

  const drain = async () => {
    running = true;
    let results: WorkerResult[] = [];
    let since = Date.now();
    while (pending.length && !stopped) {
      const { id, file } = pending.shift()!;
      if (current) Atomics.store(current, 0, id);
      results.push(await handle(id, file));
      if (current) Atomics.store(current, 0, -1);
      if (Date.now() - since > RESULTS_EVERY_MS && pending.length) {
        port.postMessage({ type: 'results', items: results, idle: false } satisfies FromWorker);
        results = [];
        since = Date.now();
        // Text files are read without a real await, so let a waiting 'stop' message in.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    running = false;
    port.postMessage({ type: 'results', items: results, idle: true } satisfies FromWorker);
  };

  port.on('message', (message: ToWorker) => {
    if (message.type === 'stop') {
      stopped = true;
      pending.length = 0;
      return;
    }
    pending.push(...message.items);
    if (!running) void drain();
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}
