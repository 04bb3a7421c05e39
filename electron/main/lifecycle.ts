// The main process's lifecycle, written against the small Shell interface (shell.ts) so that it runs
// under Vitest against a fake of Electron: the single-instance lock, start-up once ready, the one window
// and its close handshake, quitting (from the menu, the last window, the system's shutdown, the end of a
// Windows session), and the damaged-library dialog's Quit. main.ts only wires Electron into it.
import { holdCloseUntilFlushed } from './closeHandshake';
import { QuitRequested, type Shell, type ShellWindow } from './shell';

export interface LifecycleHooks<W extends ShellWindow> {
  /** Once ready, in the instance that holds the lock only: sessions, protocol, IPC, menu. */
  ready(): void;
  createWindow(): W;
  /** Opens the library behind the window; rejects with QuitRequested when the analyst chose to quit. */
  openLibrary(): Promise<{ close(): void }>;
  /** Flush timeout of the close handshake (tests shorten it). */
  flushTimeoutMs?: number;
}

export interface Lifecycle<W> {
  window(): W | null;
}

/** Returns null in a second instance, which only hands over to the first and quits. */
export function runLifecycle<W extends ShellWindow>(shell: Shell<W>, hooks: LifecycleHooks<W>): Lifecycle<W> | null {
  const { app, dialog } = shell;
  // Electron's documented pattern: app.quit() before 'ready' is only carried out once the app is ready, and
  // 'ready' still fires and whenReady() still resolves. So nothing else may be registered here: a second
  // instance that went on would open the same library, check it, import the seeds and start threads.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  let window: W | null = null;
  let library: { close(): void } | null = null;
  let isReady = false;
  let ended = false;
  // Set by every quit (menu, Cmd+Q, shutdown): the window's close handshake cancels Electron's quit, so
  // the quit is asked for again once the window has closed after saving. Cleared when the analyst keeps
  // the window open, or a later close (Cmd+W on macOS) would quit the app.
  let quitting = false;

  const openWindow = () => {
    const win = hooks.createWindow();
    window = win;
    holdCloseUntilFlushed(win, {
      flush: shell.flush,
      dialog,
      onKeptOpen: () => (quitting = false),
      ...(hooks.flushTimeoutMs !== undefined ? { timeoutMs: hooks.flushTimeoutMs } : {}),
    });
    win.on('closed', () => {
      if (window === win) window = null;
      if (quitting) app.quit();
    });
    // Windows: powerMonitor's 'shutdown' is Linux and macOS only. Log-off and shutdown come to the
    // window: hold the session's end while the window saves (the documented use: data would be lost),
    // and quit through the same handshake.
    win.on('query-session-end', (event) => {
      event.preventDefault();
      app.quit();
    });
    // The session ends whatever we answered (forced, or the analyst chose "Shut down anyway"): start the
    // quit if it has not started; a quit in progress ignores this one.
    win.on('session-end', () => app.quit());
  };

  app.on('second-instance', () => {
    if (!isReady) return;
    if (!window || window.isDestroyed()) return openWindow(); // macOS: no window open, the app still runs
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => {
    if (shell.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    ended = true;
    library?.close();
    library = null;
  });
  app.on('activate', () => {
    if (isReady && !window) openWindow();
  });

  const fatal = (err: unknown) => {
    if (err instanceof QuitRequested) return app.exit(err.exitCode);
    dialog.showErrorBox('Briefing Desk cannot start', err instanceof Error ? err.message : String(err));
    app.exit(1);
  };
  app
    .whenReady()
    .then(() => {
      isReady = true;
      hooks.ready();
      openWindow();
      // Linux and macOS: hold the shutdown while the window saves, then quit through the handshake.
      shell.powerMonitor.on('shutdown', (event) => {
        event.preventDefault();
        app.quit();
      });
      // A library that finishes opening after the quit (quit during a long recovery) is closed at once.
      hooks.openLibrary().then((opened) => (ended ? opened.close() : (library = opened)), fatal);
    })
    .catch(fatal);

  return { window: () => window };
}
