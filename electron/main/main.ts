// Main process entry: wires Electron into the lifecycle (lifecycle.ts, which holds the single-instance
// lock, the window's close handshake and quitting). Once ready it serves and opens the window at once,
// then opens the library behind it; requests that arrive while the library is opening wait for it.
import { app, Menu, type BrowserWindow } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { useNativeBinding } from '../core/db/sqliteBinding';
import { DATABASE_FILE } from '../core/paths';
import type { Handle } from '../ipc/handlers';
import { registerAppSchemeAsPrivileged, serveRenderer } from './appProtocol';
import { electronShell } from './electronShell';
import { registerIpc } from './ipcMain';
import { runLifecycle, type Lifecycle } from './lifecycle';
import { createMainWindow } from './mainWindow';
import { buildMenu } from './menu';
import { electronNativeBinding } from './nativeBinding';
import { restartApp } from './relaunch';
import { hardenSessions } from './security';

const distDir = __dirname;
const appRoot = app.getAppPath();

// Tests (and analysts who keep several libraries) point the app at another data folder.
if (process.env.BRIEFING_USER_DATA) app.setPath('userData', process.env.BRIEFING_USER_DATA);
registerAppSchemeAsPrivileged();

const shell = electronShell();
const dbPath = () => join(app.getPath('userData'), DATABASE_FILE);
let services: Promise<{ handle: Handle; library: { close(): void } }> | null = null;

const lifecycle: Lifecycle<BrowserWindow> | null = runLifecycle(shell, {
  ready() {
    hardenSessions();
    serveRenderer(join(distDir, 'renderer'));
    mkdirSync(app.getPath('userData'), { recursive: true });
    useNativeBinding(electronNativeBinding());
    const handle: Handle = async (channel, payload) => (await services!).handle(channel, payload);
    registerIpc(handle, (wc) => wc === lifecycle?.window()?.webContents);
    Menu.setApplicationMenu(buildMenu(() => lifecycle?.window() ?? null));
  },
  createWindow: () => createMainWindow(distDir),
  async openLibrary(): Promise<{ close(): void }> {
    const ui = {
      showMessageBox: (options: Parameters<typeof shell.dialog.showMessageBox>[0]) => shell.dialog.showMessageBox(options),
      restart: () => restartApp(app, process.env, process.argv),
    };
    // Loaded after the window is under way: see libraryServices.ts.
    const started: NonNullable<typeof services> = import('./libraryServices').then(({ startLibraryServices }) => startLibraryServices(dbPath(), appRoot, () => lifecycle?.window() ?? null, ui));
    services = started;
    return (await started).library;
  },
});
