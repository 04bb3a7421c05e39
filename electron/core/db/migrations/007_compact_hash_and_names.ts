import type { Migration } from './index';

// A smaller library, continued (issue 4: database size <= 3x the text imported):
// - an article's content hash (SHA-256) is kept as its 32 bytes instead of 64 hex characters, in the row
//   and in its unique index (articlesRepository.ts converts at the edge; a key that is not a SHA-256 in
//   hex, as tests and benchmarks use, is kept as it was). About 0.03x the text at any library size.
// - a name is kept twice, not three times: `names` loses its binary UNIQUE index, and the writer finds a
//   name through names_nocase (the index search uses) and compares it exactly (searchIndexWriter.ts, the
//   only writer, inside its caller's transaction, so no second copy of a name can slip in). In a
//   1,000-article library of distinct reporting the names were 0.27x the text.
// The view passage_texts reads `names`; it keeps working because the table is recreated under its name.
export const m007CompactHashAndNames: Migration = {
  name: '007_compact_hash_and_names',
  up(db) {
    db.exec(`
      UPDATE articles SET content_hash = unhex(content_hash)
        WHERE typeof(content_hash) = 'text' AND length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*';

      CREATE TEMP TABLE names_before_007 AS SELECT id, name FROM names;
      DROP TABLE names;
      CREATE TABLE names (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL         -- unique: searchIndexWriter adds a name only when it is not there
      );
      INSERT INTO names (id, name) SELECT id, name FROM names_before_007 ORDER BY id;
      DROP TABLE temp.names_before_007;
      CREATE INDEX names_nocase ON names(name COLLATE NOCASE);
    `);
  },
};
