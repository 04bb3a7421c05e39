// The sandboxed preload: exposes one named function per operation as window.briefing, and nothing else
// (no ipcRenderer, no generic invoke). Bundled into one file, as sandboxed preloads cannot require.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  EVENT_FLUSH_REQUEST,
  EVENT_FLUSHED,
  EVENT_IMPORT_PROGRESS,
  EVENT_LIBRARY_CHANGED,
  EVENT_MENU_COMMAND,
  makeInvokers,
  type BriefingApi,
  type MenuCommand,
} from '../ipc/contract';
import type { ImportProgress } from '../core/importer/importJob';

const invokers = makeInvokers((channel, request) => ipcRenderer.invoke(channel, request));
const { importPaths, ...named } = invokers;

const api: BriefingApi = {
  ...named,
  // Dropped files reach main as paths; webUtils is the sandbox-safe way to get them.
  importFiles: (files: File[]) => importPaths(files.map((f) => webUtils.getPathForFile(f)).filter(Boolean)),
  onMenuCommand: (listener) => {
    ipcRenderer.on(EVENT_MENU_COMMAND, (_e, command: MenuCommand) => listener(command));
  },
  onImportProgress: (listener) => {
    ipcRenderer.on(EVENT_IMPORT_PROGRESS, (_e, progress: ImportProgress) => listener(progress));
  },
  onLibraryChanged: (listener) => {
    ipcRenderer.on(EVENT_LIBRARY_CHANGED, () => listener());
  },
  onFlushRequest: (flush) => {
    ipcRenderer.on(EVENT_FLUSH_REQUEST, () => {
      // Main hears whether everything was saved, and asks the analyst before closing if not.
      flush().then(
        (saved) => ipcRenderer.send(EVENT_FLUSHED, saved),
        () => ipcRenderer.send(EVENT_FLUSHED, false),
      );
    });
  },
};

contextBridge.exposeInMainWorld('briefing', api);
