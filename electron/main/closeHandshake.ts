// Nothing typed may be lost on close: a close is held while the window saves its pending notes, then
// done for real. Quitting, the system's shutdown and the end of a Windows session all come through here.
import type { FlushChannel, ShellDialog, ShellWindow } from './shell';

export const FLUSH_TIMEOUT_MS = 3000;

export interface CloseHandshake<W> {
  flush: FlushChannel<W>;
  dialog: ShellDialog<W>;
  /** The analyst kept the window open after a failed save: whatever close or quit asked is cancelled. */
  onKeptOpen(): void;
  /** How long a window that does not answer is waited for (a hung page must not block quitting). */
  timeoutMs?: number;
}

export function holdCloseUntilFlushed<W extends ShellWindow>(win: W, deps: CloseHandshake<W>): void {
  // 'closing': the flush is done and the next close is the real one. A close that arrives while the
  // window is saving or the analyst is deciding (a second click on ×, a quit) waits for the first: it
  // must not start a second handshake, whose own close() would reach an already destroyed window.
  let state: 'open' | 'saving' | 'asking' | 'closing' = 'open';
  win.on('close', (event) => {
    if (state === 'closing' || deps.flush.crashed(win)) return;
    event.preventDefault();
    if (state !== 'open') return;
    state = 'saving';
    const finish = (close: boolean) => {
      clearTimeout(timer);
      stopListening();
      if (!close) {
        state = 'open';
        deps.onKeptOpen();
        return;
      }
      state = 'closing';
      // The window may have gone meanwhile (app.exit after a restore destroys it without a close event).
      if (!win.isDestroyed()) win.close();
    };
    const stopListening = deps.flush.onReply(win, (saved) => {
      if (state !== 'saving') return;
      if (saved) return finish(true);
      // A note could not be saved: closing would lose it, so the analyst decides.
      clearTimeout(timer);
      state = 'asking';
      void askToCloseAnyway(deps.dialog, win).then(finish, () => finish(false));
    });
    const timer = setTimeout(() => finish(true), deps.timeoutMs ?? FLUSH_TIMEOUT_MS);
    deps.flush.request(win);
  });
}

async function askToCloseAnyway<W>(dialog: ShellDialog<W>, win: W): Promise<boolean> {
  const { response } = await dialog.showMessageBox(
    {
      type: 'warning',
      message: 'A note could not be saved.',
      detail: 'Its text is still in the editor. If you close now, what was typed since the last save is lost.',
      buttons: ['Keep the window open', 'Close anyway'],
      defaultId: 0,
      cancelId: 0,
    },
    win,
  );
  return response === 1;
}
