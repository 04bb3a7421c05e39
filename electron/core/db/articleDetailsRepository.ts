// SQL for the analyst's edits of an article's details (title, date, source). They are the article's own
// columns, which re-analysis never writes, so an edit survives it; the list, search (the title's
// full-text entry follows through migration 003's trigger) and exports read them from there.
import type { Db } from './openDatabase';

export interface ArticleDetails {
  title: string;
  /** YYYY-MM-DD, or null for an undated article. */
  date: string | null;
  source: string | null;
}

export function articleDetailsRepository(db: Db) {
  const update = db.prepare('UPDATE articles SET title = @title, date = @date, source = @source WHERE id = @id');
  const read = db.prepare<[number], ArticleDetails>('SELECT title, date, source FROM articles WHERE id = ?');
  return {
    /** Stores the details; null when there is no such article. */
    update(id: number, details: ArticleDetails): ArticleDetails | null {
      return db.transaction(() => (update.run({ id, ...details }).changes === 1 ? read.get(id)! : null)).immediate();
    },
  };
}
