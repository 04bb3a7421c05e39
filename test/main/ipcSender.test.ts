// Every channel registered by the real ipcMain.ts refuses requests from a window the app did not make
// or from a frame at another origin, before any handler runs; the app's own window gets through.
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/ipc/contract';
import { createHandlers } from '../../electron/ipc/handlers';
import { SEED_FILE, tempLibrary } from '../helpers/temp';

type Listener = (event: unknown, payload: unknown) => unknown;
const registered = new Map<string, Listener>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => registered.set(channel, listener) },
  protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
}));

describe('IPC sender checks', () => {
  it('refuse unknown windows and foreign frames on every channel, and let the app window through', async () => {
    const { registerIpc } = await import('../../electron/main/ipcMain');
    const { library } = tempLibrary();
    library.importFiles([SEED_FILE]);
    const real = createHandlers({ library, exportBriefings: async () => null, chooseFiles: async () => null });
    const handle = vi.fn(real);
    const appWindow = { id: 1 };
    registerIpc(handle, (wc) => wc === (appWindow as never));
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());

    const notes = () => library.db.prepare('SELECT count(*) FROM notes').pluck().get();
    const send = (sender: unknown, url: string | undefined, channel = 'briefing:create-note') =>
      registered.get(channel)!({ sender, senderFrame: url === undefined ? null : { url } }, { articleId: 1, body: 'from outside' });

    for (const channel of CHANNELS) {
      const strangers: [unknown, string | undefined][] = [
        [{ id: 2 }, 'app://briefing/index.html'], // another window
        [appWindow, 'https://evil.example/'], // the app's window navigated elsewhere
        [appWindow, 'file:///etc/passwd'],
        [appWindow, 'app://briefing.evil/index.html'],
        [appWindow, undefined], // a frame that is gone
      ];
      for (const [sender, url] of strangers) {
        expect(await send(sender, url, channel)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Request refused: unknown sender.' } });
      }
    }
    expect(handle).not.toHaveBeenCalled();
    expect(notes()).toBe(0);

    const ok = (await send(appWindow, 'app://briefing/index.html')) as { ok: boolean };
    expect(ok.ok).toBe(true);
    expect(notes()).toBe(1);
  });
});
