// The one IPC contract: every channel, with its request and response types. The main process's
// handlers, the preload and the renderer's `window.briefing` type all come from this file.
import type { ImportJobReport, ImportProgress } from '../core/importer/importJob';
import type { SearchRequest, SearchResults } from '../core/search/types';
import type { Correction } from '../core/corrections';
import type { BackupInfo } from '../core/db/backups';
import type { ListPage, ListPageRequest } from '../core/db/articleListRepository';
import type { Briefing, Note, NoteListItem, NoteRevision, Settings } from '../core/model';
// Export options: how an export is laid out (notes first, compact, a pack's title and introduction).
import type { ExportOptions } from '../common/exportOptions';
// Entity page (issue 14)
import type { EntityPageRequest, EntityPageView } from '../core/search/entityPageTypes';
// Corrections across the library (issue 14)
import type { EntityType } from '../core/analysis/types';
import type { Dismissed } from '../core/corrections';
import type { EntityMerge } from '../core/db/entityMergesRepository';
// Library table, article trash, packs, article details (s18-lib).
import type { TrashedArticle } from '../core/db/articleTrashRepository';
import type { Pack, PackList } from '../core/db/packsRepository';
import type { ArticleDetails } from '../core/db/articleDetailsRepository';

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
  /** Without options (older callers), the export is laid out as before: cover, contents, notes last. */
  'briefing:export': { request: { articleIds: number[]; format: ExportFormat; options?: Partial<ExportOptions> }; response: { path: string } | null };
  'briefing:get-settings': { request: Record<string, never>; response: Settings };
  'briefing:update-settings': { request: Partial<Settings>; response: Settings };
  // Entity page (issue 14): a name's quotes and proposals across the library, filtered, with totals.
  'briefing:entity-page': { request: EntityPageRequest; response: EntityPageView };
  // Corrections across the library (issue 14): merges, splits and kinds for every article; dismissals.
  /** Makes `alias` one of `into`'s names in every article; `replaced` is the merge of `alias` it replaced. */
  'briefing:merge-entities': { request: { alias: string; into: string }; response: { merges: EntityMerge[]; replaced: EntityMerge | null } };
  /** Undoes a merge: `alias` stands for itself again. */
  'briefing:split-alias': { request: { alias: string }; response: { merges: EntityMerge[]; removed: EntityMerge } };
  'briefing:list-merges': { request: Record<string, never>; response: EntityMerge[] };
  /** Sets (null: clears) a name's kind in every article; `previous` is what undo sets back. */
  'briefing:set-entity-kind': { request: { name: string; type: EntityType | null }; response: { previous: EntityType | null } };
  'briefing:list-dismissed': { request: { articleId: number }; response: Dismissed[] };
  // Library table, article trash, packs, article details (s18-lib).
  'briefing:trash-articles': { request: { articleIds: number[] }; response: { moved: number } };
  'briefing:restore-articles': { request: { articleIds: number[] }; response: { restored: number } };
  'briefing:list-trashed-articles': { request: Record<string, never>; response: TrashedArticle[] };
  /** Deletes the articles in the trash for good, with their notes (the window asks the analyst first). */
  'briefing:empty-article-trash': { request: Record<string, never>; response: { articles: number; notes: number } };
  'briefing:list-packs': { request: Record<string, never>; response: PackList };
  'briefing:create-pack': { request: { name: string }; response: Pack };
  'briefing:rename-pack': { request: { packId: number; name: string }; response: Pack };
  'briefing:delete-pack': { request: { packId: number }; response: PackList };
  'briefing:set-current-pack': { request: { packId: number }; response: PackList };
  /** Without packId: to the current pack, made ("Pack 1") when there is none. */
  'briefing:add-to-pack': { request: { packId?: number; articleIds: number[] }; response: Pack };
  'briefing:remove-from-pack': { request: { packId: number; articleIds: number[] }; response: Pack };
  'briefing:update-article-details': { request: { articleId: number } & ArticleDetails; response: ArticleDetails };
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
  // Entity page (issue 14)
  'briefing:entity-page',
  // Corrections across the library (issue 14)
  'briefing:merge-entities',
  'briefing:split-alias',
  'briefing:list-merges',
  'briefing:set-entity-kind',
  'briefing:list-dismissed',
  // Library table, article trash, packs, article details (s18-lib).
  'briefing:trash-articles',
  'briefing:restore-articles',
  'briefing:list-trashed-articles',
  'briefing:empty-article-trash',
  'briefing:list-packs',
  'briefing:create-pack',
  'briefing:rename-pack',
  'briefing:delete-pack',
  'briefing:set-current-pack',
  'briefing:add-to-pack',
  'briefing:remove-from-pack',
  'briefing:update-article-details',
  // Import report
  'briefing:retry-refused',
] as const satisfies readonly Channel[];

/** Commands the main process sends to the window (menu items, the close handshake). */
export type MenuCommand =
  | 'import' | 'export-pdf' | 'new-note' | 'focus-filter' | 'focus-notes'
  // layout and keyboard
  | 'command-palette' | 'shortcuts' | 'toggle-library' | 'toggle-notes';
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
  exportBriefings(articleIds: number[], format: ExportFormat, options?: Partial<ExportOptions>): Promise<IpcResult<{ path: string } | null>>;
  getSettings(): Promise<IpcResult<Settings>>;
  updateSettings(patch: Partial<Settings>): Promise<IpcResult<Settings>>;
  onMenuCommand(listener: (command: MenuCommand) => void): void;
  onLibraryChanged(listener: () => void): void;
  onImportProgress(listener: (progress: ImportProgress) => void): void;
  cancelImport(): Promise<IpcResult<{ cancelled: boolean }>>;
  search(request: SearchRequest): Promise<IpcResult<SearchResults>>;
  /** The window registers how to save everything pending; main calls it before closing. */
  onFlushRequest(flush: () => Promise<boolean>): void;
  // Entity page (issue 14)
  /** A person's (organisation's, place's) quotes and proposals across the library, newest first. */
  entityPage(request: EntityPageRequest): Promise<IpcResult<EntityPageView>>;
  // Corrections across the library (issue 14)
  mergeEntities(alias: string, into: string): Promise<IpcResult<{ merges: EntityMerge[]; replaced: EntityMerge | null }>>;
  splitAlias(alias: string): Promise<IpcResult<{ merges: EntityMerge[]; removed: EntityMerge }>>;
  listMerges(): Promise<IpcResult<EntityMerge[]>>;
  setEntityKind(name: string, type: EntityType | null): Promise<IpcResult<{ previous: EntityType | null }>>;
  listDismissed(articleId: number): Promise<IpcResult<Dismissed[]>>;
  // Library table, article trash, packs, article details (s18-lib).
  trashArticles(articleIds: number[]): Promise<IpcResult<{ moved: number }>>;
  restoreArticles(articleIds: number[]): Promise<IpcResult<{ restored: number }>>;
  listTrashedArticles(): Promise<IpcResult<TrashedArticle[]>>;
  emptyArticleTrash(): Promise<IpcResult<{ articles: number; notes: number }>>;
  listPacks(): Promise<IpcResult<PackList>>;
  createPack(name: string): Promise<IpcResult<Pack>>;
  renamePack(packId: number, name: string): Promise<IpcResult<Pack>>;
  deletePack(packId: number): Promise<IpcResult<PackList>>;
  setCurrentPack(packId: number): Promise<IpcResult<PackList>>;
  addToPack(articleIds: number[], packId?: number): Promise<IpcResult<Pack>>;
  removeFromPack(packId: number, articleIds: number[]): Promise<IpcResult<Pack>>;
  updateArticleDetails(articleId: number, details: ArticleDetails): Promise<IpcResult<ArticleDetails>>;
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
    exportBriefings: (articleIds: number[], format: ExportFormat, options?: Partial<ExportOptions>) =>
      invoke('briefing:export', options ? { articleIds, format, options } : { articleIds, format }),
    getSettings: () => invoke('briefing:get-settings', {}),
    updateSettings: (patch: Partial<Settings>) => invoke('briefing:update-settings', patch),
    importPaths: (paths: string[]) => invoke('briefing:import-paths', { paths }),
    cancelImport: () => invoke('briefing:cancel-import', {}),
    search: (request: SearchRequest) => invoke('briefing:search', request),
    // Entity page (issue 14)
    entityPage: (request: EntityPageRequest) => invoke('briefing:entity-page', request),
    // Corrections across the library (issue 14)
    mergeEntities: (alias: string, into: string) => invoke('briefing:merge-entities', { alias, into }),
    splitAlias: (alias: string) => invoke('briefing:split-alias', { alias }),
    listMerges: () => invoke('briefing:list-merges', {}),
    setEntityKind: (name: string, type: EntityType | null) => invoke('briefing:set-entity-kind', { name, type }),
    listDismissed: (articleId: number) => invoke('briefing:list-dismissed', { articleId }),
    // Library table, article trash, packs, article details (s18-lib).
    trashArticles: (articleIds: number[]) => invoke('briefing:trash-articles', { articleIds }),
    restoreArticles: (articleIds: number[]) => invoke('briefing:restore-articles', { articleIds }),
    listTrashedArticles: () => invoke('briefing:list-trashed-articles', {}),
    emptyArticleTrash: () => invoke('briefing:empty-article-trash', {}),
    listPacks: () => invoke('briefing:list-packs', {}),
    createPack: (name: string) => invoke('briefing:create-pack', { name }),
    renamePack: (packId: number, name: string) => invoke('briefing:rename-pack', { packId, name }),
    deletePack: (packId: number) => invoke('briefing:delete-pack', { packId }),
    setCurrentPack: (packId: number) => invoke('briefing:set-current-pack', { packId }),
    addToPack: (articleIds: number[], packId?: number) => invoke('briefing:add-to-pack', packId === undefined ? { articleIds } : { packId, articleIds }),
    removeFromPack: (packId: number, articleIds: number[]) => invoke('briefing:remove-from-pack', { packId, articleIds }),
    updateArticleDetails: (articleId: number, details: ArticleDetails) => invoke('briefing:update-article-details', { articleId, ...details }),
    // Import report
    retryRefused: () => invoke('briefing:retry-refused', {}),
  };
}
