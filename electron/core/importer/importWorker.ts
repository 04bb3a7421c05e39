// A worker thread of the import job: reads, decodes, extracts and analyses one file at a time, so that
// the analysis of a large import runs on every core and the main thread only stores results.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analysis/index';
import { ImportError } from './importError';
import type { FromWorker, ToWorker } from './importWorkerProtocol';
import { prepareArticle } from './prepareArticle';

const port = parentPort;
if (!port) throw new Error('importWorker runs only as a worker thread');
const answers = new Map<number, (known: boolean) => void>();
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'known') {
    answers.get(message.id)?.(message.known);
    answers.delete(message.id);
    return;
  }
  void handle(message.id, message.file);
});

async function handle(id: number, file: string): Promise<void> {
  try {
    const article = await prepareArticle(file);
    const known = await new Promise<boolean>((resolve) => {
      answers.set(id, resolve);
      send({ type: 'hash', id, hash: article.contentHash });
    });
    send({ type: 'prepared', id, article, analysis: known ? null : analyzeArticle(article.body, article.givenTitle) });
  } catch (err) {
    if (err instanceof ImportError) send({ type: 'refused', id, code: err.code, reason: err.message });
    else send({ type: 'refused', id, code: 'FAILED', reason: `the file could not be imported (${(err as Error).message})` });
  }
}
