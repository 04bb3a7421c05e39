// The library: one open database and the operations the app and the command line share.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_VERSION, analyzeArticle } from './analysis/index';
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
import { runImportJob, type ImportJobOptions, type ImportJobReport } from './importer/importJob';
import { resolveAnchor } from './notes/anchor';

export function openLibrary(file: string, options: OpenOptions = {}) {
  const db: Db = openDatabase(file, options);
  const articles = articlesRepository(db);
  const notes = notesRepository(db);
  const settings = settingsRepository(db);
  const corrections = correctionsRepository(db);
  const articleTags = articleTagsRepository(db);
  const articleList = articleListRepository(db);
  const reanalyse = (stale: { id: number; body: string; title: string }[]) => {
    for (const a of stale) articles.saveAnalysis(a.id, analyzeArticle(a.body, a.title));
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
    /** Full-text search over titles, bodies, quotes, proposals and notes, grouped by article. */
    search: createSearch(db),
    briefing(articleId: number): Briefing | null {
      const article = articles.get(articleId);
      if (!article) return null;
      article.tags = articleTags.forArticle(articleId);
      const analysis = applyCorrections(articles.analysis(articleId) ?? analyzeArticle(article.body, article.title), corrections.forArticle(articleId));
      const withAnchors = notes.forArticle(articleId).map((n) => (n.anchor ? { ...n, anchor: resolveAnchor(article.body, n.anchor) } : n));
      return { article, analysis, facts: briefingFacts(analysis), notes: withAnchors };
    },
    importFiles(files: readonly string[]): ImportReport {
      return importFiles(db, files);
    },
    /** Files and folders of every format, analysed on worker threads, with progress and cancel. */
    importPaths(paths: readonly string[], jobOptions: ImportJobOptions = {}): Promise<ImportJobReport> {
      // The workers open the library read-only with the same native binding as this connection.
      return runImportJob(db, paths, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), ...jobOptions });
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
    /** As reanalyseStale, in small batches read one at a time, that leave the event loop free between them. */
    async reanalyseStaleGradually(batch = 10): Promise<number> {
      let done = 0;
      for (let page = articles.staleAnalyses(ANALYSIS_VERSION, 0, batch); page.length; page = articles.staleAnalyses(ANALYSIS_VERSION, page.at(-1)!.id, batch)) {
        reanalyse(page);
        done += page.length;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return done;
    },
    /** Re-analyses articles whose stored analysis is older than this version; notes are untouched. */
    reanalyseStale(batch = 100): number {
      let done = 0;
      for (let page = articles.staleAnalyses(ANALYSIS_VERSION, 0, batch); page.length; page = articles.staleAnalyses(ANALYSIS_VERSION, page.at(-1)!.id, batch)) {
        reanalyse(page);
        done += page.length;
      }
      return done;
    },
    close(): void {
      db.close();
    },
  };
}

export type Library = ReturnType<typeof openLibrary>;
