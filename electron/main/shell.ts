// The small part of Electron the main process's lifecycle uses: app, BrowserWindow, dialog and
// powerMonitor, as interfaces. main.ts passes Electron's own objects (electronShell.ts); the tests pass a
// fake that behaves as Electron documents (test/helpers/fakeElectron.ts), because Electron's binary
// cannot be downloaded everywhere the tests run, and no window can start there.

/** An event whose default action (closing, quitting, ending the session) a listener may cancel. */
export interface PreventableEvent {
  preventDefault(): void;
}

export interface ShellWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  close(): void;
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  /** Windows only: the session ends (shut down, restart, log off). Preventing the first delays it. */
  on(event: 'query-session-end', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'session-end', listener: (event: PreventableEvent) => void): unknown;
}

export interface RelaunchOptions {
  execPath?: string;
  args?: string[];
}

export interface ShellApp {
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<unknown>;
  quit(): void;
  exit(exitCode?: number): void;
  relaunch(options?: RelaunchOptions): void;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-quit', listener: (event: PreventableEvent) => void): unknown;
}

export interface MessageBox {
  type?: 'none' | 'info' | 'error' | 'question' | 'warning';
  title?: string;
  message: string;
  detail?: string;
  buttons: string[];
  defaultId?: number;
  cancelId?: number;
}

export interface ShellDialog<W> {
  showErrorBox(title: string, content: string): void;
  /** A message box, modal to `parent` when given. */
  showMessageBox(options: MessageBox, parent?: W): Promise<{ response: number }>;
}

export interface ShellPowerMonitor {
  /** Linux and macOS only: the system is shutting down; preventing it holds the shutdown briefly. */
  on(event: 'shutdown', listener: (event: PreventableEvent) => void): unknown;
}

/** The window's side of the close handshake: it is asked to save what was typed, and answers. */
export interface FlushChannel<W> {
  request(win: W): void;
  /** Listens for `win`'s answer (false: a note could not be saved); returns the way to stop listening. */
  onReply(win: W, listener: (saved: boolean) => void): () => void;
  /** A crashed page cannot answer: the window then closes without waiting. */
  crashed(win: W): boolean;
}

export interface Shell<W extends ShellWindow> {
  app: ShellApp;
  dialog: ShellDialog<W>;
  powerMonitor: ShellPowerMonitor;
  flush: FlushChannel<W>;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  argv: readonly string[];
}

/** The analyst chose to quit (the damaged-library dialog): not an error to report, the app just ends. */
export class QuitRequested extends Error {
  constructor(readonly exitCode = 0) {
    super('The analyst chose to quit.');
    this.name = 'QuitRequested';
  }
}
