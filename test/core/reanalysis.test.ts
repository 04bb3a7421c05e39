// Re-analysis after a new analysis version: every stale article is analysed again, once, read a page at a
// time (a whole library's texts at once would be hundreds of megabytes at 100,000 articles), and articles
// already current are left as they are.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION } from '../../electron/core/analysis/index';
import type { Library } from '../../electron/core/library';
import { tempLibrary } from '../helpers/temp';

const body = (i: number) => `ASTANA, June ${i} – "We will open crossing number ${i}," Minister Ayan Bek said. `.repeat(3);
const add = (library: Library, i: number) =>
  library.articles.insertWithAnalysis(
    { contentHash: createHash('sha256').update(body(i)).digest('hex'), title: `Crossing ${i}`, date: null, source: null, fileName: null, encoding: 'UTF-8', body: body(i) },
    { version: ANALYSIS_VERSION, summary: [], quotes: [], proposals: [], entities: [] },
  );
const versions = (library: Library) => library.db.prepare('SELECT article_id, version, analysed_at FROM analyses ORDER BY article_id').all() as { article_id: number; version: number; analysed_at: string }[];

describe('re-analysis of stale articles', () => {
  it('analyses every stale article once, a page at a time, and leaves the current ones alone', async () => {
    const { library } = tempLibrary();
    try {
      for (let i = 1; i <= 23; i++) add(library, i);
      // Every third article was analysed by an older version; article 23 has no analysis at all.
      library.db.prepare('UPDATE analyses SET version = 1, analysed_at = ? WHERE article_id % 3 = 0').run('2020-01-01T00:00:00.000Z');
      library.db.prepare('DELETE FROM analyses WHERE article_id = 23').run();
      const current = versions(library).filter((v) => v.version === ANALYSIS_VERSION);
      const read: number[] = [];
      const page = library.articles.staleAnalyses.bind(library.articles);
      library.articles.staleAnalyses = (version, afterId, limit) => {
        const rows = page(version, afterId, limit);
        expect(rows.length).toBeLessThanOrEqual(limit);
        read.push(...rows.map((r) => r.id));
        return rows;
      };

      expect(await library.reanalyseStaleGradually(2)).toBe(8);
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
});
