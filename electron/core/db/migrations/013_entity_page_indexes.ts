import type { Migration } from './index';

// The entity page counts a name's quotes and proposals per article and dates each article, for the most
// quoted person of a 100,000-article library ~30,000 passages in ~5,400 articles. Measured there, reading
// the passages' rows and the articles' rows (whose bodies fill their pages) cost ~45 ms of CPU; these two
// narrow indexes answer both from the indexes alone (~16 ms):
//  - speaker_passages_by_article: a speaker's passages in article order with their kind (covering);
//  - articles_day_by_id: an article's list day (its date, or the day it was imported; listItem.ts's
//    LIST_ORDER, spelled the same) by id. The query names it (INDEXED BY): given the rowid, SQLite would
//    otherwise read the table's row.
export const m013EntityPageIndexes: Migration = {
  name: '013_entity_page_indexes',
  up(db) {
    db.exec(`
      CREATE INDEX speaker_passages_by_article ON passages (speaker_id, article_id, kind) WHERE speaker_id IS NOT NULL;
      CREATE INDEX articles_day_by_id ON articles (id, coalesce(date, substr(imported_at, 1, 10)));
    `);
  },
};
