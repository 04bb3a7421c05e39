// Handlers for corrections across the library (issue 14): a name merged into another in every article, a
// merge split again, a kind set for every article, and the list of what an article's analyst dismissed.
import { MergeError } from '../core/db/entityMergesRepository';
import type { HandlerDeps, Handlers } from './handlers';
import { HandlerError } from './handlerError';

type EntityChannels = 'briefing:merge-entities' | 'briefing:split-alias' | 'briefing:list-merges' | 'briefing:set-entity-kind' | 'briefing:list-dismissed';

export function entityCorrectionHandlers({ library }: HandlerDeps): Pick<Handlers, EntityChannels> {
  const merges = library.entityMerges;
  return {
    'briefing:merge-entities': ({ alias, into }) => {
      try {
        const replaced = merges.merge(alias, into);
        return { merges: merges.list(), replaced };
      } catch (err) {
        if (err instanceof MergeError) throw new HandlerError(err.code, err.message);
        throw err;
      }
    },
    'briefing:split-alias': ({ alias }) => {
      const removed = merges.split(alias);
      if (!removed) throw new HandlerError('NOT_FOUND', `"${alias}" is not merged into another name.`);
      return { merges: merges.list(), removed };
    },
    'briefing:list-merges': () => merges.list(),
    'briefing:set-entity-kind': ({ name, type }) => ({ previous: merges.setKind(name, type) }),
    'briefing:list-dismissed': ({ articleId }) => {
      const briefing = library.briefing(articleId);
      if (!briefing) throw new HandlerError('NOT_FOUND', `There is no article ${articleId}.`);
      return briefing.analysis.dismissed;
    },
  };
}
