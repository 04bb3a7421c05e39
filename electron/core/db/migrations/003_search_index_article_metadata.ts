import type { Migration } from './index';

// Full-text search and import metadata.
// - articles gain author, original path and source format (txt, md, html, pdf, docx).
// - articles_fts indexes titles and bodies as an external-content FTS5 table over `articles`, so the text is
//   stored once; triggers keep it in step with every insert, update and delete of an article.
// - passages holds the searchable pieces of an article that are not its body: quotes with their speakers,
//   proposals with their actors (both read from the stored analysis JSON by triggers on `analyses`, so any
//   code path that saves an analysis keeps the index right) and live notes (by triggers on `notes`, so a note
//   moved to the trash leaves the index in the same transaction). passages_fts indexes them.
// - article_entities lists who and what each article mentions, for the entity filter and entity pages.
const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

// Statements reused by the analysis triggers (row \`new\`) and the back-fill (rows of \`analyses\`).
const passagesFromAnalysis = (src: string, table = '') => {
  const from = (path: string, alias: string) => `FROM ${table ? `${table} AS ${src}, ` : ''}json_each(${src}.json, '${path}') AS ${alias}`;
  return `
  INSERT INTO passages (article_id, kind, ord, start, end_, speaker, text)
    SELECT ${src}.article_id, 'quote', q.key, json_extract(q.value, '$.start'), json_extract(q.value, '$.end'),
           json_extract(q.value, '$.speaker.name'), json_extract(q.value, '$.text')
    ${from('$.quotes', 'q')};
  INSERT INTO passages (article_id, kind, ord, start, end_, speaker, text)
    SELECT ${src}.article_id, 'proposal', p.key, json_extract(p.value, '$.start'), json_extract(p.value, '$.end'),
           json_extract(p.value, '$.actor.name'), json_extract(p.value, '$.text')
    ${from('$.proposals', 'p')};
  INSERT OR IGNORE INTO article_entities (article_id, name, type, mentions)
    SELECT ${src}.article_id, json_extract(e.value, '$.name'), json_extract(e.value, '$.type'),
           coalesce(json_array_length(e.value, '$.mentions'), 0)
    ${from('$.entities', 'e')}
    WHERE json_extract(e.value, '$.name') IS NOT NULL;`;
};

const forgetAnalysis = (articleId: string) => `
  DELETE FROM passages WHERE article_id = ${articleId} AND kind IN ('quote', 'proposal');
  DELETE FROM article_entities WHERE article_id = ${articleId};`;

export const m003SearchIndexArticleMetadata: Migration = {
  name: '003_search_index_article_metadata',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN author TEXT;
      ALTER TABLE articles ADD COLUMN original_path TEXT;
      ALTER TABLE articles ADD COLUMN format TEXT;
      CREATE INDEX articles_by_source ON articles(source COLLATE NOCASE);

      CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content = 'articles', content_rowid = 'id', ${TOKENIZE});
      CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END;
      CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      -- A match in the title counts four times one in the body.
      INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
      INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

      CREATE TABLE passages (
        id          INTEGER PRIMARY KEY,
        article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,     -- 'quote' | 'proposal' | 'note'
        ord         INTEGER NOT NULL,  -- index in the analysis for quotes and proposals; the note's id for notes
        start       INTEGER,           -- offsets into the article body (NULL for notes)
        end_        INTEGER,
        speaker     TEXT,              -- the quote's speaker or the proposal's actor
        text        TEXT NOT NULL
      );
      CREATE INDEX passages_by_article ON passages(article_id, kind);
      CREATE INDEX passages_by_speaker ON passages(speaker COLLATE NOCASE) WHERE speaker IS NOT NULL;
      CREATE INDEX passages_by_note ON passages(ord) WHERE kind = 'note';

      CREATE VIRTUAL TABLE passages_fts USING fts5(text, speaker, content = 'passages', content_rowid = 'id', ${TOKENIZE});
      INSERT INTO passages_fts (passages_fts, rank) VALUES ('rank', 'bm25(1.0, 2.0)');
      CREATE TRIGGER passages_fts_ai AFTER INSERT ON passages BEGIN
        INSERT INTO passages_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
      END;
      CREATE TRIGGER passages_fts_ad AFTER DELETE ON passages BEGIN
        INSERT INTO passages_fts (passages_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
      END;
      CREATE TRIGGER passages_fts_au AFTER UPDATE ON passages BEGIN
        INSERT INTO passages_fts (passages_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
        INSERT INTO passages_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
      END;

      CREATE TABLE article_entities (
        article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        type        TEXT NOT NULL,
        mentions    INTEGER NOT NULL,
        PRIMARY KEY (article_id, name, type)
      ) WITHOUT ROWID;
      CREATE INDEX article_entities_by_name ON article_entities(name COLLATE NOCASE, article_id);

      CREATE TRIGGER analyses_index_ai AFTER INSERT ON analyses BEGIN ${passagesFromAnalysis('new')} END;
      CREATE TRIGGER analyses_index_au AFTER UPDATE OF json ON analyses BEGIN
        ${forgetAnalysis('old.article_id')} ${passagesFromAnalysis('new')}
      END;
      CREATE TRIGGER analyses_index_ad AFTER DELETE ON analyses BEGIN ${forgetAnalysis('old.article_id')} END;

      -- Only live notes are searchable: a note moved to the trash (deleted_at set) leaves the index.
      CREATE TRIGGER notes_index_ai AFTER INSERT ON notes WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO passages (article_id, kind, ord, text) VALUES (new.article_id, 'note', new.id, new.body);
      END;
      CREATE TRIGGER notes_index_au AFTER UPDATE OF body, deleted_at, article_id ON notes BEGIN
        DELETE FROM passages WHERE kind = 'note' AND ord = old.id;
        INSERT INTO passages (article_id, kind, ord, text) SELECT new.article_id, 'note', new.id, new.body WHERE new.deleted_at IS NULL;
      END;
      CREATE TRIGGER notes_index_ad AFTER DELETE ON notes BEGIN
        DELETE FROM passages WHERE kind = 'note' AND ord = old.id;
      END;

      -- Back-fill from what the library already holds (the triggers above fill passages_fts).
      ${passagesFromAnalysis('a', 'analyses')}
      INSERT INTO passages (article_id, kind, ord, text) SELECT article_id, 'note', id, body FROM notes WHERE deleted_at IS NULL;
    `);
  },
};
