// Everything behind the window's requests: the library (opened with its backups and recovery), the
// seeds, and the IPC handlers. main.ts loads this module only after the window is on its way, so the
// packages it needs (zod, sanitize-html, the importers' parsers) do not delay the first paint.
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { ImportProgress } from '../core/importer/importJob';
import type { Library } from '../core/library';
import { EVENT_IMPORT_PROGRESS, EVENT_LIBRARY_CHANGED } from '../ipc/contract';
import { createHandlers, type Handle } from '../ipc/handlers';
import { backupsForWindow, openLibraryAtStart, type LibraryUi } from './libraryStartup';
import { exportWithDialog } from './pdfExport';

export async function startLibraryServices(dbPath: string, appRoot: string, window: () => BrowserWindow | null, ui: LibraryUi): Promise<{ library: Library; handle: Handle }> {
  const library = await openLibraryAtStart(dbPath, ui);
  library.importSeedsOnce(app.isPackaged ? join(process.resourcesPath, 'seeds') : join(appRoot, 'seeds'));
  const handle = createHandlers({
    library,
    exportBriefings: (articleIds, format, options) => exportWithDialog(window()!, library, articleIds, format, app.getPath('documents'), options),
    chooseFiles: async () => {
      const result = await dialog.showOpenDialog(window()!, {
        title: 'Import articles',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] }],
      });
      return result.canceled ? null : result.filePaths;
    },
    libraryChanged: () => window()?.webContents.send(EVENT_LIBRARY_CHANGED),
    importProgress: (progress: ImportProgress) => window()?.webContents.send(EVENT_IMPORT_PROGRESS, progress),
    backups: backupsForWindow(dbPath, () => library, ui),
  });
  // Articles analysed by an older version are re-analysed on a thread of their own, so an update never
  // freezes the first start; the window is told when their briefings have changed.
  void library
    .reanalyseStaleInBackground()
    .then((done) => (done > 0 ? window()?.webContents.send(EVENT_LIBRARY_CHANGED) : undefined))
    .catch((err: unknown) => console.error('[analysis] re-analysis stopped:', err));
  return { library, handle };
}
