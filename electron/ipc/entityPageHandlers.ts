// The entity page's handler: its statements are prepared on the library's connection the first time a page
// is asked for, and reused; the analyst's merges and kinds are read at each page.
import { createEntityPage } from '../core/search/entityPageView';
import type { HandlerDeps, Handlers } from './handlers';

export function entityPageHandlers(deps: HandlerDeps): Pick<Handlers, 'briefing:entity-page'> {
  let page: ReturnType<typeof createEntityPage> | null = null;
  return {
    'briefing:entity-page': (request) => (page ??= createEntityPage(deps.library.db, () => deps.library.entityMerges.state()))(request),
  };
}
