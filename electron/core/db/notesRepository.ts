// SQL for the analyst's notes. Deleting moves a note to the trash (deleted_at); only emptying the trash,
// an explicit act of the analyst, removes notes for good. Every save keeps a revision.
// Write transactions here (as in every repository) are IMMEDIATE: an import stores articles through its
// own connection at the same time, and a deferred transaction that read before that connection committed
// would fail at its first write (SQLITE_BUSY, no waiting) instead of waiting for the lock.
import type { Note, NoteAnchor, NoteListItem, NoteRevision } from '../model';
import type { Db } from './openDatabase';
import { tagIds } from './tagIds';

interface NoteRow {
  id: number;
  article_id: number;
  body: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  anchor_json: string | null;
  tags: string | null;
  article_title?: string;
}

// Saves closer together than this extend the latest revision instead of adding one: a burst of typing,
// saved every half second, becomes one revision rather than hundreds.
export const REVISION_COALESCE_MS = 60_000;

const TAG_SEPARATOR = '\u001f';

const toNote = (r: NoteRow): Note => ({
  id: r.id,
  articleId: r.article_id,
  body: r.body,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  // Stored anchors are positions in the text as it was; callers resolve them against the text as it is.
  anchor: r.anchor_json ? { ...(JSON.parse(r.anchor_json) as NoteAnchor), status: 'exact' } : null,
  tags: r.tags ? r.tags.split(TAG_SEPARATOR).sort((a, b) => a.localeCompare(b)) : [],
});

const SELECT = `SELECT n.id, n.article_id, n.body, n.created_at, n.updated_at, n.deleted_at, n.anchor_json,
  (SELECT group_concat(t.name, char(31)) FROM note_tags nt JOIN tags t ON t.id = nt.tag_id WHERE nt.note_id = n.id) AS tags
  FROM notes n`;

export function notesRepository(db: Db) {
  const forArticle = db.prepare<[number], NoteRow>(`${SELECT} WHERE n.article_id = ? AND n.deleted_at IS NULL ORDER BY n.created_at, n.id`);
  const byId = db.prepare<[number], NoteRow>(`${SELECT} WHERE n.id = ? AND n.deleted_at IS NULL`);
  const listing = db.prepare<[{ trash: number; articleId: number | null }], NoteRow>(
    `SELECT x.*, a.title AS article_title FROM (${SELECT}) x JOIN articles a ON a.id = x.article_id
     WHERE (x.deleted_at IS NOT NULL) = @trash AND (@articleId IS NULL OR x.article_id = @articleId)
       -- All notes leaves out the notes of articles in the trash (they come back with their article).
       AND (@trash = 1 OR @articleId IS NOT NULL OR a.deleted_at IS NULL)
     ORDER BY coalesce(x.deleted_at, x.updated_at) DESC, x.id DESC`,
  );
  const insert = db.prepare('INSERT INTO notes (article_id, body, created_at, updated_at, anchor_json) VALUES (?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL');
  const trash = db.prepare('UPDATE notes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
  const untrash = db.prepare('UPDATE notes SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL');
  const setAnchor = db.prepare('UPDATE notes SET anchor_json = ? WHERE id = ?');
  const lastRevision = db.prepare<[number], { id: number; saved_at: string }>('SELECT id, saved_at FROM note_revisions WHERE note_id = ? ORDER BY id DESC LIMIT 1');
  const addRevision = db.prepare('INSERT INTO note_revisions (note_id, body, saved_at) VALUES (?, ?, ?)');
  const extendRevision = db.prepare('UPDATE note_revisions SET body = ? WHERE id = ?');
  const revisions = db.prepare<[number], { id: number; note_id: number; body: string; saved_at: string }>(
    'SELECT id, note_id, body, saved_at FROM note_revisions WHERE note_id = ? ORDER BY id DESC',
  );
  const revision = db.prepare<[number, number], { body: string }>('SELECT body FROM note_revisions WHERE id = ? AND note_id = ?');
  const tagId = tagIds(db);
  const clearTags = db.prepare('DELETE FROM note_tags WHERE note_id = ?');
  const addTag = db.prepare('INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)');
  const trashed = db.prepare<[], { id: number }>('SELECT id FROM notes WHERE deleted_at IS NOT NULL');
  const purgeTags = db.prepare('DELETE FROM note_tags WHERE note_id = ?');
  const purgeRevisions = db.prepare('DELETE FROM note_revisions WHERE note_id = ?');
  const purgeNote = db.prepare('DELETE FROM notes WHERE id = ? AND deleted_at IS NOT NULL');
  const allTags = db.prepare<[], { name: string; notes: number }>(
    'SELECT t.name, count(n.id) AS notes FROM tags t JOIN note_tags nt ON nt.tag_id = t.id JOIN notes n ON n.id = nt.note_id AND n.deleted_at IS NULL GROUP BY t.id ORDER BY t.name',
  );

  const saveRevision = (noteId: number, body: string, at: Date) => {
    const last = lastRevision.get(noteId);
    // The window runs from the revision's first save, not its last: a long session still makes a new
    // revision every minute, so no earlier text can be overwritten by a later paste.
    if (last && at.getTime() - Date.parse(last.saved_at) < REVISION_COALESCE_MS) extendRevision.run(body, last.id);
    else addRevision.run(noteId, body, at.toISOString());
  };

  const repo = {
    forArticle(articleId: number): Note[] {
      return forArticle.all(articleId).map(toNote);
    },
    get(id: number): Note | null {
      const row = byId.get(id);
      return row ? toNote(row) : null;
    },
    /** Live notes (or, with trash, the deleted ones) across the library, newest first. */
    list(filter: { trash?: boolean; tag?: string; articleId?: number } = {}): NoteListItem[] {
      return listing
        .all({ trash: filter.trash ? 1 : 0, articleId: filter.articleId ?? null })
        .filter((r) => !filter.tag || (r.tags ?? '').split(TAG_SEPARATOR).some((t) => t.toLowerCase() === filter.tag!.toLowerCase()))
        .map((r) => ({ ...toNote(r), articleTitle: r.article_title ?? '', deletedAt: r.deleted_at }));
    },
    create(articleId: number, body: string, anchor: NoteAnchor | null = null, now = new Date()): Note {
      return db.transaction(() => {
        const at = now.toISOString();
        const info = insert.run(articleId, body, at, at, anchor ? JSON.stringify(anchor) : null);
        const id = Number(info.lastInsertRowid);
        addRevision.run(id, body, at);
        return repo.get(id)!;
      }).immediate();
    },
    /** Returns the saved note, or null when there is no such live note. */
    update(id: number, body: string, now = new Date()): Note | null {
      return db.transaction(() => {
        if (update.run(body, now.toISOString(), id).changes !== 1) return null;
        saveRevision(id, body, now);
        return repo.get(id);
      }).immediate();
    },
    setAnchor(id: number, anchor: NoteAnchor | null): void {
      setAnchor.run(anchor ? JSON.stringify(anchor) : null, id);
    },
    setTags(id: number, names: readonly string[]): Note | null {
      return db.transaction(() => {
        if (!repo.get(id)) return null;
        clearTags.run(id);
        for (const name of new Set(names.map((n) => n.trim()).filter(Boolean))) {
          addTag.run(id, tagId(name));
        }
        return repo.get(id);
      }).immediate();
    },
    tags(): { name: string; notes: number }[] {
      return allTags.all();
    },
    revisions(noteId: number): NoteRevision[] {
      return revisions.all(noteId).map((r) => ({ id: r.id, noteId: r.note_id, body: r.body, savedAt: r.saved_at }));
    },
    /** Puts an earlier revision's text back as the note's current text (itself a new revision). */
    restoreRevision(noteId: number, revisionId: number, now = new Date()): Note | null {
      const old = revision.get(revisionId, noteId);
      if (!old) return null;
      return db.transaction(() => {
        if (update.run(old.body, now.toISOString(), noteId).changes !== 1) return null;
        addRevision.run(noteId, old.body, now.toISOString());
        return repo.get(noteId);
      }).immediate();
    },
    moveToTrash(id: number, now = new Date()): boolean {
      return trash.run(now.toISOString(), id).changes === 1;
    },
    restoreFromTrash(id: number): Note | null {
      return untrash.run(id).changes === 1 ? repo.get(id) : null;
    },
    /** Removes the notes in the trash for good, with their revisions and tags. */
    emptyTrash(): number {
      return db.transaction(() => {
        const ids = trashed.all().map((r) => r.id);
        for (const id of ids) {
          purgeTags.run(id);
          purgeRevisions.run(id);
          purgeNote.run(id);
        }
        return ids.length;
      }).immediate();
    },
  };
  return repo;
}

export type NotesRepository = ReturnType<typeof notesRepository>;
