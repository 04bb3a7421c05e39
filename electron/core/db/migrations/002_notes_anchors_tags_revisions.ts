import type { Migration } from './index';

// Notes gain an anchor (a passage of the article), revisions and tags; articles gain tags; the analyst's
// corrections of the analysis get a table of their own so re-analysis can re-apply them.
export const m002NotesAnchorsTagsRevisions: Migration = {
  name: '002_notes_anchors_tags_revisions',
  up(db) {
    db.exec(`
      -- JSON {start, end, quote, prefix, suffix}: position plus quoted text and context, so the anchor can be
      -- found again when offsets move; NULL for a note on the whole article.
      ALTER TABLE notes ADD COLUMN anchor_json TEXT;

      CREATE TABLE note_revisions (
        id        INTEGER PRIMARY KEY,
        note_id   INTEGER NOT NULL REFERENCES notes(id),
        body      TEXT NOT NULL,
        saved_at  TEXT NOT NULL
      );
      CREATE INDEX note_revisions_by_note ON note_revisions(note_id, id);
      -- Every existing note starts its history with its current text.
      INSERT INTO note_revisions (note_id, body, saved_at) SELECT id, body, updated_at FROM notes;

      CREATE TABLE tags (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL UNIQUE COLLATE NOCASE
      );
      CREATE TABLE note_tags (
        note_id  INTEGER NOT NULL REFERENCES notes(id),
        tag_id   INTEGER NOT NULL REFERENCES tags(id),
        PRIMARY KEY (note_id, tag_id)
      );
      CREATE TABLE article_tags (
        article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag_id      INTEGER NOT NULL REFERENCES tags(id),
        PRIMARY KEY (article_id, tag_id)
      );

      CREATE TABLE corrections (
        id          INTEGER PRIMARY KEY,
        article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,           -- 'speaker' | 'actor' | 'entity'
        target      TEXT NOT NULL,           -- what is corrected, e.g. the quote's "start:end" or an entity name
        value_json  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        UNIQUE (article_id, kind, target)
      );
    `);
  },
};
