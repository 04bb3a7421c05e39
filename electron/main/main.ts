// Main process entry: serves and opens the window at once, then opens the library behind it and wires
// IPC and the menu. Requests that arrive while the library is opening wait for it.
import { app, BrowserWindow, dialog, Menu, powerMonitor } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { useNativeBinding } from '../core/db/sqliteBinding';
import type { Library } from '../core/library';
import { DATABASE_FILE } from '../core/paths';
import type { Handle } from '../ipc/handlers';
import { registerAppSchemeAsPrivileged, serveRenderer } from './appProtocol';
import { registerIpc } from './ipcMain';
import { createMainWindow } from './mainWindow';
import { buildMenu } from './menu';
import { electronNativeBinding } from './nativeBinding';
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

function start(): void {
  const dbPath = join(app.getPath('userData'), DATABASE_FILE);
  hardenSessions();
  serveRenderer(join(distDir, 'renderer'));
  mkdirSync(app.getPath('userData'), { recursive: true });
  useNativeBinding(electronNativeBinding());
  // Loaded after the window is under way: see libraryServices.ts.
  const services = import('./libraryServices').then(({ startLibraryServices }) => startLibraryServices(dbPath, appRoot, () => mainWindow));
  services.then((s) => (library = s.library), fatal);
  const handle: Handle = async (channel, payload) => (await services).handle(channel, payload);
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
