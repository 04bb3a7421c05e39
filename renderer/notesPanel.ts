// The notes beside the briefing: several Markdown notes per article, each optionally anchored to a
// passage, with tags and a history; an editor with a live preview (rendered and sanitised by the main
// process), saved while typing with a visible state.
import type { Note } from '../electron/core/model';
import { api, unwrap } from './api';
import { byId, clear, h } from './dom';
import { NoteSaver, type SaveState } from './noteSaver';
import { noteHistory } from './noteHistory';
import { currentPassage, forgetPassage } from './passage';
import { announce } from './statusBar';

export interface NotesPanel {
  show(articleId: number, notes: Note[], selectNoteId?: number): void;
  /** Saves what is pending; false when something could not be saved (it stays in the editor). */
  flush(): Promise<boolean>;
  newNote(): Promise<void>;
  noteOnPassage(): Promise<void>;
  focus(): void;
}

export interface NotesPanelEvents {
  /** A note was created, deleted or retitled: the library's counts may change. */
  notesChanged(): void;
  /** A note's anchor appeared or went: the full text's highlights must be redrawn. */
  anchorsChanged(): void;
  showPassage(noteId: number): void;
}

export function createNotesPanel(events: NotesPanelEvents): NotesPanel {
  const tabs = byId<HTMLDivElement>('note-tabs');
  const editor = byId<HTMLTextAreaElement>('note-editor');
  const preview = byId<HTMLDivElement>('note-preview');
  const state = byId<HTMLSpanElement>('note-state');
  const deleteButton = byId<HTMLButtonElement>('note-delete');
  const anchorBox = byId<HTMLDivElement>('note-anchor');
  const tagsInput = byId<HTMLInputElement>('note-tags');
  let articleId: number | null = null;
  let notes: Note[] = [];
  let current = 0;
  let saver: NoteSaver | null = null;
  let previewTimer: number | undefined;

  const showState = (s: SaveState) => {
    state.dataset.state = s.kind;
    state.textContent =
      s.kind === 'saved' ? `Saved ${new Date(s.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}` : s.kind === 'dirty' ? 'Unsaved changes…' : s.kind === 'saving' ? 'Saving…' : `Not saved: ${s.message}`;
    if (s.kind === 'failed') announce(`Your note was not saved: ${s.message} The text is still in the editor.`, 'error');
  };

  const renderPreview = async () => {
    const html = await unwrap(api().renderMarkdown(editor.value)).catch(() => null);
    // The HTML comes from the main process's sanitiser; the CSP forbids inline script as a second wall.
    if (html !== null) preview.innerHTML = html || '<p class="empty">Preview</p>';
  };

  const renderAnchor = (note: Note | undefined) => {
    clear(anchorBox);
    anchorBox.hidden = !note?.anchor;
    if (!note?.anchor) return;
    const a = note.anchor;
    const excerpt = a.quote.length > 90 ? `${a.quote.slice(0, 87)}…` : a.quote;
    if (a.status === 'lost') {
      anchorBox.dataset.status = 'lost';
      anchorBox.append(h('strong', {}, 'Passage no longer found: '), `“${excerpt}”`);
      return;
    }
    anchorBox.dataset.status = a.status;
    const show = h('button', { type: 'button', className: 'link' }, 'Show');
    show.addEventListener('click', () => events.showPassage(note.id));
    anchorBox.append('On “', excerpt, '” ', show);
  };

  const renderTabs = () => {
    clear(tabs);
    notes.forEach((note, i) => {
      const label = (note.anchor ? '⚓ ' : '') + (firstLine(note.body) || `Note ${i + 1}`);
      const tab = h('button', { type: 'button', role: 'tab', className: 'note-tab', 'aria-selected': String(i === current), title: label, 'data-note-id': note.id }, label);
      tab.addEventListener('click', () => void switchTo(i));
      tabs.appendChild(tab);
    });
    const add = h('button', { type: 'button', className: 'note-add', title: 'New note (Ctrl+N)' }, '+ New note');
    add.addEventListener('click', () => void panel.newNote());
    // Beside the tablist, not in it: a tablist holds only tabs (axe: aria-required-children).
    tabs.parentElement?.querySelector(':scope > .note-actions > .note-add')?.remove();
    tabs.parentElement?.querySelector(':scope > .note-actions')?.prepend(add);
    deleteButton.disabled = notes[current] === undefined;
  };

  const attach = (index: number) => {
    current = index;
    const forArticle = articleId;
    const note = notes[index];
    editor.value = note?.body ?? '';
    editor.disabled = articleId === null;
    tagsInput.value = note?.tags.join(', ') ?? '';
    tagsInput.disabled = !note;
    history.close();
    saver = new NoteSaver(note?.id ?? null, {
      // The article this editor was opened for, even if the analyst has since moved to another.
      create: async (body) => unwrap(api().createNote(forArticle!, body)),
      save: async (noteId, body) => unwrap(api().saveNote(noteId, body)),
      onState: showState,
      onCreated: (created) => {
        notes[current] = created;
        tagsInput.disabled = false;
        renderTabs();
        events.notesChanged();
      },
    });
    if (note) showState({ kind: 'saved', at: note.updatedAt });
    else {
      state.dataset.state = 'empty';
      state.textContent = 'Start typing to add a note';
    }
    renderAnchor(note);
    renderTabs();
    void renderPreview();
  };

  const history = noteHistory({
    currentNoteId: () => notes[current]?.id ?? null,
    beforeRestore: async () => {
      if (!(await panel.flush())) throw new Error(UNSAVED);
    },
    restored: (note) => {
      notes[current] = note;
      attach(current);
      announce('An earlier version of the note was restored; the version it replaced stays in the history.');
    },
  });

  const switchTo = async (index: number) => {
    if (!(await flushOrWarn())) return;
    attach(index);
    editor.focus();
  };

  editor.addEventListener('input', () => {
    if (!saver) return;
    saver.change(editor.value);
    const note = notes[current];
    if (note) {
      note.body = editor.value;
      // Keep the tab's label (the note's first line) in step with what is typed.
      const tab = tabs.querySelector<HTMLElement>(`[data-note-id="${note.id}"]`);
      const label = (note.anchor ? '⚓ ' : '') + (firstLine(note.body) || `Note ${current + 1}`);
      if (tab && tab.textContent !== label) tab.textContent = label;
    }
    window.clearTimeout(previewTimer);
    previewTimer = window.setTimeout(() => void renderPreview(), 150);
  });
  editor.addEventListener('blur', () => void panel.flush());
  // Leaving or hiding the page flushes too (the close handshake in main is the main guarantee).
  window.addEventListener('pagehide', () => void panel.flush());
  document.addEventListener('visibilitychange', () => void panel.flush());

  const saveTags = async () => {
    const note = notes[current];
    if (!note) return;
    const tags = tagsInput.value.split(',').map((t) => t.trim()).filter(Boolean);
    if (tags.join('\u0000') === note.tags.join('\u0000')) return;
    try {
      notes[current] = await unwrap(api().setNoteTags(note.id, tags));
      tagsInput.value = notes[current]!.tags.join(', ');
      events.notesChanged();
    } catch (err) {
      announce((err as Error).message, 'error');
    }
  };
  tagsInput.addEventListener('change', () => void saveTags());
  tagsInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void saveTags();
  });

  deleteButton.addEventListener('click', async () => {
    const note = notes[current];
    if (!note) return;
    if (!(await flushOrWarn())) return;
    try {
      await unwrap(api().deleteNote(note.id));
      notes.splice(current, 1);
      attach(Math.max(0, current - 1));
      announce('Note moved to the trash (restore it from Trash in the library).');
      events.notesChanged();
      if (note.anchor) events.anchorsChanged();
    } catch (err) {
      announce((err as Error).message, 'error');
    }
  });
  byId('note-on-passage').addEventListener('click', () => void panel.noteOnPassage());

  // A note that could not be saved keeps the editor: moving on would drop the only copy of its text.
  const flushOrWarn = async () => {
    const saved = await panel.flush();
    if (!saved) announce(UNSAVED, 'error');
    return saved;
  };

  const panel: NotesPanel = {
    show(id, list, selectNoteId) {
      articleId = id;
      notes = list.map((n) => ({ ...n }));
      const index = notes.findIndex((n) => n.id === selectNoteId);
      attach(index >= 0 ? index : 0);
    },
    async flush() {
      await saver?.flush();
      await saveTags();
      return !saver?.hasPending();
    },
    async newNote() {
      if (articleId === null) return;
      if (!(await flushOrWarn())) return;
      // A blank note is created only once the analyst types in it.
      attach(notes.length);
      editor.focus();
    },
    async noteOnPassage() {
      if (articleId === null) return;
      const passage = currentPassage();
      if (!passage) {
        announce('Select a passage in the full text, or choose a quote or proposal, to attach a note to it.', 'error');
        return;
      }
      if (!(await flushOrWarn())) return;
      try {
        const note = await unwrap(api().createNote(articleId, '', { start: passage.start, end: passage.end }));
        notes.push(note);
        attach(notes.length - 1);
        window.getSelection()?.removeAllRanges();
        forgetPassage();
        events.notesChanged();
        events.anchorsChanged();
        editor.focus();
      } catch (err) {
        announce((err as Error).message, 'error');
      }
    },
    focus: () => editor.focus(),
  };
  return panel;
}

export const UNSAVED = 'This note is not saved yet, so it stays open: free some disk space (or copy the text elsewhere) and keep typing to retry.';

function firstLine(body: string): string {
  const line = body.split('\n').find((l) => l.trim()) ?? '';
  return line.replace(/^#+\s*/, '').trim().slice(0, 28);
}
