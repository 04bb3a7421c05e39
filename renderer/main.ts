// The window: library on the left, the briefing in the middle, notes on the right.
import type { MenuCommand } from '../electron/ipc/contract';
import type { ImportJobReport } from '../electron/core/importer/importJob';
import { api, unwrap } from './api';
import { jumpTo, onCorrected, renderBriefing, renderBriefingMessage } from './briefingView';
import { byId } from './dom';
import { openFind } from './findInText';
import { createLibraryView } from './libraryView';
import { createNotesBrowser, type LibraryMode } from './notesBrowser';
import { createNotesPanel, UNSAVED } from './notesPanel';
import { createImportProgress } from './importProgress';
import { createImportReport } from './importReport';
import { plainImportReason } from '../electron/common/importReasons';
import { createSearchView, showPassage } from './searchView';
import { createSettingsDialog } from './settingsDialog';
import { createExportDialog, type RunExport } from './exportDialog';
import { announce } from './statusBar';
import { registerAppCommands } from './appCommands';
import { createCommandPalette } from './commandPalette';
import { commandForKey } from './commands';
import { createLayoutStore } from './layoutStore';
import { createNoteViewSwitch } from './noteViewSwitch';
import { focusNextPane, installPaneFocus } from './paneFocus';
import { createPaneLayout } from './paneLayout';
import { createShortcutSheet } from './shortcutSheet';
// Entity page (issue 14)
import { createEntityView, OPEN_ENTITY_EVENT } from './entityView';
import { installCorrectionUndo } from './correctionUndo';
// Library table, context menu, packs (s18-lib).
import { articleContextMenu } from './libraryActions';
import { createPacksView } from './packsView';
import { DETAILS_CHANGED } from './articleDetailsForm';

const notes = createNotesPanel({
  notesChanged: () => void library.refresh(),
  anchorsChanged: () => void redrawBriefing(),
  showPassage: (noteId) => jumpTo(`n${noteId}`),
});
let loadToken = 0;

// The library table (s18-lib): rows open articles, go in and out of the current pack, and have a
// context menu (libraryActions.ts).
const library = createLibraryView({
  select: (id) => void openArticle(id),
  togglePack: (id) => void packs.toggle(id),
  contextMenu: (item, at, row) => articleMenu(item, at, row),
  // Enter on a row (already open) goes into it to read: its title takes the focus.
  enter: () => (document.getElementById('briefing-title') ?? byId('briefing')).focus(),
});
const packs = createPacksView({
  open: (id) => library.select(id),
  exportIds: (ids) => exportArticles(ids),
  changed: (ids) => library.setPackIds(ids),
});
const articleMenu = articleContextMenu({
  open: (id) => library.select(id),
  addToPack: (ids) => packs.add(ids),
  exportIds: (ids) => exportArticles(ids),
  trashed: async (ids) => {
    const open = library.selectedId();
    await library.refresh();
    await packs.refresh();
    // The open article went to the trash: the reader moves to the newest article left.
    if (open !== null && ids.includes(open)) {
      const newest = library.newestId();
      if (newest !== null) library.select(newest);
      else renderBriefingMessage('The library is empty: the articles moved to the trash are in the Trash tab.');
    }
  },
});
const notesBrowser = createNotesBrowser(
  (articleId, noteId) => {
    void showMode('articles');
    library.select(articleId);
    void openArticle(articleId, noteId);
  },
  () => void library.refresh(),
);
const settings = createSettingsDialog(async () => {
  if (!(await notes.flush())) throw new Error(UNSAVED);
});
const importProgress = createImportProgress();
// A search hit opens its article and scrolls the full text to the matched words.
createSearchView(
  (articleId, hit) => {
    library.select(articleId);
    void openArticle(articleId).then(() => {
      if (hit?.start !== null && hit?.start !== undefined) showPassage(hit.start, hit.end ?? hit.start + 1);
    });
  },
  // Back from the results (s18-lib): the table shows the article open now.
  () => library.revealSelected(),
);

document.addEventListener('briefing:article-tags-changed', () => void library.refresh());
// Edited title, date or source (s18-lib): the briefing and the table show them at once.
document.addEventListener(DETAILS_CHANGED, () => {
  void library.refresh();
  void redrawBriefing();
});

// A correction answers with the corrected briefing: redraw it where the analyst is reading.
onCorrected((briefing) => {
  if (library.selectedId() === briefing.article.id) renderBriefing(briefing, false);
  announce('Correction saved; it is kept when the article is analysed again.');
});

/** Re-renders the briefing (e.g. for new note anchors) without touching the notes panel. */
async function redrawBriefing(): Promise<void> {
  const id = library.selectedId();
  if (id === null) return;
  const briefing = await unwrap(api().getBriefing(id)).catch(() => null);
  if (briefing && library.selectedId() === id) renderBriefing(briefing, false);
}

async function openArticle(id: number, selectNoteId?: number): Promise<void> {
  const token = ++loadToken;
  if (!(await notes.flush())) {
    // Stay on the article whose note could not be saved (the notes panel says why).
    const shown = Number(document.body.dataset.articleId);
    if (shown && shown !== id) library.select(shown);
    return;
  }
  try {
    const briefing = await unwrap(api().getBriefing(id));
    if (token !== loadToken) return;
    renderBriefing(briefing);
    notes.show(id, briefing.notes, selectNoteId);
    document.title = `${briefing.article.title} — Briefing Desk`;
    document.body.dataset.articleId = String(id);
  } catch (err) {
    renderBriefingMessage((err as Error).message);
  }
}

function describeImport(report: ImportJobReport): string {
  const refused = report.outcomes.flatMap((o) => (o.status === 'refused' ? [`${baseName(o.file)}: ${plainImportReason(o.code, o.reason)}`] : []));
  const cancelled = report.stoppedBy
    ? ` The import stopped: ${report.stoppedBy.message}. ${report.notStarted} file(s) not imported.`
    : report.cancelled ? ` Cancelled: ${report.notStarted} file(s) not imported.` : '';
  const head = `Imported ${report.imported}, duplicate ${report.duplicates}, refused ${report.refused}.${cancelled}`;
  return refused.length ? `${head} ${refused.join('; ')}` : head;
}

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

// Import report: every import (dialog, drop, folder, retry) ends with the per-file report.
const importReport = createImportReport(async () => afterImport(await unwrap(api().retryRefused())));

async function afterImport(report: ImportJobReport | null): Promise<void> {
  importProgress.hide();
  if (!report) return;
  announce(describeImport(report), report.refused || report.stoppedBy ? 'error' : 'info');
  importReport.show(report);
  await library.refresh();
  for (const o of report.outcomes) {
    if (o.status !== 'refused') return library.select(o.articleId);
  }
}

/** Exports articles (the open one, a pack from the Packs panel, a row from the context menu) through the
 *  export dialog, which asks for the format and the layout (a pack's title and introduction); File ›
 *  Export PDF… asks for PDF only. */
async function exportArticles(ids: number[], pdfOnly = false): Promise<void> {
  if (!ids.length) return announce('Select an article to export.', 'error');
  // The open article is named by its title; another (from the context menu) by its row's title.
  const title = ids[0] === library.selectedId() ? document.querySelector('#briefing h1')?.textContent : document.querySelector(`#article-${ids[0]} .lib-title`)?.textContent;
  await exportDialog.open(ids, pdfOnly, ids.length > 1 ? `A pack of ${ids.length} articles.` : `The briefing: ${title ?? 'the open article'}`);
}

async function run(command: MenuCommand): Promise<void> {
  try {
    switch (command) {
      case 'import':
        // A failed import (the library refused a write) still takes the progress bar down, and the list
        // shows what was stored before it stopped.
        await afterImport(await unwrap(api().chooseAndImport()).catch(async (err: unknown) => {
          importProgress.hide();
          await library.refresh();
          throw err;
        }));
        break;
      case 'export-pdf':
        // File › Export PDF… (Ctrl+E) exports PDF, whatever format the Export button's dialog chose last.
        await openExport(true);
        break;
      case 'new-note':
        await notes.newNote();
        break;
      case 'focus-filter':
        // Ctrl+F finds in the article while the reader is in the briefing; elsewhere it filters the library.
        if (!findInBriefing()) library.focusFilter();
        break;
      case 'focus-notes':
        notes.focus();
        break;
      // layout and keyboard: a pane toggles once though the key may arrive from the menu and the page.
      case 'toggle-library':
      case 'toggle-notes':
        paneLayout.toggle(command === 'toggle-library' ? 'library' : 'notes');
        break;
      case 'command-palette':
        palette.open();
        break;
      case 'shortcuts':
        shortcutSheet.open();
        break;
    }
  } catch (err) {
    announce((err as Error).message, 'error');
  }
}

/** Ctrl+F while the reader is in the briefing opens the find bar over its full text. */
function findInBriefing(): boolean {
  return Boolean(document.activeElement?.closest('#briefing')) && openFind();
}

// The same command may arrive from the menu and from the page's own key handler; run it once.
let lastCommand = { command: '', at: 0 };
function runOnce(command: MenuCommand): void {
  const now = Date.now();
  if (lastCommand.command === command && now - lastCommand.at < 400) return;
  lastCommand = { command, at: now };
  void run(command);
}

// Keys: every action is in the command table (renderer/commands.ts, filled by appCommands.ts below); a
// key press runs the command whose shortcut it is. A modal dialog keeps its own keys.
document.addEventListener('keydown', (event) => {
  if (document.querySelector('dialog:modal')) return;
  const command = commandForKey(event);
  if (!command) return;
  event.preventDefault();
  void command.run();
});

byId('import-button').addEventListener('click', () => runOnce('import'));
byId('export-button').addEventListener('click', () => void openExport(false));

byId('settings-button').addEventListener('click', () => void settings.open());

// The library panel shows the articles, every note, or the trash.
const modes = { articles: byId('show-articles'), notes: byId('show-notes'), trash: byId('show-trash') } as const;
async function showMode(mode: LibraryMode): Promise<void> {
  for (const [name, tab] of Object.entries(modes)) tab.setAttribute('aria-selected', String(name === mode));
  document.body.dataset.libraryMode = mode;
  await notesBrowser.show(mode);
}
for (const [name, tab] of Object.entries(modes)) tab.addEventListener('click', () => void showMode(name as LibraryMode));

// Files dropped anywhere on the window are imported.
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  document.body.classList.add('dropping');
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) document.body.classList.remove('dropping');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  document.body.classList.remove('dropping');
  const files = [...(event.dataTransfer?.files ?? [])];
  if (files.length) {
    void unwrap(api().importFiles(files)).then(afterImport, (err: Error) => {
      importProgress.hide();
      void library.refresh();
      announce(err.message, 'error');
    });
  }
});

api().onMenuCommand(runOnce);
api().onLibraryChanged(() => void library.refresh());
// Corrections across the library (issue 14): Ctrl+Z undoes the last dismissal, addition, merge or split.
installCorrectionUndo();
api().onFlushRequest(() => notes.flush());

// Export options: the dialog asks how to lay the export out; then the notes are saved and it is written.
const runExport: RunExport = async (ids, format, options) => {
  try {
    await notes.flush();
    announce(`Exporting ${ids.length > 1 ? `a pack of ${ids.length} articles` : 'the briefing'} as ${format.toUpperCase()}…`);
    const result = await unwrap(api().exportBriefings(ids, format, options));
    if (result) announce(`Saved to ${result.path}`);
  } catch (err) {
    announce((err as Error).message, 'error');
  }
};
const exportDialog = createExportDialog(runExport);

/** The Export button and File › Export PDF… export the open article. */
function openExport(pdfOnly: boolean): Promise<void> {
  const id = library.selectedId();
  return exportArticles(id === null ? [] : [id], pdfOnly);
}
// --- layout and keyboard: resizable panes, the notes view, F6, the palette and the shortcut sheet ---
const layoutStore = createLayoutStore();
const paneLayout = createPaneLayout(layoutStore);
const noteView = createNoteViewSwitch(layoutStore);
const palette = createCommandPalette();
const shortcutSheet = createShortcutSheet();
installPaneFocus();
registerAppCommands({
  runOnce,
  noteOnPassage: () => void notes.noteOnPassage(),
  findInBriefing,
  openSettings: () => void settings.open(),
  showMode: (mode) => void showMode(mode),
  togglePane: (side) => runOnce(side === 'library' ? 'toggle-library' : 'toggle-notes'),
  setNotesView: noteView.set,
  // An open dialog ignores a second open, so the menu's copy of the key needs no runOnce.
  openPalette: palette.open,
  openShortcuts: shortcutSheet.open,
  focusNextPane,
});

async function start(): Promise<void> {
  try {
    await layoutStore.load();
    await Promise.all([library.refresh(), packs.refresh()]);
    const newest = library.newestId();
    if (newest !== null) library.select(newest);
    else renderBriefingMessage('Import an article to see its briefing: File › Import… (Ctrl+O), or drop .txt and .md files on the window.');
  } catch (err) {
    renderBriefingMessage(`The library could not be loaded: ${(err as Error).message}`);
  }
  document.body.dataset.ready = 'true';
}

// Entity page (issue 14): opened from entity chips, speakers, actors and search hits; a row opens its
// article at the passage.
const entityView = createEntityView((articleId, start, end) => {
  library.select(articleId);
  return openArticle(articleId).then(() => {
    if (start !== null) showPassage(start, end ?? start + 1);
  });
});
document.addEventListener(OPEN_ENTITY_EVENT, (event) => {
  const name = (event as CustomEvent<{ name?: unknown }>).detail?.name;
  if (typeof name === 'string' && name.trim()) void entityView.open(name.trim());
});
// Its "Add to pack" event is handled by the Packs panel (packsView.ts), which adds to the current pack.
// An article opened from elsewhere (the library, a search hit) takes the page's place: a briefing drawn
// adds nodes (the page's own "back" button coming and going does not count).
new MutationObserver((records) => {
  const drawn = records.some((r) => [...r.addedNodes].some((n) => !(n instanceof HTMLElement && n.classList.contains('entity-return'))));
  if (drawn && entityView.isOpen()) entityView.close(false);
}).observe(byId('briefing'), { childList: true });

void start();
