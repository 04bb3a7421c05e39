// The library: one open database and the operations the app and the command line share.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from './analysis/index';
import { briefingFacts } from './briefingFacts';
import { applyCorrections } from './corrections';
import { articleListRepository } from './db/articleListRepository';
import { articleTagsRepository } from './db/articleTagsRepository';
import { correctionsRepository } from './db/correctionsRepository';
import { articlesRepository } from './db/articlesRepository';
import { notesRepository } from './db/notesRepository';
import { openDatabase, type Db, type OpenOptions } from './db/openDatabase';
import { settingsRepository } from './db/settingsRepository';
import { ARTICLE_EXTENSIONS, importFiles, type ImportReport } from './importer/importArticle';
import type { Briefing } from './model';
import { createSearch } from './search/searchLibrary';
import { defaultWorkerScript, runImportJob, type ImportJobOptions, type ImportJobReport } from './importer/importJob';
import { resolveAnchor } from './notes/anchor';
import { reanalyseHere, reanalyseOnThreads } from './reanalysis';
// Corrections across the library (issue 14)
import { entityMergesRepository } from './db/entityMergesRepository';
// Article trash, packs, article details (s18-lib).
import { articleTrashRepository } from './db/articleTrashRepository';
import { packsRepository } from './db/packsRepository';
import { articleDetailsRepository } from './db/articleDetailsRepository';

export function openLibrary(file: string, options: OpenOptions = {}) {
  const db: Db = openDatabase(file, options);
  const articles = articlesRepository(db);
  const notes = notesRepository(db);
  const settings = settingsRepository(db);
  const corrections = correctionsRepository(db);
  const articleTags = articleTagsRepository(db);
  const articleList = articleListRepository(db);
  const entityMerges = entityMergesRepository(db);
  /** Background work (re-analysis, imports, the daily check), stopped when the library closes. */
  const background = new AbortController();
  let reanalysis: Promise<number> | null = null;
  /** Work on threads that hold the file (an import's coordinator, the daily check): a file still open on
   *  Windows cannot be moved, so a restore waits for every one of them to end. */
  const running = new Set<Promise<unknown>>();
  const inBackground = <T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const promise = work(background.signal);
    const settled = promise.then(() => undefined, () => undefined);
    running.add(settled);
    void settled.then(() => running.delete(settled));
    return promise;
  };

  return {
    db,
    articles,
    notes,
    settings,
    corrections,
    articleTags,
    /** The library list, a page at a time. */
    articleList,
    // Article trash, named packs, the analyst's edits of an article's details (s18-lib).
    articleTrash: articleTrashRepository(db),
    packs: packsRepository(db),
    articleDetails: articleDetailsRepository(db),
    /** Full-text search over titles, bodies, quotes, proposals and notes, grouped by article. */
    search: createSearch(db),
    /** Names merged into others, and kinds set, across the library (corrections, issue 14). */
    entityMerges,
    briefing(articleId: number): Briefing | null {
      const article = articles.get(articleId);
      if (!article) return null;
      article.tags = articleTags.forArticle(articleId);
      const analysis = applyCorrections(articles.analysis(articleId) ?? analyzeArticle(article.body, article.title), corrections.forArticle(articleId), article.body, entityMerges.state());
      const withAnchors = notes.forArticle(articleId).map((n) => (n.anchor ? { ...n, anchor: resolveAnchor(article.body, n.anchor) } : n));
      return { article, analysis, facts: briefingFacts(analysis), notes: withAnchors };
    },
    importFiles(files: readonly string[]): ImportReport {
      return importFiles(db, files);
    },
    /** Files and folders of every format, analysed on worker threads, with progress and cancel. */
    importPaths(paths: readonly string[], jobOptions: ImportJobOptions = {}): Promise<ImportJobReport> {
      // The workers open the library read-only with the same native binding as this connection. The job
      // is cancelled by its own signal (the analyst) or by the library's (a restore, closing).
      return inBackground((stop) => {
        const signal = jobOptions.signal ? AbortSignal.any([jobOptions.signal, stop]) : stop;
        return runImportJob(db, paths, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), ...jobOptions, signal });
      });
    },
    /** Runs work that holds the file on a thread of its own (the daily check) as the library's background
     *  work: told to stop by the signal, and waited for by stopBackgroundWork. */
    inBackground<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
      return inBackground(work);
    },
    /** Imports the bundled seed articles the first time the library is opened. */
    importSeedsOnce(seedDir: string): ImportReport | null {
      if (settings.getRaw('seedsImported') === 'true') return null;
      const files = readdirSync(seedDir)
        .filter((f) => ARTICLE_EXTENSIONS.some((ext) => f.toLowerCase().endsWith(ext)))
        .sort()
        .map((f) => join(seedDir, f));
      const report = importFiles(db, files);
      settings.setRaw('seedsImported', 'true');
      return report;
    },
    /** Re-analyses the articles whose stored analysis is older than this version (notes are untouched), on
     *  a thread of its own (reanalysis.ts); on this thread, a page at a time between turns of the event loop,
     *  when no thread can run (no built worker script, a library in memory). Resolves with how many were
     *  analysed again and stored. */
    reanalyseStaleInBackground(workerScript: string | null = defaultWorkerScript()): Promise<number> {
      // One run at a time: a second caller shares the first's.
      if (reanalysis) return reanalysis;
      if (background.signal.aborted) return Promise.resolve(0);
      const work = (async () => {
        if (workerScript && !db.memory) {
          const threaded = await reanalyseOnThreads(db, workerScript, options.nativeBinding, background.signal);
          if (threaded.status === 'done') return threaded.stored;
        }
        return reanalyseHere(db, { pause: () => new Promise((resolve) => setImmediate(resolve)), signal: background.signal });
      })();
      reanalysis = work;
      void work.finally(() => (reanalysis = null)).catch(() => undefined);
      return work;
    },
    /** Stops the work this library runs in the background (re-analysis, imports, the daily check) and
     *  waits until its threads have let go of the file: before the file is moved (a restore) or closed. */
    async stopBackgroundWork(): Promise<void> {
      background.abort();
      await Promise.all([reanalysis?.catch(() => undefined), ...running]);
    },
    /** The same, on this thread, without pausing. */
    reanalyseStale(): Promise<number> {
      return reanalyseHere(db);
    },
    close(): void {
      background.abort();
      db.close();
    },
  };
}

export type Library = ReturnType<typeof openLibrary>;
