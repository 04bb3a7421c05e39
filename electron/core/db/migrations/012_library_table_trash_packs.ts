import type { Migration } from './index';

// The library as a sortable table, the article trash and named packs (issue 14, part 3).
// - articles.deleted_at: an article moved to the trash keeps its row, notes, tags and analysis; only
//   emptying the trash deletes it. Every list leaves trashed articles out.
// - The list's order index (005) becomes partial (live articles only): the new column sits after the
//   body, so checking it on the article's row would read the body's pages for every row listed; the
//   partial index answers "live?" by holding only live rows. Title and source orders get their own
//   partial indexes, carrying the columns the list's filter reads, for the same reason. Each also holds
//   deleted_at (always NULL there): SQLite reads an index alone only when it holds every column the query
//   names, the partial index's own condition included.
// - packs and pack_articles: the analyst's named briefing packs, kept across restarts.
export const m012LibraryTableTrashPacks: Migration = {
  name: '012_library_table_trash_packs',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN deleted_at TEXT;
      DROP INDEX IF EXISTS articles_by_list_order;
      CREATE INDEX articles_live_by_list_order ON articles (coalesce(date, substr(imported_at, 1, 10)) DESC, id DESC, title, source, date, deleted_at)
        WHERE deleted_at IS NULL;
      CREATE INDEX articles_live_by_title ON articles (title COLLATE NOCASE, id, source, date, deleted_at) WHERE deleted_at IS NULL;
      CREATE INDEX articles_live_by_source ON articles (coalesce(source, '') COLLATE NOCASE, id, title, source, date, deleted_at) WHERE deleted_at IS NULL;
      CREATE INDEX articles_in_trash ON articles (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE packs (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at  TEXT NOT NULL
      );
      CREATE TABLE pack_articles (
        pack_id     INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
        article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        PRIMARY KEY (pack_id, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX pack_articles_by_article ON pack_articles (article_id);
    `);
  },
};
