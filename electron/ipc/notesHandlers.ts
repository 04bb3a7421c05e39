// Handlers for the analyst's own work: notes (anchored, tagged, with revisions and a trash), corrections
// of the analysis, and backups of the library.
import { makeAnchor } from '../core/notes/anchor';
import type { HandlerDeps, Handlers } from './handlers';
import { HandlerError } from './handlerError';

type NoteChannels =
  | 'briefing:create-note'
  | 'briefing:save-note'
  | 'briefing:delete-note'
  | 'briefing:set-note-tags'
  | 'briefing:set-article-tags'
  | 'briefing:list-notes'
  | 'briefing:list-tags'
  | 'briefing:note-revisions'
  | 'briefing:restore-revision'
  | 'briefing:restore-note'
  | 'briefing:empty-trash'
  | 'briefing:list-backups'
  | 'briefing:restore-backup'
  | 'briefing:correct'
  | 'briefing:undo-correction';

const noNote = (id: number) => new HandlerError('NOT_FOUND', `There is no note ${id}; it may have been deleted.`);

export function notesHandlers({ library, backups }: HandlerDeps): Pick<Handlers, NoteChannels> {
  return {
    'briefing:create-note': ({ articleId, body, anchor }) => {
      const article = library.articles.get(articleId);
      if (!article) throw new HandlerError('NOT_FOUND', `There is no article ${articleId}.`);
      if (anchor && !(anchor.end > anchor.start && anchor.end <= article.body.length)) {
        throw new HandlerError('INVALID_REQUEST', 'The passage to anchor the note to is not in the article.');
      }
      return library.notes.create(articleId, body, anchor ? makeAnchor(article.body, anchor.start, anchor.end) : null);
    },
    'briefing:save-note': ({ noteId, body }) => library.notes.update(noteId, body) ?? (() => { throw noNote(noteId); })(),
    'briefing:delete-note': ({ noteId }) => {
      if (!library.notes.moveToTrash(noteId)) throw noNote(noteId);
      return { noteId };
    },
    'briefing:set-note-tags': ({ noteId, tags }) => library.notes.setTags(noteId, tags) ?? (() => { throw noNote(noteId); })(),
    'briefing:set-article-tags': ({ articleId, tags }) => {
      if (!library.articles.get(articleId)) throw new HandlerError('NOT_FOUND', `There is no article ${articleId}.`);
      return { tags: library.articleTags.set(articleId, tags) };
    },
    'briefing:list-notes': ({ trash, tag }) => library.notes.list({ ...(trash ? { trash } : {}), ...(tag ? { tag } : {}) }),
    'briefing:list-tags': () => library.notes.tags(),
    'briefing:note-revisions': ({ noteId }) => library.notes.revisions(noteId),
    'briefing:restore-revision': ({ noteId, revisionId }) =>
      library.notes.restoreRevision(noteId, revisionId) ?? (() => { throw new HandlerError('NOT_FOUND', 'That revision of this note does not exist.'); })(),
    'briefing:restore-note': ({ noteId }) => library.notes.restoreFromTrash(noteId) ?? (() => { throw new HandlerError('NOT_FOUND', `Note ${noteId} is not in the trash.`); })(),
    'briefing:empty-trash': () => ({ removed: library.notes.emptyTrash() }),
    'briefing:list-backups': () => backups?.list() ?? [],
    'briefing:correct': ({ articleId, correction }) => {
      if (!library.articles.get(articleId)) throw new HandlerError('NOT_FOUND', `There is no article ${articleId}.`);
      library.corrections.save(articleId, correction);
      return library.briefing(articleId)!;
    },
    'briefing:undo-correction': ({ articleId, correction }) => {
      if (!library.corrections.remove(articleId, correction)) throw new HandlerError('NOT_FOUND', 'There is no such correction to undo.');
      return library.briefing(articleId)!;
    },
    'briefing:restore-backup': async ({ name }) => {
      if (!backups) throw new HandlerError('UNAVAILABLE', 'Backups can be restored only in the app.');
      return backups.restore(name);
    },
  };
}
