// A few analysed articles with different dates, titles, sources and notes, stored directly (no import) so
// that the library table's tests can sort them and know the answer.
import { analyzeArticle } from '../../electron/core/analysis/index';
import type { Library } from '../../electron/core/library';

export const TABLE_ROWS = [
  { title: 'Talks resume in Geneva on the border crossing', date: '2024-03-05', source: 'Reuters', body: 'GENEVA – Talks on the border crossing resumed on Tuesday, officials said. "We are ready," Foreign Minister Anna Berg said.' },
  { title: 'Almaty hub plan presented to investors', date: '2024-01-12', source: 'Kazinform', body: 'ALMATY – The Almaty logistics hub was presented to investors, the ministry said on Friday.' },
  { title: 'Customs union meeting postponed', date: '2023-11-30', source: null, body: 'The customs union meeting was postponed to next month, diplomats said.' },
  { title: 'Bishkek and Tashkent sign water accord', date: '2024-02-20', source: 'AKIpress', body: 'BISHKEK – Kyrgyzstan and Uzbekistan signed a water accord on Tuesday, the government said.' },
];

export function addTableRows(library: Library): number[] {
  return TABLE_ROWS.map((row, i) =>
    library.articles.insertWithAnalysis({ contentHash: `table-${i}`, title: row.title, date: row.date, source: row.source, fileName: `row${i}.txt`, encoding: 'UTF-8', body: row.body }, analyzeArticle(row.body, row.title)),
  );
}
