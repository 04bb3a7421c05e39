import type { Migration } from './index';

// Article bodies stored compressed (issue 4: database size <= 3x the text imported; see db/bodyCodec.ts).
// From here on a body is TEXT or a compressed BLOB, and article_body() gives its text either way. Bodies
// already stored stay as they are. Packing them in place was tried (100,000 articles: 17 s) and gave the
// file system back 75 of its ~36,000 pages: each row shrinks inside its page, which stays in the file, so
// only a VACUUM (the whole file rewritten, with as much free disk again) would return the space.
//
// articles_fts is external-content: it reads an article's text from its content table when asked to
// (a 'rebuild', an 'integrity-check'; searches read only the index), so that table must give the text, not
// the stored form. It was `articles` itself; it becomes the view article_texts, which gives the same text
// for every row. FTS5 has no statement to change a table's content option, and dropping the table to
// create it again re-indexes every article (7.9 s at 100,000 articles on the project's machine, with the
// app's window waiting for it). The option lives only in the table's CREATE statement in sqlite_schema,
// nothing in the index depends on it, and the view gives the text the index was built from, so the
// statement is edited in place, by the procedure SQLite documents for schema changes that leave the file's
// content as it is (https://sqlite.org/lang_altertable.html, "making other kinds of table schema changes"):
// writable_schema on, the statement updated, schema_version incremented so every connection reads the new
// schema. The tests check the result with FTS5's own integrity-check, which compares the index with the text
// the view gives.
const OLD_FTS = `CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')`;
const NEW_FTS = `CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content = 'article_texts', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')`;

export const m009CompressedBodies: Migration = {
  name: '009_compressed_bodies',
  up(db) {
    db.exec(`
      CREATE VIEW article_texts AS SELECT id, title, article_body(body) AS body FROM articles;

      DROP TRIGGER articles_fts_ai;
      DROP TRIGGER articles_fts_ad;
      DROP TRIGGER articles_fts_au;
      CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, article_body(new.body));
      END;
      CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, article_body(old.body));
      END;
      CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, article_body(old.body));
        INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, article_body(new.body));
      END;
    `);
    const current = db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'articles_fts'`).pluck().get();
    // Written by migration 003 and never changed since; anything else is not a library this code made.
    if (current !== OLD_FTS) throw new Error(`articles_fts is not as migration 003 created it: ${String(current)}`);
    const version = db.pragma('schema_version', { simple: true }) as number;
    // better-sqlite3 keeps connections in SQLite's defensive mode, which refuses writable_schema.
    db.unsafeMode(true);
    try {
      db.pragma('writable_schema = ON');
      db.prepare(`UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'articles_fts'`).run(NEW_FTS);
      db.pragma(`schema_version = ${version + 1}`);
    } finally {
      db.pragma('writable_schema = OFF');
      db.unsafeMode(false);
    }
  },
};
