// The window: library on the left, the briefing in the middle, notes on the right.
import type { ExportFormat, MenuCommand } from '../electron/ipc/contract';
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
import { announce } from './statusBar';

const notes = createNotesPanel({
  notesChanged: () => void library.refresh(),
  anchorsChanged: () => void redrawBriefing(),
  showPassage: (noteId) => jumpTo(`n${noteId}`),
});
let loadToken = 0;

const exportButton = byId<HTMLButtonElement>('export-button');
const library = createLibraryView(
  (id) => void openArticle(id),
  (ids) => {
    exportButton.textContent = ids.length > 1 ? `Export pack (${ids.length})` : 'Export';
  },
);
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
createSearchView((articleId, hit) => {
  library.select(articleId);
  void openArticle(articleId).then(() => {
    if (hit?.start !== null && hit?.start !== undefined) showPassage(hit.start, hit.end ?? hit.start + 1);
  });
});

document.addEventListener('briefing:article-tags-changed', () => void library.refresh());

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
      case 'export-pdf': {
        const pack = library.packIds();
        const id = library.selectedId();
        const ids = pack.length > 1 ? pack : id !== null ? [id] : [];
        if (!ids.length) return announce('Select an article to export.', 'error');
        const format = byId<HTMLSelectElement>('export-format').value as ExportFormat;
        await notes.flush();
        announce(`Exporting ${ids.length > 1 ? `a pack of ${ids.length} articles` : 'the briefing'} as ${format.toUpperCase()}…`);
        const result = await unwrap(api().exportBriefings(ids, format));
        if (result) announce(`Saved to ${result.path}`);
        break;
      }
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

const KEYS: Record<string, MenuCommand> = { o: 'import', e: 'export-pdf', n: 'new-note', f: 'focus-filter', j: 'focus-notes' };
document.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'n') {
    event.preventDefault();
    void notes.noteOnPassage();
    return;
  }
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  // Find in the article opens at once (not through runOnce, so closing and finding again at once works);
  // the menu's Ctrl+F, if it also arrives, only focuses the open bar again.
  if (event.key.toLowerCase() === 'f' && findInBriefing()) {
    event.preventDefault();
    return;
  }
  const command = KEYS[event.key.toLowerCase()];
  if (!command) return;
  event.preventDefault();
  runOnce(command);
});

byId('import-button').addEventListener('click', () => runOnce('import'));
byId('export-button').addEventListener('click', () => runOnce('export-pdf'));

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
api().onFlushRequest(() => notes.flush());

async function start(): Promise<void> {
  try {
    await library.refresh();
    const newest = library.newestId();
    if (newest !== null) library.select(newest);
    else renderBriefingMessage('Import an article to see its briefing: File › Import… (Ctrl+O), or drop .txt and .md files on the window.');
  } catch (err) {
    renderBriefingMessage(`The library could not be loaded: ${(err as Error).message}`);
  }
  document.body.dataset.ready = 'true';
}

void start();
