// Main process entry: opens the library, serves the window, wires IPC and the menu.
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_LIBRARY_CHANGED } from '../ipc/contract';
import { createHandlers } from '../ipc/handlers';
import { openLibrary, type Library } from '../core/library';
import { DATABASE_FILE } from '../core/paths';
import { registerAppSchemeAsPrivileged, serveRenderer } from './appProtocol';
import { registerIpc } from './ipcMain';
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

app.whenReady().then(start, (err: unknown) => fatal(err));

function start(): void {
  try {
    hardenSessions();
    serveRenderer(join(distDir, 'renderer'));
    const userData = app.getPath('userData');
    mkdirSync(userData, { recursive: true });
    library = openLibrary(join(userData, DATABASE_FILE), { nativeBinding: electronNativeBinding() });
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
        filters: [{ name: 'Articles', extensions: ['txt', 'md'] }],
      });
      return result.canceled ? null : result.filePaths;
    },
    libraryChanged: () => mainWindow?.webContents.send(EVENT_LIBRARY_CHANGED),
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
