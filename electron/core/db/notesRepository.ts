// SQL for the analyst's notes. Deleting only sets deleted_at: a note is never removed outright here.
import type { Note } from '../model';
import type { Db } from './openDatabase';

interface NoteRow {
  id: number;
  article_id: number;
  body: string;
  created_at: string;
  updated_at: string;
}

const toNote = (r: NoteRow): Note => ({
  id: r.id,
  articleId: r.article_id,
  body: r.body,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMNS = 'id, article_id, body, created_at, updated_at';

export function notesRepository(db: Db) {
  const forArticle = db.prepare<[number], NoteRow>(
    `SELECT ${COLUMNS} FROM notes WHERE article_id = ? AND deleted_at IS NULL ORDER BY created_at, id`,
  );
  const byId = db.prepare<[number], NoteRow>(`SELECT ${COLUMNS} FROM notes WHERE id = ? AND deleted_at IS NULL`);
  const insert = db.prepare('INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const update = db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL');
  const trash = db.prepare('UPDATE notes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');

  return {
    forArticle(articleId: number): Note[] {
      return forArticle.all(articleId).map(toNote);
    },
    get(id: number): Note | null {
      const row = byId.get(id);
      return row ? toNote(row) : null;
    },
    create(articleId: number, body: string, now = new Date()): Note {
      const at = now.toISOString();
      const info = insert.run(articleId, body, at, at);
      return { id: Number(info.lastInsertRowid), articleId, body, createdAt: at, updatedAt: at };
    },
    /** Returns the saved note, or null when there is no such live note. */
    update(id: number, body: string, now = new Date()): Note | null {
      const info = update.run(body, now.toISOString(), id);
      return info.changes === 1 ? this.get(id) : null;
    },
    moveToTrash(id: number, now = new Date()): boolean {
      return trash.run(now.toISOString(), id).changes === 1;
    },
  };
}

export type NotesRepository = ReturnType<typeof notesRepository>;
