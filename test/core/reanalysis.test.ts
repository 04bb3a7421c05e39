// Re-analysis after a new analysis version: every stale article is analysed again, once, read a page at a
// time (a whole library's texts at once would be hundreds of megabytes at 100,000 articles), on a thread of
// its own when one can run, and articles already current are left as they are.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION } from '../../electron/core/analysis/index';
import type { Library } from '../../electron/core/library';
import { defaultWorkerScript } from '../../electron/core/importer/importJob';
import { tempDir, tempLibrary } from '../helpers/temp';

const body = (i: number) => `ASTANA, June ${i} – "We will open crossing number ${i}," Minister Ayan Bek said. `.repeat(3);
const add = (library: Library, i: number) =>
  library.articles.insertWithAnalysis(
    { contentHash: createHash('sha256').update(body(i)).digest('hex'), title: `Crossing ${i}`, date: null, source: null, fileName: null, encoding: 'UTF-8', body: body(i) },
    { version: ANALYSIS_VERSION, summary: [], quotes: [], proposals: [], entities: [] },
  );
const versions = (library: Library) => library.db.prepare('SELECT article_id, version, analysed_at FROM analyses ORDER BY article_id').all() as { article_id: number; version: number; analysed_at: string }[];

describe('re-analysis of stale articles', () => {
  /** 23 articles: every third analysed by an older version, article 23 not at all. */
  const staleLibrary = () => {
    const { library } = tempLibrary();
    for (let i = 1; i <= 23; i++) add(library, i);
    library.db.prepare('UPDATE analyses SET version = 1, analysed_at = ? WHERE article_id % 3 = 0').run('2020-01-01T00:00:00.000Z');
    library.db.prepare('DELETE FROM analyses WHERE article_id = 23').run();
    const read: number[] = [];
    const page = library.articles.staleAnalyses.bind(library.articles);
    library.articles.staleAnalyses = (version, afterId, limit) => {
      const rows = page(version, afterId, limit);
      expect(rows.length).toBeLessThanOrEqual(limit);
      read.push(...rows.map((r) => r.id));
      return rows;
    };
    return { library, read, current: versions(library).filter((v) => v.version === ANALYSIS_VERSION) };
  };

  it('on this thread when no thread can run: every stale article once, a page at a time, the current ones left alone', async () => {
    const { library, read, current } = staleLibrary();
    try {
      expect(await library.reanalyseStaleInBackground(null)).toBe(8);
      expect(read).toEqual([3, 6, 9, 12, 15, 18, 21, 23]);
      expect(versions(library).every((v) => v.version === ANALYSIS_VERSION)).toBe(true);
      // The articles that were current kept their analysis (and its time).
      expect(versions(library).filter((v) => current.some((c) => c.article_id === v.article_id))).toEqual(current);
      // The new analyses are the analyser's: the quote of article 6 is found again.
      expect(library.articles.analysis(6)!.quotes.map((q) => q.speaker?.name)).toContain('Ayan Bek');
      expect(library.reanalyseStale()).toBe(0);
    } finally {
      library.close();
    }
  });

  it('moves past an article that stays stale (its analysis failed), and tries it again next time', async () => {
    const { library, read } = staleLibrary();
    try {
      const save = library.articles.saveAnalyses.bind(library.articles);
      library.articles.saveAnalyses = (items, now) => save(items.filter((i) => i.articleId !== 6), now);
      expect(await library.reanalyseStaleInBackground(null)).toBe(7);
      expect(read).toEqual([3, 6, 9, 12, 15, 18, 21, 23]);
      library.articles.saveAnalyses = save;
      expect(library.reanalyseStale()).toBe(1);
      expect(read.slice(8)).toEqual([6]);
    } finally {
      library.close();
    }
  });

  it('on a thread of its own: this thread reads no article, and the analyses are stored all the same', async () => {
    const script = defaultWorkerScript();
    expect(script, 'the worker script is built (node scripts/build.mjs)').not.toBeNull();
    const { library, read, current } = staleLibrary();
    try {
      expect(await library.reanalyseStaleInBackground(script)).toBe(8);
      expect(read).toEqual([]);
      expect(versions(library).every((v) => v.version === ANALYSIS_VERSION)).toBe(true);
      expect(versions(library).filter((v) => current.some((c) => c.article_id === v.article_id))).toEqual(current);
      expect(library.articles.analysis(23)!.quotes.map((q) => q.speaker?.name)).toContain('Ayan Bek');
      expect(await library.reanalyseStaleInBackground(script)).toBe(0);
    } finally {
      library.close();
    }
  });

  it('does not take over from a thread that died on an article (the article would end this one too), and says which', async () => {
    const { library, read } = staleLibrary();
    const script = join(tempDir(), 'dies.js');
    // A thread that starts on article 3 and dies there, as an article that runs it out of memory would.
    writeFileSync(script, "require('node:worker_threads').parentPort.postMessage({ type: 'article', id: 3 }); throw new Error('out of memory');");
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      expect(await library.reanalyseStaleInBackground(script)).toBe(0);
      expect(read).toEqual([]);
      expect(errors.join('\n')).toMatch(/the re-analysis thread stopped at article 3: .*out of memory/);
    } finally {
      console.error = log;
      library.close();
    }
  });

  it('falls back to this thread when the thread cannot start', async () => {
    const { library, read } = staleLibrary();
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      expect(await library.reanalyseStaleInBackground('/nonexistent/importWorker.js')).toBe(8);
      expect(read).toHaveLength(8);
      expect(errors.join('\n')).toMatch(/the re-analysis thread stopped/);
    } finally {
      console.error = log;
      library.close();
    }
  });
});
