// Reading quotes out of compressed bodies (migration 009): each article's quotes are cut from that
// article's own body, and a person's page holds their newest quotes, in order, with the right text.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { searchRepository } from '../../../electron/core/db/searchRepository';
import type { Library } from '../../../electron/core/library';
import { tempLibrary } from '../../helpers/temp';

const EMPTY = { version: 1, summary: [], quotes: [], proposals: [], entities: [] };
const FILLER = 'The ministry published the figures on its website and answered questions from reporters. '.repeat(4);

/** An article whose quote by Ana Ruiz is `quote`, long enough to be stored compressed. */
function add(library: Library, i: number, date: string, quote: string, after = ''): number {
  const body = `Item ${i}. ${FILLER}"${quote}," said Ana Ruiz. ${FILLER}${after}`;
  const start = body.indexOf(quote);
  const mention = { text: 'Ana Ruiz', start: body.indexOf('Ana Ruiz'), end: body.indexOf('Ana Ruiz') + 8 };
  return library.articles.insertWithAnalysis(
    { contentHash: createHash('sha256').update(body).digest('hex'), title: `Report ${i}`, date, source: 'Desk', fileName: null, encoding: 'UTF-8', body },
    { ...EMPTY, quotes: [{ kind: 'direct', text: quote, start, end: start + quote.length, cue: null, speaker: { name: 'Ana Ruiz', mention } }] },
  );
}

describe('quotes cut from compressed bodies', () => {
  it('finds a speaker\'s words in each article\'s own quote, whichever article comes first', () => {
    const { library } = tempLibrary();
    try {
      const first = add(library, 1, '2024-01-01', 'The harvest will be late this year');
      const second = add(library, 2, '2024-01-02', 'Exports of grain will double by spring');
      const third = add(library, 3, '2024-01-03', 'The harvest will be early in the south');
      expect(library.db.prepare('SELECT count(*) FROM articles WHERE typeof(body) = ?').pluck().get('blob')).toBe(3);
      expect(library.db.prepare('SELECT count(*) FROM passages WHERE text IS NULL').pluck().get()).toBe(3);
      // Read together, in id order: each quote must come from its own body.
      const byId = (a: number, b: number) => a - b;
      const harvest = library.search({ query: 'harvest', speaker: 'Ana Ruiz' }).groups.map((g) => g.article.id);
      expect(harvest.sort(byId)).toEqual([first, third]);
      expect(library.search({ query: 'grain', speaker: 'Ana Ruiz' }).groups.map((g) => g.article.id)).toEqual([second]);
      expect(library.search({ query: '"early in the south"', speaker: 'Ana Ruiz' }).groups.map((g) => g.article.id)).toEqual([third]);
      // Both bodies hold "will" and "double" (so both are read, the older first), only the newer's quote
      // says "will double".
      const older = add(library, 4, '2024-01-04', 'The harvest will be late this year', 'Prices could double.');
      const newer = add(library, 5, '2024-01-05', 'Exports of grain will double by spring');
      const double = library.search({ query: '"will double"', speaker: 'Ana Ruiz' }).groups;
      expect(double.map((g) => g.article.id).sort(byId)).toEqual([second, newer]);
      expect(older).toBeLessThan(newer);
      // Each hit scrolls to the words in its own article's quote.
      for (const group of double) {
        const hit = group.hits.find((h) => h.kind === 'quote')!;
        expect(library.articles.get(group.article.id)!.body.slice(hit.start!, hit.end!)).toMatch(/^will/);
      }
    } finally {
      library.close();
    }
  });

  it('gives a person\'s page their newest quotes first, only as many as asked, each with its own text', () => {
    const { library } = tempLibrary();
    try {
      // Stored out of date order, so the newest are not the last stored.
      const dates = ['2024-03-05', '2024-01-01', '2024-06-30', '2024-02-14', '2024-05-01', '2024-04-01'];
      dates.forEach((date, i) => add(library, i + 1, date, `Quote number ${i + 1} about the harvest`));
      const page = searchRepository(library.db).passagesBy('Ana Ruiz', 'quote', 3);
      expect(page.map((p) => [p.date, p.text])).toEqual([
        ['2024-06-30', 'Quote number 3 about the harvest'],
        ['2024-05-01', 'Quote number 5 about the harvest'],
        ['2024-04-01', 'Quote number 6 about the harvest'],
      ]);
    } finally {
      library.close();
    }
  });
});
