// The one window: sandboxed, isolated, no Node. Its close handshake (saving pending notes first) is
// attached by the lifecycle (closeHandshake.ts).
import { BrowserWindow, nativeTheme } from 'electron';
import { join } from 'node:path';
import { APP_INDEX_URL } from './appProtocol';

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

  return win;
}
