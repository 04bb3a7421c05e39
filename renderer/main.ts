// The window: library on the left, the briefing in the middle, notes on the right.
import type { MenuCommand } from '../electron/ipc/contract';
import type { ImportReport } from '../electron/core/importer/importArticle';
import { api, unwrap } from './api';
import { renderBriefing, renderBriefingMessage } from './briefingView';
import { byId } from './dom';
import { createLibraryView } from './libraryView';
import { createNotesPanel } from './notesPanel';
import { announce } from './statusBar';

const notes = createNotesPanel(() => void library.refresh());
let loadToken = 0;

const library = createLibraryView((id) => void openArticle(id));

async function openArticle(id: number): Promise<void> {
  const token = ++loadToken;
  await notes.flush();
  try {
    const briefing = await unwrap(api().getBriefing(id));
    if (token !== loadToken) return;
    renderBriefing(briefing);
    notes.show(id, briefing.notes);
    document.title = `${briefing.article.title} — Briefing Desk`;
    document.body.dataset.articleId = String(id);
  } catch (err) {
    renderBriefingMessage((err as Error).message);
  }
}

function describeImport(report: ImportReport): string {
  const refused = report.outcomes.flatMap((o) => (o.status === 'refused' ? [`${baseName(o.file)}: ${o.reason}`] : []));
  const head = `Imported ${report.imported}, duplicate ${report.duplicates}, refused ${report.refused}.`;
  return refused.length ? `${head} ${refused.join('; ')}` : head;
}

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

async function afterImport(report: ImportReport | null): Promise<void> {
  if (!report) return;
  announce(describeImport(report), report.refused ? 'error' : 'info');
  await library.refresh();
  for (const o of report.outcomes) {
    if (o.status !== 'refused') return library.select(o.articleId);
  }
}

async function run(command: MenuCommand): Promise<void> {
  try {
    switch (command) {
      case 'import':
        await afterImport(await unwrap(api().chooseAndImport()));
        break;
      case 'export-pdf': {
        const id = library.selectedId();
        if (id === null) return announce('Select an article to export.', 'error');
        await notes.flush();
        announce('Exporting PDF…');
        const result = await unwrap(api().exportBriefings([id], 'pdf'));
        if (result) announce(`PDF saved to ${result.path}`);
        break;
      }
      case 'new-note':
        await notes.newNote();
        break;
      case 'focus-filter':
        library.focusFilter();
        break;
      case 'focus-notes':
        notes.focus();
        break;
    }
  } catch (err) {
    announce((err as Error).message, 'error');
  }
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
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  const command = KEYS[event.key.toLowerCase()];
  if (!command) return;
  event.preventDefault();
  runOnce(command);
});

byId('import-button').addEventListener('click', () => runOnce('import'));
byId('export-button').addEventListener('click', () => runOnce('export-pdf'));

const pageSize = byId<HTMLSelectElement>('page-size');
pageSize.addEventListener('change', () => {
  void unwrap(api().updateSettings({ pageSize: pageSize.value === 'Letter' ? 'Letter' : 'A4' })).then(
    (s) => announce(`PDF page size: ${s.pageSize}`),
    (err: Error) => announce(err.message, 'error'),
  );
});

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
  if (files.length) void unwrap(api().importFiles(files)).then(afterImport, (err: Error) => announce(err.message, 'error'));
});

api().onMenuCommand(runOnce);
api().onLibraryChanged(() => void library.refresh());
api().onFlushRequest(() => notes.flush());

async function start(): Promise<void> {
  try {
    const settings = await unwrap(api().getSettings());
    pageSize.value = settings.pageSize;
    const items = await library.refresh();
    if (items[0]) library.select(items[0].id);
    else renderBriefingMessage('Import an article to see its briefing: File › Import… (Ctrl+O), or drop .txt and .md files on the window.');
  } catch (err) {
    renderBriefingMessage(`The library could not be loaded: ${(err as Error).message}`);
  }
  document.body.dataset.ready = 'true';
}

void start();
