// How an article appears in a list (the library, search results, entity pages): the same columns, the
// same row-to-item mapping and the same order wherever articles are listed.
import type { ArticleListItem } from '../model';

/** Newest first: the article's date, or the day it was imported. Migration 005 indexes exactly this
 *  expression (with `id DESC` after it), so a query must spell it the same for the index to apply. */
export const LIST_ORDER = `coalesce(a.date, substr(a.imported_at, 1, 10))`;

/** The columns of a list item, for a query over `articles a`. */
export const LIST_COLUMNS = `a.id, a.title, a.date, a.source, a.imported_at,
  (SELECT count(*) FROM notes n WHERE n.article_id = a.id AND n.deleted_at IS NULL) AS note_count`;

/** The article's tags, sorted, in one column (joined by the unit separator), to add to LIST_COLUMNS. */
export const TAGS_COLUMN = `(SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY t.name)) AS tags`;

export interface ListItemRow {
  id: number;
  title: string;
  date: string | null;
  source: string | null;
  imported_at: string;
  note_count: number;
  /** Present when the query selected TAGS_COLUMN. */
  tags?: string | null;
}

export function toListItem(row: ListItemRow): ArticleListItem {
  const item: ArticleListItem = { id: row.id, title: row.title, date: row.date, source: row.source, importedAt: row.imported_at, noteCount: row.note_count };
  if (row.tags !== undefined) item.tags = row.tags ? row.tags.split('\u001f') : [];
  return item;
}
