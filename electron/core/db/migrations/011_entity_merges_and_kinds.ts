import type { Migration } from './index';

// Library-wide corrections of entities (issue 14): a name merged into another ("B" is one of "A"'s names in
// every article), and a kind set for a name across the library. Names are matched regardless of case, as
// search matches them. Per-article corrections stay in `corrections`.
export const m011EntityMergesAndKinds: Migration = {
  name: '011_entity_merges_and_kinds',
  up(db) {
    db.exec(`
      CREATE TABLE entity_merges (
        alias       TEXT PRIMARY KEY COLLATE NOCASE,   -- the name merged away ("B")
        into_name   TEXT NOT NULL,                     -- the name it now stands for ("A")
        created_at  TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE entity_kinds (
        name        TEXT PRIMARY KEY COLLATE NOCASE,
        type        TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place')),
        created_at  TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
