// Migration 008 on a library of version 7 holding articles (analysed by the analyser and by hand: a quote
// whose pieces are joined, a speaker with diacritics, an entity that never speaks), notes (live and trashed)
// and corrections: the quotes index goes, nothing is lost, the speakers' names are indexed, and a search
// for a speaker's words still finds their quotes, and follows new, re-analysed and removed articles.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import type { Analysis } from '../../../electron/core/analysis/types';
import { packAnalysis } from '../../../electron/core/db/analysisCodec';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { searchIndexWriter } from '../../../electron/core/db/searchIndexWriter';
import { openLibrary, type Library } from '../../../electron/core/library';
import { tempDir } from '../../helpers/temp';
import { addAnalystRows } from '../../helpers/analystRows';
import { keptRows } from '../../helpers/keptRows';

const BODY = 'ALMATY, May 2 – "We will," Minister Ayan Bek said, "open the border crossing." The ministry proposed to build a dam near the crossing.';
const span = (text: string, body = BODY) => ({ text, start: body.indexOf(text), end: body.indexOf(text) + text.length });
const HAND_MADE: Analysis = {
  version: 7,
  summary: [span('ALMATY, May 2')],
  quotes: [
    // Two pieces around the attribution, joined: the text is kept, and "will open" stands together only in it.
    { kind: 'direct', text: 'We will open the border crossing.', start: BODY.indexOf('We will'), end: BODY.indexOf('crossing."') + 9, cue: span('said'), speaker: { name: 'Ayan Bek', mention: span('Minister Ayan Bek') } },
  ],
  proposals: [{ ...span('to build a dam near the crossing'), actor: { name: 'ministry' } }],
  entities: [
    { name: 'Ayan Bek', type: 'person', aliases: [], mentions: [{ start: BODY.indexOf('Ayan'), end: BODY.indexOf('Ayan') + 8 }] },
    { name: 'ALMATY', type: 'place', aliases: [], mentions: [{ start: 0, end: 6 }] },
  ],
};
const SECOND = 'ASTANA, June 3 – "Trade with China will double," Minister Dana Ospan said. The US and the EU welcomed it.';
const THIRD = 'PARIS, June 4 – "Les accords tiendront," said José Martí-Núñez. "We expect the trade to double soon."';
const THIRD_ANALYSIS: Analysis = {
  version: 7,
  summary: [],
  quotes: [
    { kind: 'direct', ...span('Les accords tiendront,', THIRD), cue: null, speaker: { name: 'José Martí-Núñez', mention: span('José Martí-Núñez', THIRD) } },
    { kind: 'direct', ...span('We expect the trade to double soon.', THIRD), cue: null, speaker: { name: 'José Martí-Núñez', mention: span('José Martí-Núñez', THIRD) } },
  ],
  proposals: [],
  entities: [{ name: 'PARIS', type: 'place', aliases: [], mentions: [{ start: 0, end: 5 }] }],
};
const sha = (body: string) => createHash('sha256').update(body).digest('hex');

function libraryAtVersion7(): string {
  const file = join(tempDir(), 'v7.db');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, 7);
  const addArticle = db.prepare("INSERT INTO articles (content_hash, title, date, source, encoding, body, imported_at) VALUES (?, ?, ?, 'Kazinform', 'UTF-8', ?, '2024-06-05T10:00:00.000Z')");
  const addAnalysis = db.prepare("INSERT INTO analyses (article_id, version, packed, analysed_at) VALUES (?, ?, ?, '2024-06-05T10:00:00.000Z')");
  const index = searchIndexWriter(db);
  const add = (title: string, date: string, body: string, analysis: Analysis) => {
    const id = Number(addArticle.run(Buffer.from(sha(body), 'hex'), title, date, body).lastInsertRowid);
    const { packed, index: entries } = packAnalysis(analysis, body);
    addAnalysis.run(id, analysis.version, packed);
    index.write(id, entries);
  };
  add('Border to reopen', '2024-05-02', BODY, HAND_MADE);
  add('Trade to double', '2024-06-03', SECOND, analyzeArticle(SECOND, 'Trade to double'));
  add('Accords', '2024-06-04', THIRD, THIRD_ANALYSIS);
  addArticle.run('bench-4', 'Not analysed yet', null, 'Nothing here about borders.');
  addAnalystRows(db);
  db.close();
  return file;
}

const everything = (db: Database.Database) =>
  keptRows(db, ['articles', 'analyses', 'names', 'entities', 'article_entities', 'passages', 'notes', 'note_revisions', 'corrections']);

/** The names speakers_fts finds for a phrase, by their ids in `names`. */
const speakersNamed = (library: Library, phrase: string) =>
  library.db.prepare('SELECT n.name FROM speakers_fts f JOIN names n ON n.id = f.rowid WHERE speakers_fts MATCH ? ORDER BY n.name').pluck().all(`"${phrase}"`);
const found = (library: Library, query: string, speaker: string) => library.search({ query, speaker }).groups.map((g) => g.article.id);

describe('008_speakers_index', () => {
  it('drops the quotes index, keeps every row, and indexes the names of those who speak', () => {
    const file = libraryAtVersion7();
    const old = new Database(file, { readonly: true });
    const before = everything(old);
    const speaking = old.prepare('SELECT DISTINCT n.name FROM passages p JOIN names n ON n.id = p.speaker_id ORDER BY n.name').pluck().all() as string[];
    old.close();
    expect(speaking).toEqual(expect.arrayContaining(['Ayan Bek', 'Dana Ospan', 'José Martí-Núñez', 'ministry']));

    const library = openLibrary(file);
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_VERSION);
      expect(everything(library.db)).toEqual(before);
      const schema = library.db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'passage%' OR name LIKE 'articles_passages%' ORDER BY name").pluck().all();
      expect(schema).toEqual(['passages', 'passages_by_speaker', 'articles_passages_bd'].sort());
      // Every speaking name, each once, and no name that never speaks (ALMATY, PARIS, the US are entities only).
      const indexed = library.db.prepare('SELECT n.name FROM speakers_fts f JOIN names n ON n.id = f.rowid WHERE speakers_fts MATCH ?').pluck();
      const all = speaking.flatMap((name) => indexed.all(`"${name}"`) as string[]);
      expect(new Set(all)).toEqual(new Set(speaking));
      expect(speakersNamed(library, 'almaty')).toEqual([]);
      expect(speakersNamed(library, 'paris')).toEqual([]);
      library.db.prepare("INSERT INTO speakers_fts (speakers_fts) VALUES ('integrity-check')").run();
      library.db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
      expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      library.close();
    }
  });

  it('leaves a library whose search for a speaker\'s words finds their quotes, as the quotes index did', () => {
    const library = openLibrary(libraryAtVersion7());
    try {
      expect(found(library, 'border', 'Ayan Bek')).toEqual([1]);
      // Any word of the name, in any case, with or without its diacritics; the words of a name in order.
      expect(found(library, 'border', 'bek')).toEqual([1]);
      expect(found(library, 'double', 'jose marti')).toEqual([3]);
      expect(found(library, 'double', 'Núñez')).toEqual([3]);
      expect(found(library, 'double', 'Marti Jose')).toEqual([]);
      expect(found(library, 'double', 'dana ospan')).toEqual([2]);
      // Only what that speaker said: the query is matched in the quote, not in the name or the rest of the body.
      expect(found(library, 'Bek', 'Ayan Bek')).toEqual([]);
      expect(found(library, 'ministry', 'Ayan Bek')).toEqual([]);
      expect(found(library, 'dam', 'ministry')).toEqual([1]);
      expect(found(library, 'double', 'Ayan Bek')).toEqual([]);
      // A phrase that stands together only in the joined quote; a word excluded that the body holds elsewhere
      // but the quote does not, and one the quote holds.
      expect(found(library, '"will open"', 'Ayan Bek')).toEqual([1]);
      expect(found(library, 'border -dam', 'Ayan Bek')).toEqual([1]);
      expect(found(library, 'border -crossing', 'Ayan Bek')).toEqual([]);
      expect(found(library, 'bord* OR grain', 'Ayan Bek')).toEqual([1]);
      const hit = library.search({ query: 'border', speaker: 'Ayan Bek' }).groups[0]!.hits;
      expect(hit).toEqual([expect.objectContaining({ kind: 'quote', speaker: 'Ayan Bek' })]);
      // A joined text is not the body between its offsets: the hit scrolls to the quote.
      expect(hit[0]).toMatchObject({ start: HAND_MADE.quotes[0]!.start, end: HAND_MADE.quotes[0]!.end });
      const second = library.search({ query: 'trade', speaker: 'Martí' }).groups[0]!.hits;
      expect(THIRD.slice(second[0]!.start!, second[0]!.end!)).toBe('trade');
      // Filters still apply.
      expect(found(library, 'double', 'Ospan')).toEqual([2]);
      expect(library.search({ query: 'double', speaker: 'Ospan', from: '2024-06-04' }).groups).toEqual([]);
      expect(() => library.search({ query: 'double', speaker: '--' })).toThrow(/not a name/);
    } finally {
      library.close();
    }
  });

  it('keeps the speakers index in step with new, re-analysed and removed articles', () => {
    const library = openLibrary(libraryAtVersion7());
    try {
      const body = 'ASTANA, June 9 – "The crossing opens on Monday," Minister Ayan Bek said. "Exports resume," said Aru Sadykova.';
      const analysis = analyzeArticle(body, null);
      expect(analysis.quotes.map((q) => q.speaker?.name)).toEqual(['Ayan Bek', 'Aru Sadykova']);
      const id = library.articles.insertWithAnalysis({ contentHash: sha(body), title: 'Crossing opens', date: '2024-06-09', source: null, fileName: null, encoding: 'UTF-8', body }, analysis);
      expect(found(library, 'Monday', 'Ayan Bek')).toEqual([id]);
      expect(found(library, 'exports', 'Sadykova')).toEqual([id]);
      expect(speakersNamed(library, 'ayan bek')).toEqual(['Ayan Bek']);

      // Re-analysed with another speaker: the old name leaves the index when it no longer speaks anywhere.
      library.articles.saveAnalysis(id, { ...analysis, quotes: analysis.quotes.map((q) => (q.speaker?.name === 'Aru Sadykova' ? { ...q, speaker: { ...q.speaker, name: 'Aru Sadyk' } } : q)) });
      expect(speakersNamed(library, 'sadykova')).toEqual([]);
      expect(found(library, 'exports', 'Sadyk')).toEqual([id]);
      // Removed: its speakers who speak nowhere else go; Ayan Bek still speaks in article 1.
      expect(library.articles.remove(id)).toBe('removed');
      expect(speakersNamed(library, 'sadyk')).toEqual([]);
      expect(speakersNamed(library, 'ayan bek')).toEqual(['Ayan Bek']);
      expect(found(library, 'Monday', 'Ayan Bek')).toEqual([]);
      expect(found(library, 'border', 'Ayan Bek')).toEqual([1]);
      // And back when they speak again.
      library.articles.insertWithAnalysis({ contentHash: sha(`${body} `), title: 'Again', date: '2024-06-10', source: null, fileName: null, encoding: 'UTF-8', body: `${body} ` }, analysis);
      expect(speakersNamed(library, 'sadykova')).toEqual(['Aru Sadykova']);
      library.db.prepare("INSERT INTO speakers_fts (speakers_fts) VALUES ('integrity-check')").run();
      expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      library.close();
    }
  });
});
