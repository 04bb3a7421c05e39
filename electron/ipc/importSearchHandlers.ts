// Handlers for the import job (one at a time, progress sent to the window, cancellable) and for search.
import type { ImportJobReport } from '../core/importer/importJob';
import type { HandlerDeps, Handlers } from './handlers';
import { HandlerError } from './handlerError';

type ImportSearchChannels = 'briefing:import-paths' | 'briefing:choose-and-import' | 'briefing:cancel-import' | 'briefing:search' | 'briefing:retry-refused';

export function importSearchHandlers(deps: HandlerDeps): Pick<Handlers, ImportSearchChannels> {
  const { library } = deps;
  let running: AbortController | null = null;
  /** The files the last import refused, for "Retry refused files" in the window's import report. */
  let lastRefused: string[] = [];

  const runImport = async (paths: string[]): Promise<ImportJobReport> => {
    if (running) throw new HandlerError('IMPORT_RUNNING', 'An import is already running: wait for it to finish or cancel it.');
    const cancel = new AbortController();
    running = cancel;
    try {
      const report = await library.importPaths(paths, { signal: cancel.signal, onProgress: deps.importProgress });
      if (report.imported > 0) deps.libraryChanged?.();
      lastRefused = report.outcomes.flatMap((o) => (o.status === 'refused' ? [o.file] : []));
      return report;
    } finally {
      running = null;
    }
  };

  return {
    'briefing:import-paths': ({ paths }) => runImport(paths),
    'briefing:choose-and-import': async () => {
      const paths = await deps.chooseFiles();
      return paths && paths.length ? runImport(paths) : null;
    },
    'briefing:cancel-import': () => {
      if (!running) return { cancelled: false };
      running.abort();
      return { cancelled: true };
    },
    'briefing:search': (request) => library.search(request),
    'briefing:retry-refused': () => {
      if (!lastRefused.length) throw new HandlerError('NOTHING_TO_RETRY', 'The last import refused no file, so there is nothing to retry.');
      return runImport(lastRefused);
    },
  };
}
