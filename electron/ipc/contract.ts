// The one IPC contract: every channel, with its request and response types. The main process's
// handlers, the preload and the renderer's `window.briefing` type all come from this file.
import type { ImportJobReport, ImportProgress } from '../core/importer/importJob';
import type { SearchRequest, SearchResults } from '../core/search/types';
import type { Correction } from '../core/corrections';
import type { BackupInfo } from '../core/db/backups';
import type { ListPage, ListPageRequest } from '../core/db/articleListRepository';
import type { Briefing, Note, NoteListItem, NoteRevision, Settings } from '../core/model';

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Request and response of each invoke channel. */
export interface IpcChannels {
  'briefing:list-articles': { request: ListPageRequest; response: ListPage };
  'briefing:get-briefing': { request: { articleId: number }; response: Briefing };
  'briefing:import-paths': { request: { paths: string[] }; response: ImportJobReport };
  'briefing:choose-and-import': { request: Record<string, never>; response: ImportJobReport | null };
  /** Stops the running import: files stored so far stay. False when no import is running. */
  'briefing:cancel-import': { request: Record<string, never>; response: { cancelled: boolean } };
  'briefing:search': { request: SearchRequest; response: SearchResults };
  'briefing:create-note': { request: { articleId: number; body: string; anchor?: { start: number; end: number } }; response: Note };
  'briefing:set-note-tags': { request: { noteId: number; tags: string[] }; response: Note };
  'briefing:set-article-tags': { request: { articleId: number; tags: string[] }; response: { tags: string[] } };
  'briefing:list-notes': { request: { trash?: boolean; tag?: string }; response: NoteListItem[] };
  'briefing:list-tags': { request: Record<string, never>; response: { name: string; notes: number }[] };
  'briefing:note-revisions': { request: { noteId: number }; response: NoteRevision[] };
  'briefing:restore-revision': { request: { noteId: number; revisionId: number }; response: Note };
  'briefing:restore-note': { request: { noteId: number }; response: Note };
  'briefing:empty-trash': { request: Record<string, never>; response: { removed: number } };
  'briefing:list-backups': { request: Record<string, never>; response: BackupInfo[] };
  'briefing:correct': { request: { articleId: number; correction: Correction }; response: Briefing };
  'briefing:undo-correction': { request: { articleId: number; correction: Correction }; response: Briefing };
  'briefing:restore-backup': { request: { name: string }; response: { restarting: boolean } };
  'briefing:save-note': { request: { noteId: number; body: string }; response: Note };
  'briefing:delete-note': { request: { noteId: number }; response: { noteId: number } };
  'briefing:render-markdown': { request: { markdown: string }; response: string };
  'briefing:export': { request: { articleIds: number[]; format: ExportFormat }; response: { path: string } | null };
  'briefing:get-settings': { request: Record<string, never>; response: Settings };
  'briefing:update-settings': { request: Partial<Settings>; response: Settings };
  // Import report: imports again the files the last import refused (main keeps their paths, so the window
  // never names a path to read).
  'briefing:retry-refused': { request: Record<string, never>; response: ImportJobReport };
}

export type ExportFormat = 'pdf' | 'md' | 'html';

export type Channel = keyof IpcChannels;
export type Request<C extends Channel> = IpcChannels[C]['request'];
export type Response<C extends Channel> = IpcChannels[C]['response'];

/** Every channel name, for the main side to register and the preload to check its prefix. */
export const CHANNELS = [
  'briefing:list-articles',
  'briefing:get-briefing',
  'briefing:import-paths',
  'briefing:choose-and-import',
  'briefing:cancel-import',
  'briefing:search',
  'briefing:create-note',
  'briefing:set-note-tags',
  'briefing:set-article-tags',
  'briefing:list-notes',
  'briefing:list-tags',
  'briefing:note-revisions',
  'briefing:restore-revision',
  'briefing:restore-note',
  'briefing:empty-trash',
  'briefing:list-backups',
  'briefing:correct',
  'briefing:undo-correction',
  'briefing:restore-backup',
  'briefing:save-note',
  'briefing:delete-note',
  'briefing:render-markdown',
  'briefing:export',
  'briefing:get-settings',
  'briefing:update-settings',
  // Import report
  'briefing:retry-refused',
] as const satisfies readonly Channel[];

/** Commands the main process sends to the window (menu items, the close handshake). */
export type MenuCommand = 'import' | 'export-pdf' | 'new-note' | 'focus-filter' | 'focus-notes';
export const EVENT_MENU_COMMAND = 'briefing:menu-command';
export const EVENT_LIBRARY_CHANGED = 'briefing:library-changed';
/** Main tells the window how a running import is going (files done, left, refused so far). */
export const EVENT_IMPORT_PROGRESS = 'briefing:import-progress';
/** Main asks the window to save what is pending before it closes; the window answers on FLUSHED. */
export const EVENT_FLUSH_REQUEST = 'briefing:flush-request';
export const EVENT_FLUSHED = 'briefing:flushed';

/** What the preload exposes as `window.briefing`: one named function per operation. */
export interface BriefingApi {
  /** A page of the library list (filtered), newest first. */
  listArticles(request: ListPageRequest): Promise<IpcResult<ListPage>>;
  getBriefing(articleId: number): Promise<IpcResult<Briefing>>;
  importFiles(files: File[]): Promise<IpcResult<ImportJobReport>>;
  chooseAndImport(): Promise<IpcResult<ImportJobReport | null>>;
  createNote(articleId: number, body: string, anchor?: { start: number; end: number }): Promise<IpcResult<Note>>;
  setNoteTags(noteId: number, tags: string[]): Promise<IpcResult<Note>>;
  setArticleTags(articleId: number, tags: string[]): Promise<IpcResult<{ tags: string[] }>>;
  listNotes(filter?: { trash?: boolean; tag?: string }): Promise<IpcResult<NoteListItem[]>>;
  listTags(): Promise<IpcResult<{ name: string; notes: number }[]>>;
  noteRevisions(noteId: number): Promise<IpcResult<NoteRevision[]>>;
  restoreRevision(noteId: number, revisionId: number): Promise<IpcResult<Note>>;
  restoreNote(noteId: number): Promise<IpcResult<Note>>;
  emptyTrash(): Promise<IpcResult<{ removed: number }>>;
  listBackups(): Promise<IpcResult<BackupInfo[]>>;
  /** The analyst corrects a speaker, an actor or an entity; the answer is the corrected briefing. */
  correct(articleId: number, correction: Correction): Promise<IpcResult<Briefing>>;
  undoCorrection(articleId: number, correction: Correction): Promise<IpcResult<Briefing>>;
  restoreBackup(name: string): Promise<IpcResult<{ restarting: boolean }>>;
  saveNote(noteId: number, body: string): Promise<IpcResult<Note>>;
  deleteNote(noteId: number): Promise<IpcResult<{ noteId: number }>>;
  renderMarkdown(markdown: string): Promise<IpcResult<string>>;
  exportBriefings(articleIds: number[], format: ExportFormat): Promise<IpcResult<{ path: string } | null>>;
  getSettings(): Promise<IpcResult<Settings>>;
  updateSettings(patch: Partial<Settings>): Promise<IpcResult<Settings>>;
  onMenuCommand(listener: (command: MenuCommand) => void): void;
  onLibraryChanged(listener: () => void): void;
  onImportProgress(listener: (progress: ImportProgress) => void): void;
  cancelImport(): Promise<IpcResult<{ cancelled: boolean }>>;
  search(request: SearchRequest): Promise<IpcResult<SearchResults>>;
  /** The window registers how to save everything pending; main calls it before closing. */
  onFlushRequest(flush: () => Promise<boolean>): void;
  // Import report
  /** Imports again the files the last import refused (e.g. after the analyst fixed them). */
  retryRefused(): Promise<IpcResult<ImportJobReport>>;
}

/** Builds the API over any invoke function: the preload passes ipcRenderer.invoke, tests a bridge. */
export function makeInvokers(invoke: <C extends Channel>(channel: C, request: Request<C>) => Promise<IpcResult<Response<C>>>) {
  return {
    listArticles: (request: ListPageRequest) => invoke('briefing:list-articles', request),
    getBriefing: (articleId: number) => invoke('briefing:get-briefing', { articleId }),
    chooseAndImport: () => invoke('briefing:choose-and-import', {}),
    createNote: (articleId: number, body: string, anchor?: { start: number; end: number }) =>
      invoke('briefing:create-note', anchor ? { articleId, body, anchor } : { articleId, body }),
    setNoteTags: (noteId: number, tags: string[]) => invoke('briefing:set-note-tags', { noteId, tags }),
    setArticleTags: (articleId: number, tags: string[]) => invoke('briefing:set-article-tags', { articleId, tags }),
    listNotes: (filter: { trash?: boolean; tag?: string } = {}) => invoke('briefing:list-notes', filter),
    listTags: () => invoke('briefing:list-tags', {}),
    noteRevisions: (noteId: number) => invoke('briefing:note-revisions', { noteId }),
    restoreRevision: (noteId: number, revisionId: number) => invoke('briefing:restore-revision', { noteId, revisionId }),
    restoreNote: (noteId: number) => invoke('briefing:restore-note', { noteId }),
    emptyTrash: () => invoke('briefing:empty-trash', {}),
    listBackups: () => invoke('briefing:list-backups', {}),
    correct: (articleId: number, correction: Correction) => invoke('briefing:correct', { articleId, correction }),
    undoCorrection: (articleId: number, correction: Correction) => invoke('briefing:undo-correction', { articleId, correction }),
    restoreBackup: (name: string) => invoke('briefing:restore-backup', { name }),
    saveNote: (noteId: number, body: string) => invoke('briefing:save-note', { noteId, body }),
    deleteNote: (noteId: number) => invoke('briefing:delete-note', { noteId }),
    renderMarkdown: (markdown: string) => invoke('briefing:render-markdown', { markdown }),
    exportBriefings: (articleIds: number[], format: ExportFormat) => invoke('briefing:export', { articleIds, format }),
    getSettings: () => invoke('briefing:get-settings', {}),
    updateSettings: (patch: Partial<Settings>) => invoke('briefing:update-settings', patch),
    importPaths: (paths: string[]) => invoke('briefing:import-paths', { paths }),
    cancelImport: () => invoke('briefing:cancel-import', {}),
    search: (request: SearchRequest) => invoke('briefing:search', request),
    // Import report
    retryRefused: () => invoke('briefing:retry-refused', {}),
  };
}
