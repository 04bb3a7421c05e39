// A fake of the part of Electron the lifecycle uses (electron/main/shell.ts), reproducing the documented
// semantics that decide whether the app starts, saves and quits correctly, as Electron's own source
// carries them out (shell/browser/browser.cc, window_list.cc):
// - app.quit() before 'ready' is held until the app is ready: 'ready' still fires and whenReady() still
//   resolves, and only then does the app end;
// - a quit while a quit is under way is ignored; 'before-quit' and 'will-quit' can be prevented;
// - a window's 'close' can be prevented, and a prevented close cancels a quit in progress;
// - 'closed' follows a window's destruction; any method of a destroyed window (but isDestroyed) throws;
// - when the last window closes: during a quit, 'will-quit' and the end; otherwise 'window-all-closed'
//   (the app quits by itself only when nobody listens to it);
// - app.exit(code) ends at once: no 'before-quit', 'will-quit' or window events;
// - requestSingleInstanceLock() is false in a second instance, and the first hears 'second-instance';
// - powerMonitor's 'shutdown' (Linux, macOS) and a window's 'query-session-end' and 'session-end'
//   (Windows) carry a preventable event.
import { EventEmitter } from 'node:events';
import type { FlushChannel, MessageBox, RelaunchOptions, Shell } from '../../electron/main/shell';

export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWindow extends EventEmitter {
  destroyed = false;
  minimized = false;
  focused = 0;
  crashed = false;
  flushRequests = 0;
  constructor(private readonly owner: FakeApp) {
    super();
    owner.windows.push(this);
  }
  private alive(): void {
    // Electron's message for any call on a destroyed BrowserWindow.
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    this.alive();
    return this.minimized;
  }
  restore(): void {
    this.alive();
    this.minimized = false;
  }
  focus(): void {
    this.alive();
    this.focused++;
  }
  close(): void {
    this.alive();
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return this.owner.windowCloseCancelled();
    this.destroy();
  }
  destroy(): void {
    this.alive();
    this.destroyed = true;
    this.emit('closed');
    this.owner.windowClosed(this);
  }
  /** Windows ends the session (shut down, log off): 'query-session-end' first, then 'session-end'. */
  endSession(kind: 'query-session-end' | 'session-end'): FakeEvent {
    const event = new FakeEvent();
    this.emit(kind, event);
    return event;
  }
}

export class FakeApp extends EventEmitter {
  readonly windows: FakeWindow[] = [];
  readonly relaunches: (RelaunchOptions | undefined)[] = [];
  isReady = false;
  /** Electron's is_quitting_: set by a quit, cleared when a window's close or 'will-quit' is prevented. */
  quitting = false;
  /** How the app ended, once it has: by quitting (after 'ready', if the quit came before it) or by exit. */
  ended: null | { by: 'quit' } | { by: 'exit'; code: number } = null;
  private quitWhenReady = false;
  private markReady!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(private readonly holdsLock: boolean) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.holdsLock;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** Chromium has started: 'ready', whenReady() resolves and its handlers run; a quit asked for before
   *  is carried out only now. */
  async becomeReady(): Promise<void> {
    this.isReady = true;
    this.emit('ready');
    this.markReady();
    await settle();
    if (this.quitWhenReady && !this.ended) this.ended = { by: 'quit' };
  }
  quit(): void {
    if (this.ended || this.quitting) return;
    const event = new FakeEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.quitting = true;
    const open = this.windows.filter((w) => !w.destroyed);
    if (!open.length) return this.notifyAndShutdown();
    for (const w of open) if (!w.destroyed) w.close();
  }
  exit(code = 0): void {
    if (this.ended) return;
    this.ended = { by: 'exit', code };
    for (const w of this.windows) w.destroyed = true; // destroyed at once, without events
  }
  relaunch(options?: RelaunchOptions): void {
    this.relaunches.push(options);
  }
  /** Another instance was started: it is told the lock is held, and this one hears 'second-instance'. */
  secondInstance(): void {
    this.emit('second-instance', new FakeEvent(), ['briefing-desk'], '/');
  }
  windowCloseCancelled(): void {
    this.quitting = false;
  }
  windowClosed(win: FakeWindow): void {
    this.windows.splice(this.windows.indexOf(win), 1);
    if (this.windows.some((w) => !w.destroyed)) return;
    if (this.quitting) return this.notifyAndShutdown();
    if (this.listenerCount('window-all-closed')) this.emit('window-all-closed');
    else this.quit();
  }
  private notifyAndShutdown(): void {
    const event = new FakeEvent();
    this.emit('will-quit', event);
    if (event.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.emit('quit');
    if (this.isReady) this.ended = { by: 'quit' };
    else this.quitWhenReady = true;
  }
}

export class FakeDialog {
  readonly errors: { title: string; content: string }[] = [];
  readonly boxes: { options: MessageBox; parent: FakeWindow | undefined }[] = [];
  /** The button each next message box is answered with, by its label. */
  readonly answers: string[] = [];
  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content });
  }
  async showMessageBox(options: MessageBox, parent?: FakeWindow): Promise<{ response: number }> {
    this.boxes.push({ options, parent });
    const label = this.answers.shift();
    const response = label === undefined ? -1 : options.buttons.indexOf(label);
    if (response < 0) throw new Error(`The test gave no answer among ${options.buttons.join(', ')} to "${options.message}".`);
    return { response };
  }
}

/** The window's renderer: asked to save, it answers when the test says (saved, or a note failed). */
export class FakeFlush implements FlushChannel<FakeWindow> {
  private readonly replies = new EventEmitter();
  request(win: FakeWindow): void {
    win.flushRequests++;
  }
  onReply(win: FakeWindow, listener: (saved: boolean) => void): () => void {
    const onReply = (from: FakeWindow, saved: boolean) => from === win && listener(saved);
    this.replies.on('reply', onReply);
    return () => this.replies.off('reply', onReply);
  }
  crashed(win: FakeWindow): boolean {
    return win.crashed;
  }
  reply(win: FakeWindow, saved: boolean): void {
    this.replies.emit('reply', win, saved);
  }
}

export interface FakeElectron extends Shell<FakeWindow> {
  app: FakeApp;
  dialog: FakeDialog;
  powerMonitor: EventEmitter & { shutdown(): FakeEvent };
  flush: FakeFlush;
  newWindow(): FakeWindow;
}

export function fakeElectron(options: { secondInstance?: boolean; platform?: NodeJS.Platform; env?: Record<string, string> } = {}): FakeElectron {
  const app = new FakeApp(!options.secondInstance);
  const powerMonitor = Object.assign(new EventEmitter(), {
    shutdown(): FakeEvent {
      const event = new FakeEvent();
      powerMonitor.emit('shutdown', event);
      return event;
    },
  });
  return {
    app,
    dialog: new FakeDialog(),
    powerMonitor,
    flush: new FakeFlush(),
    platform: options.platform ?? 'linux',
    env: options.env ?? {},
    argv: ['/opt/Briefing Desk/briefing-desk', '--from-test'],
    newWindow: () => new FakeWindow(app),
  };
}

/** Lets every pending promise callback and I/O callback run (no timer, no fixed wait). */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
