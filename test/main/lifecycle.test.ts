// The main process's lifecycle (electron/main/lifecycle.ts) against a fake of Electron that behaves as
// Electron documents (test/helpers/fakeElectron.ts): each issue-15 finding about starting, closing and
// quitting, as a user would meet it, without Electron's binary.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLifecycle, type LifecycleHooks } from '../../electron/main/lifecycle';
import { openLibraryAtStart } from '../../electron/main/libraryStartup';
import { fakeElectron, settle, type FakeElectron, type FakeWindow } from '../helpers/fakeElectron';
import { damageFirstLeafOf } from '../helpers/damagePage';
import { tempLibrary } from '../helpers/temp';

/** Starts the lifecycle on `fake` and records what it did with the hooks. */
function start(fake: FakeElectron, openLibrary?: LifecycleHooks<FakeWindow>['openLibrary']) {
  const did = { ready: 0, windows: [] as FakeWindow[], libraryOpened: 0, libraryClosed: 0 };
  const lifecycle = runLifecycle(fake, {
    ready: () => void did.ready++,
    createWindow: () => {
      const win = fake.newWindow();
      did.windows.push(win);
      return win;
    },
    openLibrary:
      openLibrary ??
      (async () => {
        did.libraryOpened++;
        return { close: () => void did.libraryClosed++ };
      }),
  });
  return { did, lifecycle };
}

async function started(options: Parameters<typeof fakeElectron>[0] = {}) {
  const fake = fakeElectron(options);
  const { did, lifecycle } = start(fake);
  await fake.app.becomeReady();
  const win = did.windows[0]!;
  return { fake, did, lifecycle, win };
}

describe('lifecycle: a second instance (finding 1)', () => {
  it('starts nothing, although Electron still fires ready after its quit, and ends', async () => {
    const fake = fakeElectron({ secondInstance: true });
    const { did, lifecycle } = start(fake);
    expect(lifecycle).toBeNull();
    await fake.app.becomeReady();
    // No window, no library opened (its check, the seeds, threads), nothing registered once ready.
    expect(did).toEqual({ ready: 0, windows: [], libraryOpened: 0, libraryClosed: 0 });
    expect(fake.app.ended).toEqual({ by: 'quit' });
  });

  it('brings the first instance\'s window back: restored when minimised, and focused', async () => {
    const { fake, win } = await started();
    win.minimized = true;
    fake.app.secondInstance();
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(1);
    expect(fake.app.windows).toHaveLength(1);
  });
});

describe('lifecycle: quitting saves first', () => {
  it('holds the quit while the window saves, then quits and closes the library', async () => {
    const { fake, did, win } = await started();
    expect(did.libraryOpened).toBe(1);
    fake.app.quit();
    expect(win.flushRequests).toBe(1);
    expect(fake.app.ended).toBeNull(); // the close was held: the quit waits
    fake.flush.reply(win, true);
    expect(win.destroyed).toBe(true);
    expect(fake.app.ended).toEqual({ by: 'quit' });
    expect(did.libraryClosed).toBe(1);
  });

  it('closes a library that finishes opening after the app has quit', async () => {
    const fake = fakeElectron();
    let open!: (library: { close(): void }) => void;
    let closed = 0;
    start(fake, () => new Promise((resolve) => (open = resolve)));
    await fake.app.becomeReady();
    fake.app.quit();
    fake.flush.reply(fake.app.windows[0]!, true);
    expect(fake.app.ended).toEqual({ by: 'quit' });
    open({ close: () => void closed++ });
    await expect.poll(() => closed).toBe(1);
  });

  it('closes a window that does not answer after the timeout', async () => {
    const fake = fakeElectron();
    const did = { windows: [] as FakeWindow[] };
    runLifecycle(fake, {
      ready: () => {},
      createWindow: () => (did.windows.push(fake.newWindow()), did.windows.at(-1)!),
      openLibrary: async () => ({ close: () => {} }),
      flushTimeoutMs: 1,
    });
    await fake.app.becomeReady();
    fake.app.quit();
    await expect.poll(() => fake.app.ended).toEqual({ by: 'quit' });
  });
});

describe('lifecycle: the damaged-library dialog and cancelled quits (finding 5)', () => {
  it('Quit in the damaged-library dialog ends the app without an error box', async () => {
    const { library, dbPath } = tempLibrary();
    library.articles.insertWithAnalysis({ contentHash: 'h', title: 'T', date: null, source: null, fileName: null, encoding: 'UTF-8', body: 'Body' }, { version: 1, summary: [], quotes: [], proposals: [], entities: [] });
    for (let i = 0; i < 60; i++) library.notes.create(1, `note ${i} `.repeat(60));
    library.close();
    damageFirstLeafOf(dbPath, 'notes');

    const fake = fakeElectron();
    fake.dialog.answers.push('Quit');
    const ui = { showMessageBox: (o: Parameters<typeof fake.dialog.showMessageBox>[0]) => fake.dialog.showMessageBox(o), restart: () => {} };
    start(fake, () => openLibraryAtStart(dbPath, ui));
    await fake.app.becomeReady();
    await expect.poll(() => fake.app.ended).not.toBeNull();
    expect(fake.dialog.boxes.map((b) => b.options.title)).toEqual(['The library is damaged']);
    expect(fake.dialog.errors).toEqual([]);
    expect(fake.app.ended).toEqual({ by: 'exit', code: 0 });
  });

  it('a quit cancelled by keeping the window open is forgotten: a later close on macOS does not quit', async () => {
    const { fake, win } = await started({ platform: 'darwin' });
    fake.app.quit();
    fake.dialog.answers.push('Keep the window open');
    fake.flush.reply(win, false); // a note could not be saved
    await expect.poll(() => fake.dialog.boxes.length).toBe(1);
    await settle();
    expect(win.destroyed).toBe(false);
    expect(fake.app.ended).toBeNull();

    win.close(); // Cmd+W, once the note could be saved
    fake.flush.reply(win, true);
    expect(win.destroyed).toBe(true);
    expect(fake.app.ended).toBeNull(); // macOS: the app stays without a window
  });

  it('a second close while the window saves waits for the first (no close on a destroyed window)', async () => {
    const { fake, win } = await started();
    win.close();
    win.close(); // a second click on × while the first save is under way
    fake.app.quit(); // and a quit
    expect(win.flushRequests).toBe(1);
    expect(() => fake.flush.reply(win, true)).not.toThrow();
    expect(win.destroyed).toBe(true);
    expect(fake.app.ended).toEqual({ by: 'quit' });
  });
});

describe('lifecycle: the system ends the session (finding 6)', () => {
  it('Windows: query-session-end is held while the window saves, then the app quits', async () => {
    const { fake, win } = await started({ platform: 'win32' });
    const event = win.endSession('query-session-end');
    expect(event.defaultPrevented).toBe(true);
    expect(win.flushRequests).toBe(1);
    fake.flush.reply(win, true);
    expect(fake.app.ended).toEqual({ by: 'quit' });
  });

  it('Windows: session-end alone (a forced end) still starts the save and the quit', async () => {
    const { fake, win } = await started({ platform: 'win32' });
    win.endSession('session-end');
    expect(win.flushRequests).toBe(1);
    fake.flush.reply(win, true);
    expect(fake.app.ended).toEqual({ by: 'quit' });
  });

  it('Linux and macOS: powerMonitor shutdown is held while the window saves', async () => {
    const { fake, win } = await started({ platform: 'linux' });
    expect(fake.powerMonitor.shutdown().defaultPrevented).toBe(true);
    expect(win.flushRequests).toBe(1);
    fake.flush.reply(win, true);
    expect(fake.app.ended).toEqual({ by: 'quit' });
  });
});

describe('lifecycle: a failed start', () => {
  it('shows the error and exits with 1', async () => {
    const fake = fakeElectron();
    start(fake, () => Promise.reject(new Error(`cannot open ${join('x', 'briefing.db')}`)));
    await fake.app.becomeReady();
    await expect.poll(() => fake.app.ended).toEqual({ by: 'exit', code: 1 });
    expect(fake.dialog.errors.map((e) => e.content)).toEqual([`cannot open ${join('x', 'briefing.db')}`]);
  });
});
