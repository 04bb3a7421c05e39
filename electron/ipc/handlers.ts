// The main process's answers to the window, free of Electron so that tests drive them under Node.
// Each payload is validated by its schema first; every answer is an IpcResult, never a throw.
import { DatabaseError } from '../core/db/errors';
import { ImportError } from '../core/importer/importError';
import type { ImportProgress } from '../core/importer/importJob';
import { SearchError } from '../core/search/searchError';
import type { Library } from '../core/library';
import type { BackupInfo } from '../core/db/backups';
import { renderMarkdown } from '../core/notes/renderMarkdown';
import { ExportError } from '../core/print/exportBriefings';
import { ExportWriteError } from '../core/print/writeExportFile';
import type { Channel, ExportFormat, IpcResult, Request, Response } from './contract';
import type { ExportOptions } from '../common/exportOptions';
import { HandlerError } from './handlerError';
import { importSearchHandlers } from './importSearchHandlers';
import { notesHandlers } from './notesHandlers';
// Library table, article trash, packs, article details (s18-lib).
import { libraryHandlers } from './libraryHandlers';
import { requestSchemas } from './schemas';
// Entity page (issue 14)
import { entityPageHandlers } from './entityPageHandlers';
// Corrections across the library (issue 14)
import { entityCorrectionHandlers } from './entityCorrectionHandlers';

export { HandlerError };

export interface HandlerDeps {
  library: Library;
  /** Asks the analyst where to save and writes the export; null when the analyst cancels. */
  exportBriefings(articleIds: number[], format: ExportFormat, options?: Partial<ExportOptions>): Promise<{ path: string } | null>;
  /** Backups of the library; only the app has them (restoring restarts it). */
  backups?: { list(): BackupInfo[]; restore(name: string): Promise<{ restarting: boolean }> };
  /** Asks the analyst for files to import; null when the analyst cancels. */
  chooseFiles(): Promise<string[] | null>;
  libraryChanged?(): void;
  /** Sends an import's progress to the window. */
  importProgress?(progress: ImportProgress): void;
}

export type Handlers = { [C in Channel]: (request: Request<C>) => Response<C> | Promise<Response<C>> };

export function createHandlers(deps: HandlerDeps) {
  const { library } = deps;
  const handlers: Handlers = {
    ...notesHandlers(deps),
    ...importSearchHandlers(deps),
    // Library table, article trash, packs, article details (s18-lib).
    ...libraryHandlers(deps),
    'briefing:list-articles': (request) => library.articleList.page(request),
    'briefing:get-briefing': ({ articleId }) => {
      const briefing = library.briefing(articleId);
      if (!briefing) throw new HandlerError('NOT_FOUND', `There is no article ${articleId}.`);
      return briefing;
    },
    'briefing:render-markdown': ({ markdown }) => renderMarkdown(markdown),
    'briefing:export': async ({ articleIds, format, options }) => {
      for (const id of articleIds) if (!library.articles.get(id)) throw new HandlerError('NOT_FOUND', `There is no article ${id}.`);
      return deps.exportBriefings(articleIds, format, options);
    },
    'briefing:get-settings': () => library.settings.get(),
    'briefing:update-settings': (patch) => library.settings.update(patch),
    // Entity page (issue 14)
    ...entityPageHandlers(deps),
    // Corrections across the library (issue 14)
    ...entityCorrectionHandlers(deps),
  };

  /** Validates and answers one request; unknown channels and bad payloads are refused. */
  return async function handle(channel: string, payload: unknown): Promise<IpcResult<unknown>> {
    if (!Object.hasOwn(requestSchemas, channel)) {
      return fail('UNKNOWN_CHANNEL', `Unknown request "${String(channel).slice(0, 80)}".`);
    }
    const schema = requestSchemas[channel as Channel];
    // Only plain objects: fields inherited through a prototype must not pass for the payload's own.
    if (payload !== undefined && (payload === null || typeof payload !== 'object' || Object.getPrototypeOf(payload) !== Object.prototype)) {
      return fail('INVALID_REQUEST', `Invalid request to ${channel}: the payload must be a plain object.`);
    }
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail('INVALID_REQUEST', `Invalid request to ${channel}: ${issue ? `${issue.path.join('.') || 'payload'}: ${issue.message}` : 'malformed'}.`);
    }
    try {
      const handler = handlers[channel as Channel] as (request: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof HandlerError || err instanceof ImportError || err instanceof DatabaseError || err instanceof ExportError || err instanceof ExportWriteError || err instanceof SearchError) return fail(err.code, err.message);
      const code = (err as { code?: string }).code;
      if (code === 'SQLITE_FULL') return fail('DISK_FULL', 'The disk is full: nothing was saved. Free some space and try again.');
      if (code === 'SQLITE_READONLY') return fail('READ_ONLY', 'The library is read-only: nothing was saved.');
      console.error(`[ipc] ${channel} failed:`, err);
      return fail('INTERNAL', `Something went wrong in ${channel}: ${(err as Error).message}`);
    }
  };
}

function fail(code: string, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

export type Handle = ReturnType<typeof createHandlers>;
