// Handlers for the library's own housekeeping: the article trash, named packs and the analyst's edits of
// an article's details (title, date, source).
import { PackError } from '../core/db/packsRepository';
import type { HandlerDeps, Handlers } from './handlers';
import { HandlerError } from './handlerError';

type LibraryChannels =
  | 'briefing:trash-articles'
  | 'briefing:restore-articles'
  | 'briefing:list-trashed-articles'
  | 'briefing:empty-article-trash'
  | 'briefing:list-packs'
  | 'briefing:create-pack'
  | 'briefing:rename-pack'
  | 'briefing:delete-pack'
  | 'briefing:set-current-pack'
  | 'briefing:add-to-pack'
  | 'briefing:remove-from-pack'
  | 'briefing:update-article-details';

/** A pack request the library refused, said to the window with its code (no such pack, name taken). */
function packs<T>(work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof PackError) throw new HandlerError(err.code, err.message);
    throw err;
  }
}

export function libraryHandlers({ library, libraryChanged }: HandlerDeps): Pick<Handlers, LibraryChannels> {
  const changed = <T>(value: T): T => {
    libraryChanged?.();
    return value;
  };
  const requireArticles = (ids: readonly number[]) => {
    for (const id of ids) if (library.articleTrash.isTrashed(id) === null) throw new HandlerError('NOT_FOUND', `There is no article ${id}.`);
  };
  return {
    'briefing:trash-articles': ({ articleIds }) => {
      requireArticles(articleIds);
      return changed({ moved: library.articleTrash.moveToTrash(articleIds) });
    },
    'briefing:restore-articles': ({ articleIds }) => {
      requireArticles(articleIds);
      return changed({ restored: library.articleTrash.restore(articleIds) });
    },
    'briefing:list-trashed-articles': () => library.articleTrash.list(),
    'briefing:empty-article-trash': () => changed(library.articleTrash.empty()),
    'briefing:list-packs': () => library.packs.list(),
    'briefing:create-pack': ({ name }) => packs(() => library.packs.create(name)),
    'briefing:rename-pack': ({ packId, name }) => packs(() => library.packs.rename(packId, name)),
    'briefing:delete-pack': ({ packId }) =>
      packs(() => {
        library.packs.delete(packId);
        return library.packs.list();
      }),
    'briefing:set-current-pack': ({ packId }) =>
      packs(() => {
        library.packs.setCurrent(packId);
        return library.packs.list();
      }),
    'briefing:add-to-pack': ({ packId, articleIds }) => {
      requireArticles(articleIds);
      return packs(() => (packId === undefined ? library.packs.addToCurrent(articleIds) : library.packs.addArticles(packId, articleIds)));
    },
    'briefing:remove-from-pack': ({ packId, articleIds }) => packs(() => library.packs.removeArticles(packId, articleIds)),
    'briefing:update-article-details': ({ articleId, title, date, source }) => {
      const saved = library.articleDetails.update(articleId, { title, date, source });
      if (!saved) throw new HandlerError('NOT_FOUND', `There is no article ${articleId}.`);
      return changed(saved);
    },
  };
}
