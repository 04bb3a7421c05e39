// Electron's own objects behind the Shell interface the lifecycle is written against (shell.ts).
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, type IpcMainEvent } from 'electron';
import { EVENT_FLUSH_REQUEST, EVENT_FLUSHED } from '../ipc/contract';
import type { PreventableEvent, Shell } from './shell';

export function electronShell(): Shell<BrowserWindow> {
  return {
    app,
    dialog: {
      showErrorBox: (title, content) => dialog.showErrorBox(title, content),
      showMessageBox: (options, parent) => (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options)),
    },
    // Electron's typings give powerMonitor's 'shutdown' listener no event; its documentation describes
    // one, whose preventDefault holds the shutdown.
    powerMonitor: powerMonitor as unknown as { on(event: 'shutdown', listener: (event: PreventableEvent) => void): unknown },
    flush: {
      request: (win) => win.webContents.send(EVENT_FLUSH_REQUEST),
      onReply(win, listener) {
        const onFlushed = (event: IpcMainEvent, saved: unknown) => {
          // Only this window's answer counts (the renderer sends false when a note could not be saved).
          if (event.sender === win.webContents) listener(saved !== false);
        };
        ipcMain.on(EVENT_FLUSHED, onFlushed);
        return () => ipcMain.removeListener(EVENT_FLUSHED, onFlushed);
      },
      crashed: (win) => win.webContents.isCrashed(),
    },
    platform: process.platform,
    env: process.env,
    argv: process.argv,
  };
}
