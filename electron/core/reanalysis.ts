// Re-analysis after a new analysis version, on a thread of its own. After an upgrade every article of the
// library is stale: at 100,000 articles that is minutes of analysis, which on the main thread competed with
// the window all that time, and one pathological article (a 300 KB run-on paragraph takes seconds) held its
// event loop meanwhile. The thread has its own connection; it reads and analyses the stale articles one at a
// time and stores them a page at a time (20 articles or 512 KB of text, whichever comes first), each page in
// one transaction, so the window, an import and a note being saved go on meanwhile (busy_timeout covers the
// short waits).
// An article that cannot be analysed (the analyser throws on it, or a thread with the higher heap cap dies
// on it) is put on a list kept in the settings with the analysis version, and left stale until the next
// version: it would fail again at every start.
// The thread is the import job's worker script, which runs this for the role 'reanalyse'.
import { Worker, type MessagePort, type ResourceLimits } from 'node:worker_threads';
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
  | { type: 'finished' }
  | { type: 'failed'; message: string };

/** Articles, and characters of text, stored at once. */
const PAGE_ARTICLES = 20;
const PAGE_CHARS = 512 * 1024;
/** Threads started for one run. */
const MAX_THREADS = 5;
/** The settings key of the articles left stale for this analysis version: JSON `{ version, ids }`. */
const SKIPPED = 'reanalysisSkipped';

/** The articles not to analyse again under this analysis version. */
export function skippedArticles(db: Db): Set<number> {
  const raw = settingsRepository(db).getRaw(SKIPPED);
  const stored = raw ? (JSON.parse(raw) as { version: number; ids: number[] }) : null;
  return new Set(stored?.version === ANALYSIS_VERSION ? stored.ids : []);
}

/** Adds articles to that list (read and written in one transaction: the main connection and a thread's
 *  may both add). */
export function skipArticles(db: Db, ids: readonly number[]): void {
  if (!ids.length) return;
  db.transaction(() => {
    const merged = [...new Set([...skippedArticles(db), ...ids])].sort((a, b) => a - b);
    settingsRepository(db).setRaw(SKIPPED, JSON.stringify({ version: ANALYSIS_VERSION, ids: merged }));
  }).immediate();
}

/** The ids of the stale articles after `afterId`, in id order, without those in `skip`: only ids, so that
 *  each text is read when its turn comes (and a thread that dies reading it names it). */
export function* staleIds(articles: ArticlesRepository, skip: ReadonlySet<number>, afterId = 0): Generator<number> {
  if (!articles.anyStale(ANALYSIS_VERSION)) return;
  for (let after = afterId; ; ) {
    const found = articles.staleIds(ANALYSIS_VERSION, after, PAGE_ARTICLES);
    if (!found.length) return;
    for (const id of found) {
      after = id;
      if (!skip.has(id)) yield id;
    }
  }
}

/** What the caller hears of the work: each article before it is read and analysed, the writing of a
 *  page, and the page once stored (with the last article id it covers). */
export interface ReanalysisHooks {
  article?(id: number): void;
  storing?(): void;
  stored?(lastId: number, count: number): void;
}

export interface ReanalysisOptions {
  /** Articles up to this id are done. */
  afterId?: number;
  hooks?: ReanalysisHooks;
  /** Runs after each page (the main thread's turn of its event loop, when it does this itself). */
  pause?: () => Promise<void>;
  /** Stops the work after the page in hand: the library is closing. */
  signal?: AbortSignal;
  analyse?: (body: string, title: string) => Analysis;
}

/** The whole re-analysis on the calling thread; returns how many articles were stored. Articles are read
 *  and analysed one at a time and stored a page at a time (PAGE_ARTICLES, or PAGE_CHARS of text), each
 *  page in one transaction written after its analyses are computed, so the library is held only for the
 *  writing. An article whose analysis throws is put on the skipped list. */
export async function reanalyseHere(db: Db, { afterId = 0, hooks = {}, pause, signal, analyse = analyzeArticle }: ReanalysisOptions = {}): Promise<number> {
  const articles = articlesRepository(db);
  let stored = 0;
  let page: { articleId: number; contentHash: string; analysis: PackedAnalysis }[] = [];
  let failed: number[] = [];
  let chars = 0;
  let lastId = afterId;
  const store = async () => {
    hooks.storing?.();
    // An article removed (or replaced) since it was read is neither stored nor failed.
    const count = articles.saveAnalyses(page).length;
    skipArticles(db, failed);
    stored += count;
    hooks.stored?.(lastId, count);
    page = [];
    failed = [];
    chars = 0;
    await pause?.();
  };
  for (const id of staleIds(articles, skippedArticles(db), afterId)) {
    hooks.article?.(id);
    lastId = id;
    const a = articles.textOf(id);
    if (a) {
      try {
        page.push({ articleId: id, contentHash: a.contentHash, analysis: packAnalysis(analyse(a.body, a.title), a.body) });
        chars += a.body.length;
      } catch (err) {
        failed.push(id);
        console.error(`[analysis] article ${id} could not be analysed again: ${(err as Error).message}`);
      }
    }
    if (page.length + failed.length >= PAGE_ARTICLES || chars >= PAGE_CHARS) {
      await store();
      // Checked before the next ids are read: the library may have been closed meanwhile.
      if (signal?.aborted) return stored;
    }
  }
  if (page.length || failed.length) await store();
  return stored;
}

/** The thread's side. `ready` is said once the library is open (its native binding loaded): a thread
 *  that cannot open it never ran, and the caller may do the work itself. */
export function runReanalysis(port: MessagePort, setup: ReanalysisSetup): void {
  const db = openThreadConnection(setup.dbPath, { nativeBinding: setup.nativeBinding });
  port.postMessage({ type: 'ready' } satisfies FromReanalysis);
  void reanalyseHere(db, {
    afterId: setup.afterId,
    hooks: {
      article: (id) => port.postMessage({ type: 'article', id } satisfies FromReanalysis),
      storing: () => port.postMessage({ type: 'storing' } satisfies FromReanalysis),
      stored: (lastId, count) => port.postMessage({ type: 'stored', lastId, count } satisfies FromReanalysis),
    },
  })
    .then(
      () => port.postMessage({ type: 'finished' } satisfies FromReanalysis),
      // A write refused (the library busy past busy_timeout, a full disk): not the article's fault.
      (err: unknown) => port.postMessage({ type: 'failed', message: (err as Error).message } satisfies FromReanalysis),
    )
    .finally(() => db.close());
}

/** What became of a re-analysis on threads: how many articles were stored, or that no thread could run
 *  (the caller may then do the work itself). */
export type ThreadedReanalysis = { status: 'done'; stored: number } | { status: 'unavailable' };

/** Re-analyses on threads from `script`. The first has the import readers' heap cap; when a thread dies on
 *  an article (out of memory, as a rule), the next one goes on after the last page stored with a higher
 *  cap, and an article that ends such a thread too is put on the skipped list. */
export async function reanalyseOnThreads(db: Db, script: string, nativeBinding?: string | null, signal?: AbortSignal): Promise<ThreadedReanalysis> {
  let stored = 0;
  let afterId = 0;
  let capped = true;
  for (let attempt = 0; attempt < MAX_THREADS && !signal?.aborted; attempt++) {
    const setup: ReanalysisSetup = { role: 'reanalyse', dbPath: db.name, nativeBinding: bindingForThreads(nativeBinding), afterId };
    const run = await oneThread(script, setup, capped ? READER_LIMITS : RETRY_LIMITS, signal);
    stored += run.stored;
    if (!run.ready) return attempt === 0 ? { status: 'unavailable' } : { status: 'done', stored };
    if (run.ended || run.diedAt === null) break;
    afterId = run.lastStoredId ?? afterId;
    if (!capped) skipArticles(db, [run.diedAt]);
    capped = false;
  }
  return { status: 'done', stored };
}

/** The heap of a thread started again after one died: well above what an article up to the import's size
 *  limit needs, and still a bound. */
const RETRY_LIMITS = { ...THREAD_LIMITS, maxOldGenerationSizeMb: 512 };

interface ThreadRun {
  ready: boolean;
  /** It finished, or stopped for a reason that is not an article's (logged). */
  ended: boolean;
  stored: number;
  lastStoredId: number | null;
  /** The article the thread was on when it died. */
  diedAt: number | null;
}

/** Runs one thread to its end; `signal` ends it at once (the library is closing: its file must not stay
 *  open in a thread, which on Windows would keep a restore from moving it). */
function oneThread(script: string, setup: ReanalysisSetup, resourceLimits: ResourceLimits, signal?: AbortSignal): Promise<ThreadRun> {
  return new Promise((resolve) => {
    const run: ThreadRun = { ready: false, ended: false, stored: 0, lastStoredId: null, diedAt: null };
    if (signal?.aborted) return resolve(run);
    const worker = new Worker(script, { workerData: setup, resourceLimits });
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop);
    let at: number | null = null;
    let error: (Error & { code?: string }) | null = null;
    worker.on('message', (message: FromReanalysis) => {
      if (message.type === 'ready') run.ready = true;
      else if (message.type === 'article') at = message.id;
      else if (message.type === 'storing') at = null;
      else if (message.type === 'stored') {
        run.stored += message.count;
        run.lastStoredId = message.lastId;
      } else if (message.type === 'failed') {
        run.ended = true;
        console.error(`[analysis] re-analysis stopped: ${message.message}`);
      } else run.ended = true;
    });
    // Kept for 'exit': a thread's error can overtake the messages it sent before it, but every message is
    // emitted before 'exit' (Node's documentation).
    worker.on('error', (err: Error & { code?: string }) => (error = err));
    worker.on('exit', () => {
      signal?.removeEventListener('abort', stop);
      if (!run.ended && !signal?.aborted) {
        run.diedAt = at;
        console.error(`[analysis] the re-analysis thread stopped${at === null ? '' : ` at article ${at}`}: ${error ? `${error.code ?? error.name}: ${error.message}` : 'it ended'}`);
      }
      resolve(run);
    });
  });
}
