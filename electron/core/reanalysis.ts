// Re-analysis after a new analysis version, on a thread of its own. After an upgrade every article of the
// library is stale: at 100,000 articles that is about a minute of analysis (~0.5 ms an article), which on
// the main thread competed with the window for that minute, and one pathological article (a 300 KB
// run-on paragraph takes seconds) held its event loop for all that time. The thread has its own
// connection, reads the stale articles a page at a time and stores each analysis in its own transaction,
// so the window, an import and a note being saved go on meanwhile (busy_timeout covers the short waits).
// The thread is the import job's worker script, which runs this for the role 'reanalyse'.
import { Worker, type MessagePort } from 'node:worker_threads';
import { analyzeArticle, ANALYSIS_VERSION } from './analysis/index';
import { packAnalysis, type PackedAnalysis } from './db/analysisCodec';
import { articlesRepository, type ArticlesRepository } from './db/articlesRepository';
import { bindingForThreads } from './db/sqliteBinding';
import { openThreadConnection } from './db/threadConnection';
import { READER_LIMITS } from './importer/importWorkerProtocol';

export interface ReanalysisSetup {
  role: 'reanalyse';
  dbPath: string;
  nativeBinding: string | null;
}

/** From the thread: before each article (so that a thread that dies names the article it died on), and
 *  once at the end. */
export type FromReanalysis = { type: 'article'; id: number } | { type: 'finished'; done: number; failed: number[] };

/** Articles read at once. */
const PAGE = 20;

export interface ReanalysisResult {
  done: number;
  /** Articles whose analysis failed: they stay stale, and are tried again at the next start. */
  failed: number[];
}

/** The stale articles of the library, a page at a time, in id order. */
export function* stalePages(articles: ArticlesRepository, page = PAGE): Generator<{ id: number; body: string; title: string }[]> {
  if (!articles.anyStale(ANALYSIS_VERSION)) return;
  for (let rows = articles.staleAnalyses(ANALYSIS_VERSION, 0, page); rows.length; rows = articles.staleAnalyses(ANALYSIS_VERSION, rows.at(-1)!.id, page)) yield rows;
}

/** Analyses the given articles again and stores their analyses in one transaction (each article's analysis
 *  is computed before it, so the library is held only for the writing); `onArticle` hears of each article
 *  before it is analysed. */
export function reanalyse(articles: ArticlesRepository, rows: readonly { id: number; body: string; title: string }[], result: ReanalysisResult, onArticle?: (id: number) => void): void {
  const analysed: { articleId: number; analysis: PackedAnalysis }[] = [];
  for (const a of rows) {
    onArticle?.(a.id);
    try {
      analysed.push({ articleId: a.id, analysis: packAnalysis(analyzeArticle(a.body, a.title), a.body) });
    } catch (err) {
      // An analyser bug on one text: the others go on.
      result.failed.push(a.id);
      console.error(`[analysis] article ${a.id} could not be analysed again: ${(err as Error).message}`);
    }
  }
  // An article removed since it was read is neither done nor failed.
  result.done += articles.saveAnalyses(analysed).length;
}

/** The thread's side. */
export function runReanalysis(port: MessagePort, setup: ReanalysisSetup): void {
  const db = openThreadConnection(setup.dbPath, { nativeBinding: setup.nativeBinding });
  const articles = articlesRepository(db);
  const result: ReanalysisResult = { done: 0, failed: [] };
  for (const rows of stalePages(articles)) reanalyse(articles, rows, result, (id) => port.postMessage({ type: 'article', id } satisfies FromReanalysis));
  db.close();
  port.postMessage({ type: 'finished', ...result } satisfies FromReanalysis);
}

/** What became of a re-analysis on a thread: done; or the thread died (logged, with the article it was
 *  on: the rest waits for the next start, not for this thread, as that article would end it again); or it
 *  never started (no thread could run the script), and the caller may do the work itself. */
export type ThreadedReanalysis = ({ status: 'done' } & ReanalysisResult) | { status: 'died' } | { status: 'unavailable' };

/** Starts the re-analysis on a thread from `script`. */
export function reanalyseOnThread(dbPath: string, script: string, nativeBinding?: string | null): Promise<ThreadedReanalysis> {
  const setup: ReanalysisSetup = { role: 'reanalyse', dbPath, nativeBinding: bindingForThreads(nativeBinding) };
  return new Promise((resolve) => {
    // Capped as the import's readers are: an article that needs more memory ends the thread, not the app.
    const worker = new Worker(script, { workerData: setup, resourceLimits: READER_LIMITS });
    let started = false;
    let at: number | null = null;
    let result: ThreadedReanalysis | null = null;
    worker.on('message', (message: FromReanalysis) => {
      started = true;
      if (message.type === 'article') at = message.id;
      else result = { status: 'done', done: message.done, failed: message.failed };
    });
    worker.on('error', (err: Error & { code?: string }) =>
      console.error(`[analysis] the re-analysis thread stopped${at === null ? '' : ` at article ${at}`}: ${err.code ?? err.name}: ${err.message}`),
    );
    // Every message is emitted before 'exit' (Node's documentation), so the result is in by then.
    worker.on('exit', () => resolve(result ?? { status: started ? 'died' : 'unavailable' }));
  });
}
