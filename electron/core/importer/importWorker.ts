// A worker thread of the import job: reads, decodes, extracts and analyses files, so that the analysis of
// a large import runs on every core and the main thread only stores results.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../analysis/index';
import { articlesRepository } from '../db/articlesRepository';
import { ImportError } from './importError';
import type { FromWorker, ToWorker, WorkerResult, WorkerSetup } from './importWorkerProtocol';
import { prepareArticle } from './prepareArticle';

const port = parentPort;
if (!port) throw new Error('importWorker runs only as a worker thread');
const setup = workerData as WorkerSetup;
// Read-only and without the main connection's integrity check: it only asks whether a hash is stored.
const lookup = setup.dbPath
  ? articlesRepository(new Database(setup.dbPath, { readonly: true, fileMustExist: true, ...(setup.nativeBinding ? { nativeBinding: setup.nativeBinding } : {}) }))
  : null;

port.postMessage({ type: 'ready' } satisfies FromWorker);

const pending: { id: number; file: string }[] = [];
let running = false;
let stopped = false;

port.on('message', (message: ToWorker) => {
  if (message.type === 'stop') {
    stopped = true;
    pending.length = 0;
    return;
  }
  pending.push(...message.items);
  if (!running) void drain();
});

const RESULTS_EVERY_MS = 40;

async function drain(): Promise<void> {
  running = true;
  let results: WorkerResult[] = [];
  let since = Date.now();
  while (pending.length && !stopped) {
    const { id, file } = pending.shift()!;
    results.push(await handle(id, file));
    if (Date.now() - since > RESULTS_EVERY_MS && pending.length) {
      port!.postMessage({ type: 'results', items: results, idle: false } satisfies FromWorker);
      results = [];
      since = Date.now();
    }
  }
  running = false;
  port!.postMessage({ type: 'results', items: results, idle: true } satisfies FromWorker);
}

async function handle(id: number, file: string): Promise<WorkerResult> {
  try {
    const article = await prepareArticle(file);
    const known = lookup?.idByHash(article.contentHash) != null;
    const analysis = known ? null : analyzeArticle(article.body, article.givenTitle);
    return { type: 'prepared', id, article, analysisVersion: analysis?.version ?? 0, analysisJson: analysis ? JSON.stringify(analysis) : null };
  } catch (err) {
    if (err instanceof ImportError) return { type: 'refused', id, code: err.code, reason: err.message };
    return { type: 'refused', id, code: 'FAILED', reason: `the file could not be imported (${(err as Error).message})` };
  }
}
