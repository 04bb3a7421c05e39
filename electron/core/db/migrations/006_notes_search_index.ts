import type { Migration } from './index';

// Notes get a full-text index of their own (issue 4: search at 100,000 articles). In passages_fts
// (migration 004) they shared the index of every quote and proposal of the library, so looking for notes
// walked that whole index: for a prefix, an expansion over every quote's words (~2 ms at 100,000 articles,
// twice when a note matched, as bm25 counts the matching documents again). An index of the analyst's
// notes alone is searched in microseconds.
// Only live notes are indexed: its content is the view of live notes, so FTS5's integrity-check holds,
// and a note moved to the trash (deleted_at set) leaves the index.
const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

export const m006NotesSearchIndex: Migration = {
  name: '006_notes_search_index',
  up(db) {
    db.exec(`
      DROP TRIGGER notes_index_ai;
      DROP TRIGGER notes_index_au;
      DROP TRIGGER notes_index_ad;
      DELETE FROM passages WHERE id < 0;

      CREATE VIEW live_notes AS SELECT id, article_id, body FROM notes WHERE deleted_at IS NULL;
      CREATE VIRTUAL TABLE notes_fts USING fts5(body, content = 'live_notes', content_rowid = 'id', ${TOKENIZE});
      -- The index is told a note's text when it becomes live and again before it stops being live or
      -- changes (FTS5 removes what it is told).
      CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
      END;
      CREATE TRIGGER notes_fts_bu BEFORE UPDATE OF body, deleted_at ON notes WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
      END;
      CREATE TRIGGER notes_fts_au AFTER UPDATE OF body, deleted_at ON notes WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
      END;
      CREATE TRIGGER notes_fts_bd BEFORE DELETE ON notes WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
      END;
      INSERT INTO notes_fts (rowid, body) SELECT id, body FROM live_notes;
    `);
  },
};
