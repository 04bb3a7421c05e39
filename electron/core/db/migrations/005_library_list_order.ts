import type { Migration } from './index';

// The library list is read a page at a time (issue 4: 100,000 articles), newest first by the article's
// date or, without one, the day it was imported. An index on exactly that expression lets SQLite walk the
// list in order and stop at the page, instead of sorting the whole library for each page. The index also
// holds what the list's filter reads (title, source, date), so filtering 100,000 articles scans this index
// (about 12 MB) rather than the articles' rows with their bodies (about 250 MB).
// articleListRepository.ts must use the same expression (LIST_ORDER) for the index to apply.
export const m005LibraryListOrder: Migration = {
  name: '005_library_list_order',
  up(db) {
    db.exec(`CREATE INDEX articles_by_list_order ON articles (coalesce(date, substr(imported_at, 1, 10)) DESC, id DESC, title, source, date);`);
  },
};
