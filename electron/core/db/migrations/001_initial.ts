import type { Migration } from './index';

export const m001Initial: Migration = {
  name: '001_initial',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id            INTEGER PRIMARY KEY,
        content_hash  TEXT NOT NULL UNIQUE,
        title         TEXT NOT NULL,
        date          TEXT,
        source        TEXT,
        file_name     TEXT,
        encoding      TEXT NOT NULL,
        body          TEXT NOT NULL,
        imported_at   TEXT NOT NULL
      );
      CREATE INDEX articles_by_date ON articles(date DESC, id DESC);

      CREATE TABLE analyses (
        article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version      INTEGER NOT NULL,
        json         TEXT NOT NULL,
        analysed_at  TEXT NOT NULL
      );

      -- Notes are never deleted outright: deleted_at moves them to a trash.
      CREATE TABLE notes (
        id          INTEGER PRIMARY KEY,
        article_id  INTEGER NOT NULL REFERENCES articles(id),
        body        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      );
      CREATE INDEX notes_by_article ON notes(article_id, created_at);

      CREATE TABLE settings (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      );
    `);
  },
};
