// SQL for the article trash: moving an article there keeps its row with its notes, tags, corrections and
// analysis (only `deleted_at` is set), so restoring it loses nothing. Only emptying the trash, which the
// window confirms with the analyst first, deletes articles for good, and then with their notes.
import type { Db } from './openDatabase';

export interface TrashedArticle {
  id: number;
  title: string;
  date: string | null;
  source: string | null;
  deletedAt: string;
  /** Live notes of the article: kept while it is in the trash, deleted with it when the trash is emptied. */
  noteCount: number;
}

export function articleTrashRepository(db: Db) {
  const trash = db.prepare('UPDATE articles SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
  const restore = db.prepare('UPDATE articles SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL');
  const list = db.prepare<[], TrashedArticle>(
    `SELECT a.id, a.title, a.date, a.source, a.deleted_at AS deletedAt,
       (SELECT count(*) FROM notes n WHERE n.article_id = a.id AND n.deleted_at IS NULL) AS noteCount
     FROM articles a WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC, a.id DESC`,
  );
  const trashedIds = db.prepare<[], number>('SELECT id FROM articles WHERE deleted_at IS NOT NULL').pluck();
  const isTrashed = db.prepare<[number], number>('SELECT deleted_at IS NOT NULL FROM articles WHERE id = ?').pluck();
  // Notes have no cascade (the analyst's writing is never removed as a side effect), so emptying the trash
  // names them: their tags, their revisions, then the notes, then the article (the rest cascades).
  const purgeNoteTags = db.prepare('DELETE FROM note_tags WHERE note_id IN (SELECT id FROM notes WHERE article_id = ?)');
  const purgeNoteRevisions = db.prepare('DELETE FROM note_revisions WHERE note_id IN (SELECT id FROM notes WHERE article_id = ?)');
  const purgeNotes = db.prepare('DELETE FROM notes WHERE article_id = ?');
  const purgeArticle = db.prepare('DELETE FROM articles WHERE id = ? AND deleted_at IS NOT NULL');

  return {
    /** Moves the articles to the trash; returns how many were live. */
    moveToTrash(ids: readonly number[], now = new Date()): number {
      return db.transaction(() => ids.reduce((n, id) => n + trash.run(now.toISOString(), id).changes, 0)).immediate();
    },
    restore(ids: readonly number[]): number {
      return db.transaction(() => ids.reduce((n, id) => n + restore.run(id).changes, 0)).immediate();
    },
    list(): TrashedArticle[] {
      return list.all();
    },
    /** Whether the article is in the trash; null when there is no such article. */
    isTrashed(id: number): boolean | null {
      const found = isTrashed.get(id);
      return found === undefined ? null : found === 1;
    },
    /** Deletes every article in the trash for good, with its notes; returns the articles and notes deleted. */
    empty(): { articles: number; notes: number } {
      return db.transaction(() => {
        let notes = 0;
        const ids = trashedIds.all();
        for (const id of ids) {
          purgeNoteTags.run(id);
          purgeNoteRevisions.run(id);
          notes += purgeNotes.run(id).changes;
          purgeArticle.run(id);
        }
        return { articles: ids.length, notes };
      }).immediate();
    },
  };
}

export type ArticleTrashRepository = ReturnType<typeof articleTrashRepository>;
