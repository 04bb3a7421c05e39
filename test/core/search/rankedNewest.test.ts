// Past a number of matching articles, only the most recently imported ones are ranked, and the results
// say so; filters still apply to them, and notes are always searched.
import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../electron/core/search/searchLibrary';
import { tempLibrary } from '../../helpers/temp';

const EMPTY = { version: 1, summary: [], quotes: [], proposals: [], entities: [] };

function libraryOf(n: number, quoteOf = (_i: number) => 'harvest will grow') {
  const { library } = tempLibrary();
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    // The oldest article says "harvest" most often, so bm25 over every match would rank it first.
    const body = `Item ${i}: the harvest ${i === 0 ? 'harvest harvest harvest' : 'report'} from the ${i % 2 ? 'north' : 'south'}.`;
    const quote = quoteOf(i);
    const withQuote = `${body} "${quote}," said Ana Ruiz.`;
    const start = withQuote.indexOf(quote);
    ids.push(library.articles.insertWithAnalysis(
      { contentHash: `h${i}`, title: `Report ${i}`, date: `2024-01-${String(1 + i).padStart(2, '0')}`, source: 'Desk', fileName: null, encoding: 'UTF-8', body: withQuote },
      { ...EMPTY, quotes: [{ kind: 'direct', text: quote, start, end: start + quote.length, cue: null, speaker: { name: 'Ana Ruiz', mention: { text: 'Ana Ruiz', start: withQuote.indexOf('Ana'), end: withQuote.indexOf('Ana') + 8 } } }] },
    ));
  }
  return { library, ids };
}

describe('ranking among the newest matches', () => {
  it('ranks all matches when there are few, and only the newest N past that, saying so', () => {
    const { library, ids } = libraryOf(8);
    const all = createSearch(library.db, { rankedNewest: 100 })({ query: 'harvest' });
    expect(all.rankedAmongNewest).toBeNull();
    expect(all.groups[0]!.article.id).toBe(ids[0]);
    expect(all.groups).toHaveLength(8);

    const newest = createSearch(library.db, { rankedNewest: 3 })({ query: 'harvest' });
    expect(newest.rankedAmongNewest).toBe(3);
    expect(newest.more).toBe(true);
    expect(newest.groups.map((g) => g.article.id).sort((a, b) => a - b)).toEqual(ids.slice(-3));
    // Quotes too: only those of the newest articles whose quotes match.
    const quotes = createSearch(library.db, { rankedNewest: 2 })({ query: 'grow', speaker: 'Ana Ruiz' });
    expect(quotes.groups.map((g) => g.article.id).sort((a, b) => a - b)).toEqual(ids.slice(-2));
    expect(quotes.rankedAmongNewest).toBe(2);
  });

  it('counts the newest among the filtered matches, and always searches notes', () => {
    const { library, ids } = libraryOf(8);
    const search = createSearch(library.db, { rankedNewest: 2 });
    const south = search({ query: 'harvest', from: '2024-01-01', to: '2024-01-05' });
    // Articles 0–4 pass the date filter; the two newest of them are 3 and 4.
    expect(south.groups.map((g) => g.article.id).sort((a, b) => a - b)).toEqual([ids[3], ids[4]]);
    const note = library.notes.create(ids[0]!, 'harvest figures to check');
    const withNote = search({ query: 'figures' });
    expect(withNote.groups.map((g) => g.article.id)).toEqual([ids[0]]);
    expect(withNote.groups[0]!.hits[0]).toMatchObject({ kind: 'note', noteId: note.id });
  });

  it('ranks quotes only of the articles ranked, when the articles are cut', () => {
    // Only the two oldest articles quote the harvest: without one cut-off for both indexes, their quotes
    // would bring the oldest articles back among the results.
    const { library, ids } = libraryOf(8, (i) => (i < 2 ? 'the harvest will grow' : 'rain will come'));
    const r = createSearch(library.db, { rankedNewest: 3 })({ query: 'harvest' });
    expect(r.rankedAmongNewest).toBe(3);
    expect(r.groups.map((g) => g.article.id).sort((a, b) => a - b)).toEqual(ids.slice(-3));
    expect(createSearch(library.db, { rankedNewest: 100 })({ query: 'harvest' }).groups[0]!.hits.map((h) => h.kind)).toEqual(['body', 'quote']);
  });

  it('ranks an article with a matching note among the best, however few notes the library holds', () => {
    const { library } = tempLibrary();
    const add = (i: number, body: string) => library.articles.insertWithAnalysis(
      { contentHash: `n${i}`, title: `Dispatch ${i}`, date: '2024-02-01', source: 'Desk', fileName: null, encoding: 'UTF-8', body }, EMPTY);
    for (let i = 0; i < 60; i++) add(i, `The embassy said the talks went on. The embassy staff stayed. Item ${i}.`);
    const quiet = add(99, 'Grain prices rose in the north.');
    library.notes.create(quiet, 'Ask the embassy about grain quotas');
    const r = library.search({ query: 'embassy', limit: 10 });
    expect(r.groups[0]!.article.id).toBe(quiet);
    expect(r.groups[0]!.hits.map((h) => h.kind)).toEqual(['note']);
  });
});

