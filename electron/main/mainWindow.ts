// The one window: sandboxed, isolated, no Node; closing waits for the window to save pending notes.
import { BrowserWindow, dialog, ipcMain, nativeTheme } from 'electron';
import { join } from 'node:path';
import { EVENT_FLUSH_REQUEST, EVENT_FLUSHED } from '../ipc/contract';
import { APP_INDEX_URL } from './appProtocol';

const FLUSH_TIMEOUT_MS = 3000;

export function createMainWindow(distDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Briefing Desk',
    // The page's own background (styles.css --bg), so the window never flashes the wrong theme.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15181c' : '#f5f6f8',
    webPreferences: {
      preload: join(distDir, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // macOS checks spelling natively; on Windows and Linux Chromium would download Hunspell
      // dictionaries from Google's servers, and the app never touches the network.
      spellcheck: process.platform === 'darwin',
      navigateOnDragDrop: false,
      // A middle click must not open anything (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL);

  // Nothing typed may be lost on close: ask the window to flush, then close for real.
  let flushed = false;
  win.on('close', (event) => {
    if (flushed || win.webContents.isCrashed()) return;
    event.preventDefault();
    const done = () => {
      flushed = true;
      clearTimeout(timer);
      ipcMain.removeListener(EVENT_FLUSHED, onFlushed);
      win.close();
    };
    const onFlushed = (e: Electron.IpcMainEvent, saved: unknown) => {
      if (e.sender !== win.webContents) return;
      if (saved !== false) return done();
      // A note could not be saved: closing would lose it, so the analyst decides.
      clearTimeout(timer);
      ipcMain.removeListener(EVENT_FLUSHED, onFlushed);
      void dialog
        .showMessageBox(win, {
          type: 'warning',
          message: 'A note could not be saved.',
          detail: 'Its text is still in the editor. If you close now, what was typed since the last save is lost.',
          buttons: ['Keep the window open', 'Close anyway'],
          defaultId: 0,
          cancelId: 0,
        })
        .then(({ response }) => {
          if (response === 1) {
            flushed = true;
            win.close();
          }
        });
    };
    const timer = setTimeout(done, FLUSH_TIMEOUT_MS);
    ipcMain.on(EVENT_FLUSHED, onFlushed);
    win.webContents.send(EVENT_FLUSH_REQUEST);
  });
  return win;
}
