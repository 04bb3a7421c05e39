// Stands in for the preload in browser tests: the same API shape, built by the same makeInvokers,
// forwarding each call to the real main-process handlers through a Playwright binding.
import { makeInvokers, type BriefingApi } from '../../electron/ipc/contract';

type Invoke = (channel: string, request: unknown) => Promise<string>;
const w = window as unknown as { __briefingInvoke: Invoke; __briefingFlush?: () => Promise<boolean>; briefing: BriefingApi };
// The handlers' answer arrives as JSON (see renderer.ts), as Electron's IPC would clone it.
const { importPaths, ...named } = makeInvokers(async (channel, request) => JSON.parse(await w.__briefingInvoke(channel, request)) as never);

w.briefing = {
  ...named,
  // Browsers give dropped files no path; the tests drop files whose names are paths they wrote.
  importFiles: (files: File[]) => importPaths(files.map((f) => f.name)),
  // Tests send a menu command as main would: window.__briefingMenu('export-pdf').
  onMenuCommand: (listener) => {
    (w as unknown as { __briefingMenu: typeof listener }).__briefingMenu = listener;
  },
  onLibraryChanged: () => {},
  // The test's handlers call window.__briefingProgress(progress) as main would send the event.
  onImportProgress: (listener) => {
    (w as unknown as { __briefingProgress: typeof listener }).__briefingProgress = listener;
  },
  onFlushRequest: (flush) => {
    w.__briefingFlush = flush;
  },
};
