// Re-analysis after a new analysis version, on a thread of its own. After an upgrade every article of the
// library is stale: at 100,000 articles that is minutes of analysis, which on the main thread competed with
// the window all that time, and one pathological article (a 300 KB run-on paragraph takes seconds) held its
// event loop meanwhile. The thread has its own connection; it reads the stale articles a page at a time
// (a page is 20 articles or 512 KB of stored text, whichever comes first, and at least one article), analyses
// the page and then stores it in one transaction, so the window, an import and a note being saved go on
// meanwhile (busy_timeout covers the short waits).
// An article that cannot be analysed (the analyser throws, or the thread dies on it, out of memory) is put
// on a list kept in the settings with the analysis version, and left stale until the next version: it would
// fail again at every start.
// The thread is the import job's worker script, which runs this for the role 'reanalyse'.
import { Worker, type MessagePort } from 'node:worker_threads';
import { analyzeArticle, ANALYSIS_VERSION } from './analysis/index';
import type { Analysis } from './analysis/types';
import { packAnalysis, type PackedAnalysis } from './db/analysisCodec';
import { articlesRepository, type ArticlesRepository } from './db/articlesRepository';
import type { Db } from './db/openDatabase';
import { settingsRepository } from './db/settingsRepository';
import { bindingForThreads } from './db/sqliteBinding';
import { openThreadConnection } from './db/threadConnection';
import { READER_LIMITS, THREAD_LIMITS } from './importer/importWorkerProtocol';

export interface ReanalysisSetup {
  role: 'reanalyse';
  dbPath: string;
  nativeBinding: string | null;
  /** Articles up to this id were done by an earlier thread of the same run. */
  afterId: number;
}

/** From the thread: `ready` once it runs; `article` before each article is analysed (so that a thread
 *  that dies names the article it died on); `storing` before a page is written (a thread that dies then,
 *  a full disk, names no article); `stored` after it is committed; `finished` at the end. */
export type FromReanalysis =
  | { type: 'ready' }
  | { type: 'article'; id: number }
  | { type: 'storing' }
  | { type: 'stored'; lastId: number; count: number }
  | { type: 'finished' };

/** Articles, and characters of stored text, read and stored at once. */
const PAGE_ARTICLES = 20;
const PAGE_CHARS = 512 * 1024;
/** Threads started for one run: each one after the first skips the article the one before died on. */
const MAX_THREADS = 5;
/** The settings key of the articles left stale for this analysis version: JSON `{ version, ids }`. */
const SKIPPED = 'reanalysisSkipped';

export interface StaleText {
  id: number;
  body: string;
  title: string;
  contentHash: string;
}

/** The articles not to analyse again under this analysis version. */
export function skippedArticles(db: Db): Set<number> {
  const raw = settingsRepository(db).getRaw(SKIPPED);
  const stored = raw ? (JSON.parse(raw) as { version: number; ids: number[] }) : null;
  return new Set(stored?.version === ANALYSIS_VERSION ? stored.ids : []);
}

/** Adds articles to that list. */
export function skipArticles(db: Db, ids: readonly number[]): void {
  if (!ids.length) return;
  const ids_ = [...new Set([...skippedArticles(db), ...ids])].sort((a, b) => a - b);
  settingsRepository(db).setRaw(SKIPPED, JSON.stringify({ version: ANALYSIS_VERSION, ids: ids_ }));
}

/** The stale articles after `afterId`, a page at a time, in id order, without those in `skip`. */
export function* stalePages(articles: ArticlesRepository, skip: ReadonlySet<number>, afterId = 0): Generator<StaleText[]> {
  if (!articles.anyStale(ANALYSIS_VERSION)) return;
  for (let after = afterId; ; ) {
    const found = articles.staleArticles(ANALYSIS_VERSION, after, PAGE_ARTICLES);
    if (!found.length) return;
    let end = 1;
    for (let chars = found[0]!.size; end < found.length && chars + found[end]!.size <= PAGE_CHARS; end++) chars += found[end]!.size;
    const page = found.slice(0, end);
    after = page.at(-1)!.id;
    const texts = page.filter((a) => !skip.has(a.id)).map((a) => articles.textOf(a.id)).filter((t): t is StaleText => t !== null);
    if (texts.length) yield texts;
  }
}

export interface PageResult {
  stored: number;
  /** Articles whose analysis threw. */
  failed: number[];
}

/** What the caller hears of the work: each article before it is analysed, the writing of a page, and the
 *  page once stored. */
export interface ReanalysisHooks {
  article?(id: number): void;
  storing?(): void;
  stored?(lastId: number, count: number): void;
}

/** Analyses a page again and stores it in one transaction (each analysis is computed before it, so the
 *  library is held only for the writing). */
export function reanalysePage(
  articles: ArticlesRepository,
  page: readonly StaleText[],
  hooks: ReanalysisHooks = {},
  analyse: (body: string, title: string) => Analysis = analyzeArticle,
): PageResult {
  const analysed: { articleId: number; contentHash: string; analysis: PackedAnalysis }[] = [];
  const failed: number[] = [];
  for (const a of page) {
    hooks.article?.(a.id);
    try {
      analysed.push({ articleId: a.id, contentHash: a.contentHash, analysis: packAnalysis(analyse(a.body, a.title), a.body) });
    } catch (err) {
      failed.push(a.id);
      console.error(`[analysis] article ${a.id} could not be analysed again: ${(err as Error).message}`);
    }
  }
  hooks.storing?.();
  // An article removed (or replaced) since it was read is neither stored nor failed.
  const stored = articles.saveAnalyses(analysed).length;
  hooks.stored?.(page.at(-1)!.id, stored);
  return { stored, failed };
}

/** The whole re-analysis on the calling thread; returns how many articles were stored. `pause` runs
 *  between pages (the main thread's turn of its event loop, when it does this itself). */
export async function reanalyseHere(db: Db, afterId = 0, hooks: ReanalysisHooks = {}, pause?: () => Promise<void>, signal?: AbortSignal): Promise<number> {
  const articles = articlesRepository(db);
  let stored = 0;
  for (const page of stalePages(articles, skippedArticles(db), afterId)) {
    const result = reanalysePage(articles, page, hooks);
    skipArticles(db, result.failed);
    stored += result.stored;
    await pause?.();
    // Checked before the next page is read: the library may have been closed meanwhile.
    if (signal?.aborted) break;
  }
  return stored;
}

/** The thread's side. */
export function runReanalysis(port: MessagePort, setup: ReanalysisSetup): void {
  port.postMessage({ type: 'ready' } satisfies FromReanalysis);
  const db = openThreadConnection(setup.dbPath, { nativeBinding: setup.nativeBinding });
  void reanalyseHere(db, setup.afterId, {
    article: (id) => port.postMessage({ type: 'article', id } satisfies FromReanalysis),
    storing: () => port.postMessage({ type: 'storing' } satisfies FromReanalysis),
    stored: (lastId, count) => port.postMessage({ type: 'stored', lastId, count } satisfies FromReanalysis),
  }).then(() => {
    db.close();
    port.postMessage({ type: 'finished' } satisfies FromReanalysis);
  });
}

/** What became of a re-analysis on threads: how many articles were stored, or that no thread could run
 *  the script (the caller may then do the work itself). */
export type ThreadedReanalysis = { status: 'done'; stored: number } | { status: 'unavailable' };

/** Re-analyses on a thread from `script`. A thread that dies (logged) had its article put on the skipped
 *  list through `db`, and the next one goes on after the last page stored; the first runs with the readers'
 *  heap cap, the later ones without it, as an article that needs more memory is what usually ends one. */
export async function reanalyseOnThreads(db: Db, script: string, nativeBinding?: string | null, signal?: AbortSignal): Promise<ThreadedReanalysis> {
  let stored = 0;
  let afterId = 0;
  for (let attempt = 0; attempt < MAX_THREADS; attempt++) {
    const run = await oneThread(script, { role: 'reanalyse', dbPath: db.name, nativeBinding: bindingForThreads(nativeBinding), afterId }, attempt === 0, signal);
    stored += run.stored;
    if (signal?.aborted) return { status: 'done', stored };
    if (!run.ready) return attempt === 0 ? { status: 'unavailable' } : { status: 'done', stored };
    if (run.finished) return { status: 'done', stored };
    afterId = run.lastStoredId ?? afterId;
    if (run.diedAt === null) break;
    skipArticles(db, [run.diedAt]);
  }
  return { status: 'done', stored };
}

interface ThreadRun {
  ready: boolean;
  finished: boolean;
  stored: number;
  lastStoredId: number | null;
  /** The article the thread was analysing when it died. */
  diedAt: number | null;
}

/** Runs one thread to its end; `signal` ends it at once (the library is closing: its file must not stay
 *  open in a thread, which on Windows would keep a restore from moving it). */
function oneThread(script: string, setup: ReanalysisSetup, capped: boolean, signal?: AbortSignal): Promise<ThreadRun> {
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: setup, resourceLimits: capped ? READER_LIMITS : THREAD_LIMITS });
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop);
    const run: ThreadRun = { ready: false, finished: false, stored: 0, lastStoredId: null, diedAt: null };
    let at: number | null = null;
    worker.on('message', (message: FromReanalysis) => {
      if (message.type === 'ready') run.ready = true;
      else if (message.type === 'article') at = message.id;
      else if (message.type === 'storing') at = null;
      else if (message.type === 'stored') {
        run.stored += message.count;
        run.lastStoredId = message.lastId;
      } else run.finished = true;
    });
    worker.on('error', (err: Error & { code?: string }) => {
      run.diedAt = at;
      console.error(`[analysis] the re-analysis thread stopped${at === null ? '' : ` at article ${at}`}: ${err.code ?? err.name}: ${err.message}`);
    });
    // Every message is emitted before 'exit' (Node's documentation), so the run is complete by then.
    worker.on('exit', () => {
      signal?.removeEventListener('abort', stop);
      resolve(run);
    });
  });
}
