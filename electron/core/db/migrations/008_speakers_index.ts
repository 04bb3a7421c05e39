import type { Migration } from './index';

// The quotes index goes (issue 4: database size <= 3x the text imported). passages_fts indexed the words of
// every quote and proposal, 0.39x the text at 100,000 articles and 0.46x at 1,000; a quote is a slice of its
// article's body, which articles_fts already indexes, and since plain searches rank articles by their body
// the quotes index served only a search for one speaker's words. That search now finds the speaker's names
// here, their articles through passages_by_speaker, narrows those to the ones whose body matches the query
// (articles_fts), and matches the quotes' own text in JavaScript, as a plain search matches the quotes of the
// articles it shows (search/speakerSearch.ts).
// speakers_fts holds the names that speak in at least one passage (a third of `names`: entities are named
// there too), so a speaker is found by the words of their name, folded as the other indexes fold them
// ("Tokayev" finds "Kassym-Jomart Tokayev"), without scanning every name (LIKE over 200,000 names took
// 10–19 ms). It is contentless (rowid = the name's id; the name itself stays in `names`) and keeps no column
// sizes: nothing ranks names. FTS5 removes a contentless row by being told its words again, which the
// triggers read from `names`: a name must never change while it is indexed (nothing updates `names`).
// The view passage_texts fed passages_fts only, and goes with it.
const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

/** A name enters the index with its first passage and leaves with its last. */
const ADD_IF_FIRST = (speaker: string) => `
  INSERT INTO speakers_fts (rowid, name) SELECT id, name FROM names
    WHERE id = ${speaker} AND NOT EXISTS (SELECT 1 FROM passages WHERE speaker_id = ${speaker} AND id <> new.id);`;
const REMOVE_IF_LAST = (speaker: string) => `
  INSERT INTO speakers_fts (speakers_fts, rowid, name) SELECT 'delete', id, name FROM names
    WHERE id = ${speaker} AND NOT EXISTS (SELECT 1 FROM passages WHERE speaker_id = ${speaker});`;

export const m008SpeakersIndex: Migration = {
  name: '008_speakers_index',
  up(db) {
    db.exec(`
      DROP TRIGGER passages_fts_ai;
      DROP TRIGGER passages_fts_bd;
      DROP TRIGGER passages_fts_bu;
      DROP TRIGGER passages_fts_au;
      DROP TRIGGER articles_passages_bu;
      DROP TRIGGER articles_passages_au;
      DROP TABLE passages_fts;
      DROP VIEW passage_texts;

      CREATE VIRTUAL TABLE speakers_fts USING fts5(name, content = '', columnsize = 0, ${TOKENIZE});
      CREATE TRIGGER speakers_fts_ai AFTER INSERT ON passages WHEN new.speaker_id IS NOT NULL BEGIN ${ADD_IF_FIRST('new.speaker_id')} END;
      CREATE TRIGGER speakers_fts_ad AFTER DELETE ON passages WHEN old.speaker_id IS NOT NULL BEGIN ${REMOVE_IF_LAST('old.speaker_id')} END;
      CREATE TRIGGER speakers_fts_au AFTER UPDATE OF speaker_id ON passages WHEN old.speaker_id IS NOT new.speaker_id BEGIN
        ${REMOVE_IF_LAST('old.speaker_id')}
        ${ADD_IF_FIRST('new.speaker_id')}
      END;
      INSERT INTO speakers_fts (rowid, name) SELECT id, name FROM names WHERE id IN (SELECT speaker_id FROM passages WHERE speaker_id IS NOT NULL) ORDER BY id;
    `);
  },
};
