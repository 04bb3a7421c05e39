// Migration 004 on a library of version 3 that holds articles, analyses, notes (live and trashed) and
// corrections: the analyses come out packed and read back identical, nothing else is lost, and search
// still finds quotes by speaker, entities and notes.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { openLibrary } from '../../../electron/core/library';
import { tempDir } from '../../helpers/temp';
import { addAnalystRows } from '../../helpers/analystRows';

const BODY = 'ALMATY, May 2 – "We will open the border crossing," Minister Ayan Bek said. The ministry proposed to build a dam.';
const span = (text: string) => ({ text, start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length });
const QUOTE = span('We will open the border crossing,');
const HAND_MADE = {
  version: 1,
  summary: [span('ALMATY, May 2')],
  quotes: [
    { kind: 'direct', ...QUOTE, cue: span('said'), speaker: { name: 'Ayan Bek', mention: span('Minister Ayan Bek') } },
    // A text that is not the body between its offsets (pieces joined) is kept as it is.
    { kind: 'direct', text: 'We will open it', start: QUOTE.start, end: QUOTE.end, cue: null, speaker: null },
  ],
  proposals: [{ ...span('to build a dam'), actor: { name: 'ministry' } }],
  entities: [{ name: 'Ayan Bek', type: 'person', aliases: ['Bek'], mentions: [{ start: 60, end: 68 }] }, { name: 'ALMATY', type: 'place', aliases: [], mentions: [{ start: 0, end: 6 }] }],
};
const SECOND = 'ASTANA, June 3 – "Trade with 🇨🇳 China will double," Minister Dana Ospan said. Farmers welcomed the news.';

function libraryAtVersion3(): string {
  const file = join(tempDir(), 'v3.db');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, 3);
  const addArticle = db.prepare("INSERT INTO articles (content_hash, title, date, source, encoding, body, imported_at) VALUES (?, ?, ?, 'Kazinform', 'UTF-8', ?, 'now')");
  const addAnalysis = db.prepare("INSERT INTO analyses (article_id, version, json, analysed_at) VALUES (?, ?, ?, '2024-05-02T10:00:00.000Z')");
  addArticle.run('h1', 'Border to reopen', '2024-05-02', BODY);
  addAnalysis.run(1, 1, JSON.stringify(HAND_MADE));
  addArticle.run('h2', 'Trade to double', '2024-06-03', SECOND);
  addAnalysis.run(2, 7, JSON.stringify(analyzeArticle(SECOND, 'Trade to double')));
  addArticle.run('h3', 'Not analysed yet', null, 'Nothing here about borders.');
  addAnalystRows(db);
  db.close();
  return file;
}

describe('004_compact_analysis_and_index', () => {
  it('packs the stored analyses, which read back identical, and keeps notes, corrections and metadata', () => {
    const file = libraryAtVersion3();
    const before = new Database(file, { readonly: true });
    const jsonBefore = before.prepare('SELECT article_id, version, json, analysed_at FROM analyses ORDER BY article_id').all() as { article_id: number; version: number; json: string; analysed_at: string }[];
    const notesBefore = before.prepare('SELECT * FROM notes ORDER BY id').all();
    const correctionsBefore = before.prepare('SELECT * FROM corrections ORDER BY id').all();
    before.close();

    const library = openLibrary(file);
    try {
      expect(schemaVersion(library.db)).toBeGreaterThanOrEqual(4);
      for (const row of jsonBefore) expect(library.articles.analysis(row.article_id)).toEqual(JSON.parse(row.json));
      expect(library.db.prepare('SELECT article_id, version, analysed_at FROM analyses ORDER BY article_id').all()).toEqual(
        jsonBefore.map(({ article_id, version, analysed_at }) => ({ article_id, version, analysed_at })),
      );
      expect(library.db.prepare('SELECT * FROM notes ORDER BY id').all()).toEqual(notesBefore);
      expect(library.db.prepare('SELECT * FROM corrections ORDER BY id').all()).toEqual(correctionsBefore);
      // The article without an analysis stays without one (re-analysis will do it).
      expect(library.articles.analysis(3)).toBeNull();
      // The packed form is far smaller than the JSON it replaces.
      const packed = library.db.prepare('SELECT sum(length(packed)) FROM analyses').pluck().get() as number;
      expect(packed).toBeLessThan(jsonBefore.reduce((n, r) => n + r.json.length, 0) / 2);
      library.db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
      library.db.prepare("INSERT INTO speakers_fts(speakers_fts) VALUES ('integrity-check')").run();
    } finally {
      library.close();
    }
  });

  it('leaves a library whose search finds quotes by speaker, proposals, entities and live notes, and not trashed ones', () => {
    const library = openLibrary(libraryAtVersion3());
    try {
      const quote = library.search({ query: 'border', speaker: 'Ayan Bek' }).groups;
      expect(quote.map((g) => g.article.id)).toEqual([1]);
      // The hit points at the matched word in the body, read from the body through the passage's offsets.
      expect(quote[0]!.hits[0]).toMatchObject({ kind: 'quote', speaker: 'Ayan Bek', start: BODY.indexOf('border'), end: BODY.indexOf('border') + 6 });
      expect(library.db.prepare('SELECT count(*) FROM passages WHERE text IS NULL').pluck().get()).toBeGreaterThan(1);
      // The quote whose text is not the body slice keeps its own text (its words were indexed on their own
      // until migration 008; a search for a speaker's words now matches it in JavaScript).
      expect(library.db.prepare('SELECT text FROM passages WHERE text IS NOT NULL').pluck().all()).toContain('We will open it');
      expect(library.search({ query: 'dam', speaker: 'ministry' }).groups.map((g) => g.hits[0]!.kind)).toEqual(['proposal']);
      expect(library.search({ query: 'double', speaker: 'Dana Ospan' }).groups.map((g) => g.article.id)).toEqual([2]);
      expect(library.search({ query: 'said', entity: 'almaty' }).groups.map((g) => g.article.id)).toEqual([1]);
      expect(library.search({ query: 'embassy' }).groups[0]!.hits).toEqual([expect.objectContaining({ kind: 'note', noteId: 1 })]);
      expect(library.search({ query: 'customs' }).groups).toEqual([]);
      const page = library.search.entity('ayan bek');
      expect(page.types).toEqual(['person']);
      expect(page.quotes.map((q) => q.text)).toEqual(['We will open the border crossing,']);
      // Afterwards the repository keeps the index: a re-analysis replaces the passages, a removal clears them.
      library.articles.saveAnalysis(1, { ...HAND_MADE, quotes: [] } as never);
      expect(library.search({ query: 'border', speaker: 'Ayan Bek' }).groups).toEqual([]);
      expect(library.articles.remove(2)).toBe('removed');
      expect(library.search({ query: 'double' }).groups).toEqual([]);
      expect(library.db.prepare('SELECT count(*) FROM passages WHERE article_id = 2').pluck().get()).toBe(0);
      library.db.prepare("INSERT INTO speakers_fts(speakers_fts) VALUES ('integrity-check')").run();
    } finally {
      library.close();
    }
  });
});
