import type { Analysis } from '../../analysis/types';
import { packAnalysis } from '../analysisCodec';
import { PASSAGES_PER_ARTICLE, searchIndexWriter } from '../searchIndexWriter';
import type { Migration } from './index';

// A smaller library (issue 4: the database was 6.25× the text imported, the target is 3×):
// - analyses keep the analysis packed (analysisCodec.ts: text that repeats the body left out, DEFLATE)
//   in `packed` instead of JSON in `json`; migration 003's json_each triggers go with the old table, and
//   the articles repository fills the search index instead (searchIndexWriter.ts).
// - passages keep offsets into the body instead of a copy of each quote's text (the text is kept only when
//   it is not the body between the offsets); passages_fts reads the text through the view passage_texts.
//   Ids are ranges per article (see PASSAGES_PER_ARTICLE), so neither an article_id nor a note index is needed.
// - speaker and entity names are stored once, in `names`, and entities (a name with a kind) once, in
//   `entities`; passages and article_entities refer to them by id.
const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;
// The triggers below bake the id ranges in: changing PASSAGES_PER_ARTICLE needs a migration of its own.
const PER_ARTICLE = PASSAGES_PER_ARTICLE;
const BATCH = 500;

export const m004CompactAnalysisAndIndex: Migration = {
  name: '004_compact_analysis_and_index',
  up(db) {
    db.exec(`
      DROP TRIGGER notes_index_ai;
      DROP TRIGGER notes_index_au;
      DROP TRIGGER notes_index_ad;
      DROP TRIGGER analyses_index_ai;
      DROP TRIGGER analyses_index_au;
      DROP TRIGGER analyses_index_ad;
      DROP TABLE passages_fts;
      DROP TABLE passages;
      DROP TABLE article_entities;

      CREATE TABLE analyses_packed (
        article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version      INTEGER NOT NULL,
        packed       BLOB NOT NULL,
        analysed_at  TEXT NOT NULL
      );

      CREATE TABLE names (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL UNIQUE
      );
      CREATE INDEX names_nocase ON names(name COLLATE NOCASE);

      -- No foreign key to articles: a cascade would scan passages for every deleted article; the trigger
      -- articles_passages_bd below removes them (by id range) before the article goes.
      CREATE TABLE passages (
        id          INTEGER PRIMARY KEY,  -- article_id × ${PER_ARTICLE} + n for quotes and proposals; −(note id) for notes
        article_id  INTEGER NOT NULL,
        kind        TEXT NOT NULL,        -- 'quote' | 'proposal' | 'note'
        ord         INTEGER NOT NULL,     -- index in the analysis for quotes and proposals; the note's id for notes
        start       INTEGER,              -- offsets into the article body (NULL for notes)
        end_        INTEGER,
        speaker_id  INTEGER,              -- names.id of the quote's speaker or the proposal's actor
        text        TEXT                  -- NULL when it is the body between start and end
      );
      CREATE INDEX passages_by_speaker ON passages(speaker_id) WHERE speaker_id IS NOT NULL;

      CREATE VIEW passage_texts AS
        SELECT p.id AS id, p.article_id AS article_id, coalesce(p.text, substr(a.body, p.start + 1, p.end_ - p.start)) AS text, n.name AS speaker
        FROM passages p JOIN articles a ON a.id = p.article_id LEFT JOIN names n ON n.id = p.speaker_id;

      CREATE VIRTUAL TABLE passages_fts USING fts5(text, speaker, content = 'passage_texts', content_rowid = 'id', ${TOKENIZE});
      INSERT INTO passages_fts (passages_fts, rank) VALUES ('rank', 'bm25(1.0, 2.0)');
      -- The index is told a row's text when it arrives and again before it goes (FTS5 removes what it is told).
      CREATE TRIGGER passages_fts_ai AFTER INSERT ON passages BEGIN
        INSERT INTO passages_fts (rowid, text, speaker) SELECT id, text, speaker FROM passage_texts WHERE id = new.id;
      END;
      CREATE TRIGGER passages_fts_bd BEFORE DELETE ON passages BEGIN
        INSERT INTO passages_fts (passages_fts, rowid, text, speaker) SELECT 'delete', id, text, speaker FROM passage_texts WHERE id = old.id;
      END;
      CREATE TRIGGER passages_fts_bu BEFORE UPDATE ON passages BEGIN
        INSERT INTO passages_fts (passages_fts, rowid, text, speaker) SELECT 'delete', id, text, speaker FROM passage_texts WHERE id = old.id;
      END;
      CREATE TRIGGER passages_fts_au AFTER UPDATE ON passages BEGIN
        INSERT INTO passages_fts (rowid, text, speaker) SELECT id, text, speaker FROM passage_texts WHERE id = new.id;
      END;
      -- Passages read their text from the body, so they leave the index while the body is still there.
      CREATE TRIGGER articles_passages_bd BEFORE DELETE ON articles BEGIN
        DELETE FROM passages WHERE id BETWEEN old.id * ${PER_ARTICLE} AND old.id * ${PER_ARTICLE} + ${PER_ARTICLE - 1};
      END;
      CREATE TRIGGER articles_passages_bu BEFORE UPDATE OF body ON articles BEGIN
        INSERT INTO passages_fts (passages_fts, rowid, text, speaker) SELECT 'delete', id, text, speaker FROM passage_texts
          WHERE id BETWEEN old.id * ${PER_ARTICLE} AND old.id * ${PER_ARTICLE} + ${PER_ARTICLE - 1};
      END;
      CREATE TRIGGER articles_passages_au AFTER UPDATE OF body ON articles BEGIN
        INSERT INTO passages_fts (rowid, text, speaker) SELECT id, text, speaker FROM passage_texts
          WHERE id BETWEEN new.id * ${PER_ARTICLE} AND new.id * ${PER_ARTICLE} + ${PER_ARTICLE - 1};
      END;

      -- An entity is a name with a kind; an article lists the entities it mentions, by id.
      CREATE TABLE entities (
        id       INTEGER PRIMARY KEY,
        name_id  INTEGER NOT NULL,
        type     TEXT NOT NULL,
        UNIQUE (name_id, type)
      );
      CREATE TABLE article_entities (
        article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id   INTEGER NOT NULL,
        mentions    INTEGER NOT NULL,
        PRIMARY KEY (article_id, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_entities_by_entity ON article_entities(entity_id, article_id);

      -- Only live notes are searchable: a note moved to the trash (deleted_at set) leaves the index.
      CREATE TRIGGER notes_index_ai AFTER INSERT ON notes WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO passages (id, article_id, kind, ord, text) VALUES (-new.id, new.article_id, 'note', new.id, new.body);
      END;
      CREATE TRIGGER notes_index_au AFTER UPDATE OF body, deleted_at, article_id ON notes BEGIN
        DELETE FROM passages WHERE id = -old.id;
        INSERT INTO passages (id, article_id, kind, ord, text) SELECT -new.id, new.article_id, 'note', new.id, new.body WHERE new.deleted_at IS NULL;
      END;
      CREATE TRIGGER notes_index_ad AFTER DELETE ON notes BEGIN
        DELETE FROM passages WHERE id = -old.id;
      END;
      INSERT INTO passages (id, article_id, kind, ord, text) SELECT -id, article_id, 'note', id, body FROM notes WHERE deleted_at IS NULL;
    `);

    // Pack every stored analysis and index it, in batches (a statement cannot run while another iterates).
    const batch = db.prepare<[number], { article_id: number; version: number; json: string; analysed_at: string; body: string }>(
      `SELECT s.article_id, s.version, s.json, s.analysed_at, a.body FROM analyses s JOIN articles a ON a.id = s.article_id
       WHERE s.article_id > ? ORDER BY s.article_id LIMIT ${BATCH}`,
    );
    const insert = db.prepare('INSERT INTO analyses_packed (article_id, version, packed, analysed_at) VALUES (?, ?, ?, ?)');
    const index = searchIndexWriter(db);
    for (let after = 0, rows = batch.all(after); rows.length; rows = batch.all(after)) {
      for (const row of rows) {
        const { packed, index: entries } = packAnalysis(JSON.parse(row.json) as Analysis, row.body);
        insert.run(row.article_id, row.version, packed, row.analysed_at);
        index.write(row.article_id, entries);
      }
      after = rows[rows.length - 1]!.article_id;
    }
    db.exec('DROP TABLE analyses; ALTER TABLE analyses_packed RENAME TO analyses;');
  },
};
