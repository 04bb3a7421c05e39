// Migration 007 on a library of version 6 holding articles (imported, with SHA-256 content hashes, and
// one with another kind of key), analyses, notes (live and trashed), corrections and names that differ
// only in case: hashes become 32 bytes and read back the same, names keep their ids, nothing is lost,
// duplicates are still recognised and search still finds quotes, entities and notes.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { packAnalysis } from '../../../electron/core/db/analysisCodec';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { searchIndexWriter } from '../../../electron/core/db/searchIndexWriter';
import { openLibrary } from '../../../electron/core/library';
import { tempDir } from '../../helpers/temp';
import { addAnalystRows } from '../../helpers/analystRows';

const BODIES = [
  'ALMATY, May 2 – "We will open the border crossing," Minister Ayan Bek said. The ministry proposed to build a dam.',
  'ASTANA, June 3 – "Trade with China will double," Minister Dana Ospan said. The US and the EU welcomed it.',
  'ASTANA, June 4 – "Grain exports resume," said Us Ospan, a trader. Farmers welcomed the news.',
];
const sha = (body: string) => createHash('sha256').update(body).digest('hex');

function libraryAtVersion6(): string {
  const file = join(tempDir(), 'v6.db');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, 6);
  const addArticle = db.prepare("INSERT INTO articles (content_hash, title, date, source, encoding, body, imported_at) VALUES (?, ?, ?, 'Kazinform', 'UTF-8', ?, '2024-06-05T10:00:00.000Z')");
  const addAnalysis = db.prepare("INSERT INTO analyses (article_id, version, packed, analysed_at) VALUES (?, ?, ?, '2024-06-05T10:00:00.000Z')");
  const index = searchIndexWriter(db);
  BODIES.forEach((body, i) => {
    const id = Number(addArticle.run(sha(body), `Report ${i + 1}`, `2024-06-0${i + 1}`, body).lastInsertRowid);
    const { packed, index: entries } = packAnalysis(analyzeArticle(body, null), body);
    addAnalysis.run(id, 7, packed);
    index.write(id, entries);
  });
  // Keys that are not a SHA-256 in hex stay as they are.
  addArticle.run('bench-4', 'Not analysed yet', null, 'Nothing here about borders.');
  // Names that differ only in case are two names.
  db.prepare("INSERT OR IGNORE INTO names (name) VALUES ('US'), ('Us')").run();
  addAnalystRows(db);
  db.close();
  return file;
}

const everything = (db: Database.Database) => ({
  articles: db.prepare('SELECT id, title, date, source, encoding, body, imported_at FROM articles ORDER BY id').all(),
  analyses: db.prepare('SELECT * FROM analyses ORDER BY article_id').all(),
  names: db.prepare('SELECT id, name FROM names ORDER BY id').all(),
  entities: db.prepare('SELECT * FROM entities ORDER BY id').all(),
  articleEntities: db.prepare('SELECT * FROM article_entities ORDER BY article_id, entity_id').all(),
  passages: db.prepare('SELECT * FROM passages ORDER BY id').all(),
  notes: db.prepare('SELECT * FROM notes ORDER BY id').all(),
  corrections: db.prepare('SELECT * FROM corrections ORDER BY id').all(),
});

describe('007_compact_hash_and_names', () => {
  it('stores SHA-256 hashes as 32 bytes that read back as before, keeps every row and the names ids', () => {
    const file = libraryAtVersion6();
    const old = new Database(file, { readonly: true });
    const before = everything(old);
    const hashesBefore = old.prepare('SELECT content_hash FROM articles ORDER BY id').pluck().all();
    old.close();

    const library = openLibrary(file);
    try {
      expect(schemaVersion(library.db)).toBeGreaterThanOrEqual(7);
      expect(everything(library.db)).toEqual(before);
      expect(library.db.prepare('SELECT typeof(content_hash) FROM articles ORDER BY id').pluck().all()).toEqual(['blob', 'blob', 'blob', 'text']);
      expect(library.db.prepare('SELECT max(length(content_hash)) FROM articles WHERE typeof(content_hash) = ?').pluck().get('blob')).toBe(32);
      expect([1, 2, 3, 4].map((id) => library.articles.get(id)!.contentHash)).toEqual(hashesBefore);
      // A file imported again is still known by its hash.
      BODIES.forEach((body, i) => expect(library.articles.idByHash(sha(body))).toBe(i + 1));
      expect(library.articles.idByHash('bench-4')).toBe(4);
      // Names are kept once each, in names and in names_nocase only.
      expect(library.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'names'").pluck().all()).toEqual(['names_nocase']);
      library.db.prepare("INSERT INTO speakers_fts (speakers_fts) VALUES ('integrity-check')").run();
      expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      library.close();
    }
  });

  it('leaves a library whose search finds quotes, entities and live notes, and that adds names exactly once', () => {
    const library = openLibrary(libraryAtVersion6());
    try {
      expect(library.search({ query: 'border', speaker: 'Ayan Bek' }).groups.map((g) => g.article.id)).toEqual([1]);
      expect(library.search({ query: 'double', speaker: 'dana ospan' }).groups.map((g) => g.article.id)).toEqual([2]);
      expect(library.search({ query: 'welcomed', entity: 'astana' }).groups.map((g) => g.article.id).sort()).toEqual([2, 3]);
      expect(library.search({ query: 'embassy' }).groups[0]!.hits).toEqual([expect.objectContaining({ kind: 'note', noteId: 1 })]);
      expect(library.search({ query: 'customs' }).groups).toEqual([]);
      expect(library.search.entity('ayan bek').quotes.map((q) => q.text)).toContain('We will open the border crossing,');

      // A new article naming the same people reuses their names; a name in another case is its own.
      const names = () => library.db.prepare('SELECT name, count(*) AS n FROM names GROUP BY name ORDER BY name').all() as { name: string; n: number }[];
      const body = 'ASTANA, June 9 – "The crossing opens on Monday," Minister Ayan Bek said. The us delegation agreed.';
      const id = library.articles.insertWithAnalysis({ contentHash: sha(body), title: 'Crossing opens', date: '2024-06-09', source: null, fileName: null, encoding: 'UTF-8', body }, analyzeArticle(body, null));
      expect(names().every((r) => r.n === 1)).toBe(true);
      expect(library.search({ query: 'Monday', speaker: 'Ayan Bek' }).groups.map((g) => g.article.id)).toEqual([id]);
      expect(library.articles.get(id)!.contentHash).toBe(sha(body));
      expect(library.db.prepare('SELECT typeof(content_hash) FROM articles WHERE id = ?').pluck().get(id)).toBe('blob');
      // The writer tells names apart exactly ('us' is not 'US' or 'Us'), and writing again adds none.
      const writer = searchIndexWriter(library.db);
      const entries = { passages: [], entities: ['us', 'US', 'Us', 'Ayan Bek'].map((name) => ({ name, type: 'organization', mentions: 1 })) };
      library.db.transaction(() => writer.write(id, entries))();
      library.db.transaction(() => writer.write(id, entries))();
      expect(names().filter((r) => r.name.toLowerCase() === 'us').map((r) => r.name).sort()).toEqual(['US', 'Us', 'us']);
      expect(names().every((r) => r.n === 1)).toBe(true);
    } finally {
      library.close();
    }
  });
});
