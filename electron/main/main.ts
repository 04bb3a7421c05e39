// Main process entry: opens the library, serves the window, wires IPC and the menu.
import { app, BrowserWindow, dialog, Menu, powerMonitor } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_IMPORT_PROGRESS, EVENT_LIBRARY_CHANGED } from '../ipc/contract';
import { createHandlers } from '../ipc/handlers';
import { useNativeBinding } from '../core/db/sqliteBinding';
import type { Library } from '../core/library';
import { DATABASE_FILE } from '../core/paths';
import { registerAppSchemeAsPrivileged, serveRenderer } from './appProtocol';
import { registerIpc } from './ipcMain';
import { backupsForWindow, openLibraryAtStart } from './libraryStartup';
import { createMainWindow } from './mainWindow';
import { buildMenu } from './menu';
import { electronNativeBinding } from './nativeBinding';
import { exportWithDialog } from './pdfExport';
import { hardenSessions } from './security';

const distDir = __dirname;
const appRoot = app.getAppPath();
let mainWindow: BrowserWindow | null = null;
let library: Library | null = null;

// Tests (and analysts who keep several libraries) point the app at another data folder.
if (process.env.BRIEFING_USER_DATA) app.setPath('userData', process.env.BRIEFING_USER_DATA);
registerAppSchemeAsPrivileged();
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.whenReady().then(start).catch((err: unknown) => fatal(err));

async function start(): Promise<void> {
  const dbPath = join(app.getPath('userData'), DATABASE_FILE);
  try {
    hardenSessions();
    serveRenderer(join(distDir, 'renderer'));
    mkdirSync(app.getPath('userData'), { recursive: true });
    useNativeBinding(electronNativeBinding());
    library = await openLibraryAtStart(dbPath);
    library.reanalyseStale();
    library.importSeedsOnce(app.isPackaged ? join(process.resourcesPath, 'seeds') : join(appRoot, 'seeds'));
  } catch (err) {
    fatal(err);
    return;
  }
  const lib = library;
  const handle = createHandlers({
    library: lib,
    exportBriefings: (articleIds, format) => exportWithDialog(mainWindow!, lib, articleIds, format, app.getPath('documents')),
    chooseFiles: async () => {
      const result = await dialog.showOpenDialog(mainWindow!, {
        title: 'Import articles',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] }],
      });
      return result.canceled ? null : result.filePaths;
    },
    libraryChanged: () => mainWindow?.webContents.send(EVENT_LIBRARY_CHANGED),
    importProgress: (progress) => mainWindow?.webContents.send(EVENT_IMPORT_PROGRESS, progress),
    backups: backupsForWindow(dbPath, () => library),
  });
  registerIpc(handle, (wc) => mainWindow !== null && wc === mainWindow.webContents);
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

// Quitting closes the window, whose close handler first waits for pending notes and so cancels the
// quit; once the window has closed after saving, the quit is resumed.
let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});
// The operating system shutting down: hold it (Linux, macOS) while the window saves, then quit, which
// runs the same close handshake. Windows gives no time to hold: the window's own close still flushes.
app.whenReady().then(() => {
  // Electron's typings omit the event this handler receives; its documentation describes preventDefault.
  (powerMonitor as unknown as NodeJS.EventEmitter).on('shutdown', (event: { preventDefault(): void }) => {
    event.preventDefault();
    app.quit();
  });
}, () => {});

function openWindow(): void {
  mainWindow = createMainWindow(distDir);
  mainWindow.on('closed', () => {
    mainWindow = null;
    if (quitting) app.quit();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => library?.close());

function fatal(err: unknown): void {
  dialog.showErrorBox('Briefing Desk cannot start', (err as Error).message ?? String(err));
  app.exit(1);
}
