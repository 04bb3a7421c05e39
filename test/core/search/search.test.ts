// Search over a real library: phrases, prefixes, filters, notes, and what leaves the index.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchError } from '../../../electron/core/search/searchError';
import type { SearchResults } from '../../../electron/core/search/types';
import { tempLibrary } from '../../helpers/temp';
import { importFixtures } from './fixtures';

const titles = (r: SearchResults) => r.groups.map((g) => g.article.title);
const matched = (r: SearchResults) => r.groups.flatMap((g) => g.hits.flatMap((h) => h.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())));

function setup() {
  const { library, dir } = tempLibrary();
  return { library, ids: importFixtures(library, dir) };
}

function setupWithPath() {
  const { library, dir, dbPath } = tempLibrary();
  return { library, dbPath, ids: importFixtures(library, dir) };
}

describe('search', () => {
  it('finds a term in bodies, ranks the article that says it most first, and marks the match', () => {
    const { library } = setup();
    const r = library.search({ query: 'water' });
    expect(titles(r)).toEqual(['Water talks in Tashkent', 'Bridge over the Ishim']);
    expect(matched(r).every((m) => m === 'water')).toBe(true);
    const body = r.groups[1]!.hits.find((h) => h.kind === 'body')!;
    // The offsets point at the matched word in the stored body, for scrolling to it.
    const article = library.articles.get(r.groups[1]!.article.id)!;
    expect(article.body.slice(body.start!, body.end!)).toBe('Water');
  });

  it('matches an exact phrase only where the words stand together', () => {
    const { library } = setup();
    expect(titles(library.search({ query: '"water management"' }))).toEqual(expect.arrayContaining(['Water talks in Tashkent', 'Bridge over the Ishim']));
    expect(titles(library.search({ query: '"management water"' }))).toEqual([]);
    expect(titles(library.search({ query: '"precious resource"' }))).toEqual(['Water talks in Tashkent']);
  });

  it('matches prefixes, and finds quotes by their speaker with the speaker named in the hit', () => {
    const { library } = setup();
    const r = library.search({ query: 'negotiat*' });
    expect(titles(r).sort()).toEqual(['Grain exports grow', 'Water talks in Tashkent']);
    expect(matched(r)).toEqual(expect.arrayContaining(['negotiations', 'negotiated']));
    const quote = library.search({ query: 'Nurtleu' }).groups[0]!.hits.find((h) => h.kind === 'quote')!;
    expect(quote.speaker).toBe('Murat Nurtleu');
  });

  it('shows a quote as a hit when it holds every word searched for, or its speaker is named', () => {
    const { library, ids } = setup();
    const quoteHits = (query: string) => library.search({ query }).groups.filter((g) => g.article.id === ids.bridge)
      .flatMap((g) => g.hits.filter((h) => h.kind === 'quote').map((h) => h.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())));
    // Both words in the quote, and the match inside the quote is what the hit scrolls to.
    const hit = library.search({ query: 'bridge winter' }).groups[0]!.hits.find((h) => h.kind === 'quote')!;
    const body = library.articles.get(ids.bridge)!.body;
    expect(body.slice(hit.start!, hit.end!)).toBe('bridge');
    expect(hit.speaker).toBe('Kassym-Jomart Tokayev');
    // The article holds both words, its quote only one of them: the article is found, the quote is no hit.
    expect(quoteHits('bridge governors')).toEqual([]);
    expect(library.search({ query: 'bridge governors' }).groups.map((g) => g.article.id)).toEqual([ids.bridge]);
    // One word of the quote and the speaker's name; either of two alternatives.
    expect(quoteHits('Kassym river')).toEqual([['river']]);
    expect(quoteHits('autumn OR winter')).toEqual([['winter']]);
  });

  it('filters by speaker: only what that person said', () => {
    const { library, ids } = setup();
    const r = library.search({ query: 'river OR water', speaker: 'Tokayev' });
    expect(r.groups.map((g) => g.article.id)).toEqual([ids.bridge]);
    // The quote, and the commitment it makes ("We will build a new bridge across the Ishim river"), both his.
    expect(r.groups[0]!.hits.map((h) => [h.kind, h.speaker])).toEqual([['quote', 'Kassym-Jomart Tokayev'], ['proposal', 'Kassym-Jomart Tokayev']]);
    expect(library.search({ query: 'water', speaker: 'Saparov' }).groups).toEqual([]);
  });

  it('filters by date range, source, entity and notes', () => {
    const { library, ids } = setup();
    expect(titles(library.search({ query: 'said', from: '2024-01-01' })).sort()).toEqual(['Bridge over the Ishim', 'Water talks in Tashkent']);
    expect(titles(library.search({ query: 'said', from: '2024-04-01', to: '2024-12-31' }))).toEqual(['Water talks in Tashkent']);
    expect(titles(library.search({ query: 'said', to: '2023-12-31' }))).toEqual(['Grain exports grow']);
    expect(titles(library.search({ query: 'said', entity: 'China' }))).toEqual(['Grain exports grow']);
    expect(titles(library.search({ query: 'said', source: 'nobody' }))).toEqual([]);
    expect(library.search({ query: 'said', hasNotes: true }).groups).toEqual([]);
    library.notes.create(ids.trade, 'Check the export figures');
    expect(titles(library.search({ query: 'said', hasNotes: true }))).toEqual(['Grain exports grow']);
  });

  it('keeps a filter\'s articles between searches only while the library is unchanged, by this or another connection', () => {
    const { library, ids, dbPath } = setupWithPath();
    const year = { from: '2024-01-01', to: '2024-12-31' };
    expect(titles(library.search({ query: 'said', ...year })).sort()).toEqual(['Bridge over the Ishim', 'Water talks in Tashkent']);
    // Another connection (as the import's coordinator thread is) moves an article out of the year.
    const other = new Database(dbPath);
    other.prepare('UPDATE articles SET date = ? WHERE id = ?').run('2023-02-01', ids.water);
    other.close();
    expect(titles(library.search({ query: 'said', ...year }))).toEqual(['Bridge over the Ishim']);
    // This connection moves it back.
    library.db.prepare('UPDATE articles SET date = ? WHERE id = ?').run('2024-02-01', ids.water);
    expect(titles(library.search({ query: 'said', ...year })).sort()).toEqual(['Bridge over the Ishim', 'Water talks in Tashkent']);
    expect(titles(library.search({ query: 'said', to: '2023-12-31' }))).toEqual(['Grain exports grow']);
  });

  it('finds notes, and forgets a note once it is moved to the trash', () => {
    const { library, ids } = setup();
    const note = library.notes.create(ids.water, 'Compare with the **Aral** basin agreement');
    const hit = library.search({ query: 'aral' }).groups[0]!;
    expect(hit.article.id).toBe(ids.water);
    expect(hit.hits).toEqual([expect.objectContaining({ kind: 'note', noteId: note.id })]);
    library.notes.update(note.id, 'Compare with the Caspian agreement');
    expect(library.search({ query: 'aral' }).groups).toEqual([]);
    expect(library.search({ query: 'caspian' }).groups).toHaveLength(1);
    library.notes.moveToTrash(note.id);
    expect(library.search({ query: 'caspian' }).groups).toEqual([]);
  });

  it('forgets a removed article: body, title, quotes and entities', () => {
    const { library, ids } = setup();
    expect(library.articles.remove(ids.bridge)).toBe('removed');
    expect(library.search({ query: 'bridge' }).groups).toEqual([]);
    expect(library.search({ query: 'Tokayev' }).groups).toEqual([]);
    expect(library.db.prepare('SELECT count(*) FROM passages WHERE article_id = ?').pluck().get(ids.bridge)).toBe(0);
    expect(library.db.prepare('SELECT count(*) FROM article_entities WHERE article_id = ?').pluck().get(ids.bridge)).toBe(0);
    // FTS5's own check compares each index with its content table and throws when they differ.
    library.db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
    library.db.prepare("INSERT INTO speakers_fts(speakers_fts) VALUES ('integrity-check')").run();
    // An article with notes is kept, so a note is never lost as a side effect.
    library.notes.create(ids.water, 'keep');
    expect(library.articles.remove(ids.water)).toBe('has-notes');
    expect(titles(library.search({ query: 'keep' }))).toEqual(['Water talks in Tashkent']);
  });

  it('re-indexes quotes when an analysis is saved again', () => {
    const { library, ids } = setup();
    const analysis = library.articles.analysis(ids.trade)!;
    library.articles.saveAnalysis(ids.trade, { ...analysis, quotes: analysis.quotes.map((q) => ({ ...q, speaker: q.speaker && { ...q.speaker, name: 'Someone Else' } })) });
    expect(library.search({ query: 'farmers', speaker: 'Saparov' }).groups).toEqual([]);
    expect(library.search({ query: 'farmers', speaker: 'Someone Else' }).groups).toHaveLength(1);
  });

  it('treats FTS5 syntax in the query as text and refuses what cannot be a search, with a reason', () => {
    const { library } = setup();
    // Operators and column names of FTS5 are only words here.
    for (const q of ['water AND', 'NEAR(water', 'body:water', 'water^', 'water (((', 'title : "bridge"']) {
      expect(library.search({ query: q })).toHaveProperty('groups');
    }
    for (const q of ['"', 'a*', '-water', '***', 'OR water', 'water OR', '(((']) {
      expect(() => library.search({ query: q }), q).toThrow(SearchError);
    }
    expect(titles(library.search({ query: 'body:water' }))).toEqual([]);
    expect(() => library.search({ query: '"water' })).toThrow(/not closed/);
    expect(() => library.search({ query: 'water', from: '5 June' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('entity pages', () => {
  it('gather what a person said and proposed and the articles that mention them, newest first', () => {
    const { library, dir } = tempLibrary();
    importFixtures(library, dir);
    const file = join(dir, 'later.txt');
    writeFileSync(file, `date 2024-09-01\nTokayev in Almaty\n\n"We will open the new airport terminal in Almaty next year," Tokayev said. Kassym-Jomart Tokayev proposed to hold a regional summit in Astana.`);
    library.importFiles([file]);
    const page = library.search.entity('kassym-jomart tokayev');
    expect(page.name).toBe('Kassym-Jomart Tokayev');
    expect(page.types).toEqual(['person']);
    const quotes = page.quotes.map((q) => [q.date, q.text]);
    expect(quotes).toContainEqual(['2024-09-01', 'We will open the new airport terminal in Almaty next year,']);
    expect(quotes[quotes.length - 1]).toEqual(['2024-03-05', 'We will build a new bridge across the Ishim river before winter,']);
    // His proposals, newest first: those inside his quotes ("We will open …") as well as the one reported.
    expect(page.proposals.map((p) => [p.date, p.text])).toEqual([
      ['2024-09-01', 'open the new airport terminal in Almaty next year'],
      ['2024-09-01', expect.stringContaining('hold a regional summit in Astana')],
      ['2024-03-05', 'build a new bridge across the Ishim river before winter'],
    ]);
    expect(page.articles.map((a) => a.title)).toEqual(['Tokayev in Almaty', 'Bridge over the Ishim']);
    expect(library.search.entity('Almaty').articles.map((a) => a.date)).toEqual(['2024-09-01', '2024-03-05']);
  });
});
