// Re-analysis after a new analysis version: every stale article is analysed again, once, read a page at a
// time (a whole library's texts at once would be hundreds of megabytes at 100,000 articles), on a thread of
// its own when one can run; articles already current are left as they are; an article that cannot be
// analysed is left stale (and skipped until the next version) without stopping the others; an analysis is
// stored only for the text it was computed from.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, analyzeArticle } from '../../electron/core/analysis/index';
import { packAnalysis } from '../../electron/core/db/analysisCodec';
import { defaultWorkerScript } from '../../electron/core/importer/importJob';
import type { Library } from '../../electron/core/library';
import { reanalyseHere, reanalyseOnThreads, skipArticles, skippedArticles } from '../../electron/core/reanalysis';
import { tempDir, tempLibrary } from '../helpers/temp';

const body = (i: number, filler = '') => `ASTANA, June ${i} – "We will open crossing number ${i}," Minister Ayan Bek said. ${filler}`.repeat(3);
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const EMPTY = { version: ANALYSIS_VERSION, summary: [], quotes: [], proposals: [], entities: [] };
const add = (library: Library, i: number, text = body(i)) =>
  library.articles.insertWithAnalysis({ contentHash: sha(text), title: `Crossing ${i}`, date: null, source: null, fileName: null, encoding: 'UTF-8', body: text }, EMPTY);
const versions = (library: Library) => library.db.prepare('SELECT article_id, version, analysed_at FROM analyses ORDER BY article_id').all() as { article_id: number; version: number; analysed_at: string }[];
/** Articles whose analysis is older than the analyser, or missing. */
const stale = (library: Library) =>
  library.db.prepare('SELECT a.id FROM articles a LEFT JOIN analyses s ON s.article_id = a.id WHERE s.version IS NULL OR s.version < ? ORDER BY a.id').pluck().all(ANALYSIS_VERSION) as number[];

/** `n` articles: every third analysed by an older version, the last one not at all. */
function staleLibrary(n = 23) {
  const { library } = tempLibrary();
  for (let i = 1; i <= n; i++) add(library, i);
  library.db.prepare('UPDATE analyses SET version = 1, analysed_at = ? WHERE article_id % 3 = 0').run('2020-01-01T00:00:00.000Z');
  library.db.prepare('DELETE FROM analyses WHERE article_id = ?').run(n);
  const current = versions(library).filter((v) => v.version === ANALYSIS_VERSION);
  const wanted = [...Array.from({ length: Math.floor((n - 1) / 3) }, (_, k) => 3 * (k + 1)), n];
  return { library, current, wanted };
}

/** A worker script that logs the heap cap and the starting point it was given, says it stored a page of 5
 *  articles after that point, says it is on article `id`, and dies there. */
function dyingScript(id: number): { script: string; runs: () => { cap: number; afterId: number }[] } {
  const dir = tempDir();
  const log = join(dir, 'runs.log');
  const script = join(dir, 'dies.js');
  writeFileSync(log, '');
  writeFileSync(
    script,
    `const t = require('node:worker_threads');
     const after = t.workerData.afterId;
     require('node:fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify({ cap: t.resourceLimits.maxOldGenerationSizeMb, afterId: after }) + '\\n');
     t.parentPort.postMessage({ type: 'ready' });
     t.parentPort.postMessage({ type: 'storing' });
     t.parentPort.postMessage({ type: 'stored', lastId: after + 5, count: 0 });
     t.parentPort.postMessage({ type: 'article', id: ${id} });
     throw new Error('out of memory');`,
  );
  return { script, runs: () => readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { cap: number; afterId: number }) };
}

function quietly<T>(run: () => Promise<T>): Promise<{ result: T; errors: string }> {
  const errors: string[] = [];
  const log = console.error;
  console.error = (...args: unknown[]) => void errors.push(args.join(' '));
  return run()
    .then((result) => ({ result, errors: errors.join('\n') }))
    .finally(() => (console.error = log));
}

describe('re-analysis of stale articles', () => {
  it('stores pages of at most 20 articles, a long article closing its page, and reads each text in turn', async () => {
    const { library } = tempLibrary();
    try {
      const long = body(30, 'Long text. '.repeat(50_000));
      for (let i = 1; i <= 45; i++) add(library, i, i === 30 ? long : body(i));
      library.db.prepare('UPDATE analyses SET version = 1').run();
      skipArticles(library.db, [7]);
      const events: string[] = [];
      const pages: [number, number][] = [];
      const stored = await reanalyseHere(library.db, {
        hooks: { article: (id) => events.push(`a${id}`), stored: (lastId, count) => pages.push([lastId, count]) },
        analyse: () => EMPTY,
      });
      expect(stored).toBe(44);
      expect(events).toEqual(Array.from({ length: 45 }, (_, k) => k + 1).filter((id) => id !== 7).map((id) => `a${id}`));
      // 20 a page, but article 30's 550,000 characters close the page it is in.
      expect(pages).toEqual([[21, 20], [30, 9], [45, 15]]);
      expect(stale(library)).toEqual([7]);
    } finally {
      library.close();
    }
  });

  it('on this thread when no thread can run: every stale article once, the current ones left alone', async () => {
    const { library, current, wanted } = staleLibrary();
    try {
      expect(stale(library)).toEqual(wanted);
      expect(await library.reanalyseStaleInBackground(null)).toBe(wanted.length);
      expect(stale(library)).toEqual([]);
      expect(versions(library)).toHaveLength(23);
      expect(versions(library).filter((v) => current.some((c) => c.article_id === v.article_id))).toEqual(current);
      // The new analyses are the analyser's: the quote of article 6 is found again.
      expect(library.articles.analysis(6)!.quotes.map((q) => q.speaker?.name)).toContain('Ayan Bek');
      expect(await library.reanalyseStale()).toBe(0);
    } finally {
      library.close();
    }
  });

  it('leaves an article whose analysis fails stale, stores the rest, and skips it until the next version', async () => {
    const { library, wanted } = staleLibrary();
    try {
      const failing = (text: string, title: string) => {
        if (title === 'Crossing 6') throw new Error('analyser bug');
        return analyzeArticle(text, title);
      };
      const { result, errors } = await quietly(() => reanalyseHere(library.db, { analyse: failing }));
      expect(result).toBe(wanted.length - 1);
      expect(errors).toMatch(/article 6 could not be analysed again: analyser bug/);
      expect(stale(library)).toEqual([6]);
      expect([...skippedArticles(library.db)]).toEqual([6]);
      expect(await library.reanalyseStale()).toBe(0);
      expect(stale(library)).toEqual([6]);
      // A new analysis version clears the list: the list is kept with the version it was made under.
      library.db.prepare("UPDATE settings SET value = json_set(value, '$.version', 1) WHERE key = 'reanalysisSkipped'").run();
      expect(await library.reanalyseStale()).toBe(1);
    } finally {
      library.close();
    }
  });

  it('stores no analysis for an article removed, or replaced under the same id, since it was read', () => {
    const { library } = tempLibrary();
    try {
      const first = add(library, 1);
      const second = add(library, 2);
      const packed = [first, second].map((articleId) => {
        const a = library.articles.textOf(articleId)!;
        return { articleId, contentHash: a.contentHash, analysis: packAnalysis(analyzeArticle(a.body, a.title), a.body) };
      });
      // Article 2 is removed and a new article takes its id (ids are reused after a delete); article 1 goes.
      expect(library.articles.remove(second)).toBe('removed');
      const other = 'PARIS, June 4 – "Les accords tiendront," said José Martí.';
      expect(add(library, 3, other)).toBe(second);
      expect(library.articles.remove(first)).toBe('removed');
      expect(library.articles.saveAnalyses(packed)).toEqual([]);
      expect(library.articles.analysis(second)).toEqual(EMPTY);
    } finally {
      library.close();
    }
  });

  it('on a thread of its own: done by the thread, the current analyses untouched', async () => {
    const script = defaultWorkerScript();
    expect(script, 'the worker script is built (node scripts/build.mjs)').not.toBeNull();
    const { library, current, wanted } = staleLibrary();
    try {
      expect(await reanalyseOnThreads(library.db, script!)).toEqual({ status: 'done', stored: wanted.length });
      expect(stale(library)).toEqual([]);
      expect(versions(library).filter((v) => current.some((c) => c.article_id === v.article_id))).toEqual(current);
      expect(library.articles.analysis(23)!.quotes.map((q) => q.speaker?.name)).toContain('Ayan Bek');
      expect(await library.reanalyseStaleInBackground(script)).toBe(0);
    } finally {
      library.close();
    }
  });

  it('goes on after the last page stored when a thread dies, with a higher heap cap, and skips an article that ends that too', async () => {
    const { library, wanted } = staleLibrary();
    try {
      const { script, runs } = dyingScript(9);
      const { result, errors } = await quietly(() => reanalyseOnThreads(library.db, script));
      expect(result).toEqual({ status: 'done', stored: 0 });
      expect(errors).toMatch(/the re-analysis thread stopped at article 9: .*out of memory/);
      // The first thread had the import readers' cap, the next ones a higher one; each began after the
      // last page the one before had stored.
      expect(runs()).toEqual([
        { cap: 48, afterId: 0 },
        { cap: 512, afterId: 5 },
        { cap: 512, afterId: 10 },
        { cap: 512, afterId: 15 },
        { cap: 512, afterId: 20 },
      ]);
      // Only the death with the higher cap put the article on the skipped list.
      expect([...skippedArticles(library.db)]).toEqual([9]);
      // The real thread then does every other stale article, and leaves article 9 stale.
      expect(await library.reanalyseStaleInBackground(defaultWorkerScript())).toBe(wanted.length - 1);
      expect(stale(library)).toEqual([9]);
    } finally {
      library.close();
    }
  });

  it('does not skip an article a capped thread died on', async () => {
    const { library } = staleLibrary();
    try {
      // A thread that says it is ready, is on article 12, and dies; then none can start.
      const dir = tempDir();
      const script = join(dir, 'once.js');
      const mark = join(dir, 'started');
      writeFileSync(
        script,
        `const fs = require('node:fs'); const t = require('node:worker_threads');
         if (fs.existsSync(${JSON.stringify(mark)})) throw new Error('cannot start');
         fs.writeFileSync(${JSON.stringify(mark)}, '1');
         t.parentPort.postMessage({ type: 'ready' });
         t.parentPort.postMessage({ type: 'article', id: 12 });
         throw new Error('out of memory');`,
      );
      await quietly(() => reanalyseOnThreads(library.db, script));
      expect([...skippedArticles(library.db)]).toEqual([]);
    } finally {
      library.close();
    }
  });

  it('stops its thread when asked (a restore must move the file), and writes nothing after', async () => {
    const { library, wanted } = staleLibrary(1500);
    try {
      const work = library.reanalyseStaleInBackground(defaultWorkerScript());
      // A second caller shares the run.
      expect(library.reanalyseStaleInBackground(defaultWorkerScript())).toBe(work);
      await expect.poll(() => stale(library).length, { interval: 5, timeout: 20_000 }).toBeLessThan(wanted.length);
      await library.stopBackgroundWork();
      const stored = await work;
      const left = stale(library);
      // A page committed just as the thread was stopped may not have been told: the count can be short.
      expect(stored).toBeLessThanOrEqual(wanted.length - left.length);
      expect(left.length).toBeGreaterThan(0);
      // Stopped for good: the library starts no more background work.
      expect(await library.reanalyseStaleInBackground(defaultWorkerScript())).toBe(0);
      expect(stale(library)).toEqual(left);
    } finally {
      library.close();
    }
  });

  it('stops the work it does itself between pages when the library closes', async () => {
    const { library, wanted } = staleLibrary(600);
    const work = library.reanalyseStaleInBackground(null);
    await new Promise((resolve) => setImmediate(resolve));
    library.close();
    const stored = await work;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(wanted.length);
  });

  it('does the work on this thread when no thread can start', async () => {
    const { library, wanted } = staleLibrary();
    try {
      const { result, errors } = await quietly(() => library.reanalyseStaleInBackground('/nonexistent/importWorker.js'));
      expect(result).toBe(wanted.length);
      expect(errors).toMatch(/the re-analysis thread stopped/);
      expect(stale(library)).toEqual([]);
    } finally {
      library.close();
    }
  });
});
