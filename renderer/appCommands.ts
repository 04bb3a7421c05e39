// The window's own actions, registered in the command table (renderer/commands.ts). The menu's
// commands go through runOnce, as the same key press may also arrive from the application menu.
import type { MenuCommand } from '../electron/ipc/contract';
import type { NotesView } from '../electron/common/layout';
import { registerCommand } from './commands';
import { undoLast } from './correctionUndo';
import type { LibraryMode } from './notesBrowser';

export interface AppCommandDeps {
  runOnce(command: MenuCommand): void;
  noteOnPassage(): void;
  findInBriefing(): boolean;
  openSettings(): void;
  showMode(mode: LibraryMode): void;
  togglePane(side: 'library' | 'notes'): void;
  setNotesView(view: NotesView): void;
  openPalette(): void;
  openShortcuts(): void;
  focusNextPane(step: 1 | -1): void;
}

const click = (id: string) => () => document.getElementById(id)?.click();

export function registerAppCommands(d: AppCommandDeps): void {
  const table = [
    { id: 'import', title: 'Import articles…', shortcut: 'Ctrl+O', run: () => d.runOnce('import') },
    // The export dialog holds the format and the options; File › Export PDF… (Ctrl+E) opens it for PDF only.
    { id: 'export', title: 'Export… (format and options)', run: click('export-button') },
    { id: 'export-pdf', title: 'Export PDF…', shortcut: 'Ctrl+E', run: () => d.runOnce('export-pdf') },
    { id: 'new-note', title: 'New note', shortcut: 'Ctrl+N', run: () => d.runOnce('new-note') },
    { id: 'note-on-passage', title: 'Note on the selected passage', shortcut: 'Ctrl+Shift+N', run: d.noteOnPassage },
    { id: 'note-history', title: 'History of this note', run: click('note-history') },
    { id: 'delete-note', title: 'Delete this note (to the trash)', run: click('note-delete') },
    // Find in the article opens at once while the reader is in the briefing (not through runOnce, so
    // closing and finding again at once works); elsewhere it filters the library.
    { id: 'find', title: 'Find (in the article, or filter the library)', shortcut: 'Ctrl+F', run: () => void (d.findInBriefing() || d.runOnce('focus-filter')) },
    { id: 'search', title: 'Search the library', shortcut: 'Ctrl+Shift+F', run: () => document.getElementById('search-box')?.focus() },
    { id: 'focus-notes', title: 'Go to the notes', shortcut: 'Ctrl+J', run: () => d.runOnce('focus-notes') },
    { id: 'show-articles', title: 'Show the articles', run: () => d.showMode('articles') },
    { id: 'show-notes', title: 'Show all notes', run: () => d.showMode('notes') },
    { id: 'show-trash', title: 'Show the trash of deleted notes', run: () => d.showMode('trash') },
    { id: 'settings', title: 'Settings…', shortcut: 'Ctrl+,', run: d.openSettings },
    { id: 'toggle-library', title: 'Hide or show the library pane', shortcut: 'Ctrl+B', run: () => d.togglePane('library') },
    { id: 'toggle-notes', title: 'Hide or show the notes pane', shortcut: 'Ctrl+Shift+B', run: () => d.togglePane('notes') },
    { id: 'notes-edit', title: 'Notes: editor only', run: () => d.setNotesView('edit') },
    { id: 'notes-preview', title: 'Notes: preview only', run: () => d.setNotesView('preview') },
    { id: 'notes-split', title: 'Notes: editor and preview', run: () => d.setNotesView('split') },
    { id: 'next-pane', title: 'Next pane', shortcut: 'F6', run: () => d.focusNextPane(1) },
    { id: 'previous-pane', title: 'Previous pane', shortcut: 'Shift+F6', run: () => d.focusNextPane(-1) },
    // The workbench across the library (issue 14): packs, the article's details, corrections, entity pages.
    { id: 'packs', title: 'Show the packs (named, kept across restarts)', run: () => {
      const packs = document.getElementById('packs') as HTMLDetailsElement | null;
      if (packs) packs.open = true;
      document.getElementById('packs-summary')?.focus();
    } },
    { id: 'edit-details', title: 'Edit the article’s title, date and source', run: click('edit-details') },
    { id: 'undo-correction', title: 'Undo the last correction (Ctrl+Z outside a text field)', run: () => void undoLast() },
    { id: 'entity-page', title: 'Go to the people and organisations of this briefing (each opens its page)', run: () => (document.querySelector<HTMLElement>('.entities .chip-page'))?.focus() },
    { id: 'command-palette', title: 'Command palette', shortcut: ['Ctrl+K', 'Ctrl+Shift+P'], run: d.openPalette },
    { id: 'shortcuts', title: 'Keyboard shortcuts', shortcut: ['F1', 'Ctrl+/'], run: d.openShortcuts },
  ];
  for (const command of table) registerCommand(command);
}
