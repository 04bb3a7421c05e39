// The notes beside the briefing: several Markdown notes per article, an editor with a live preview
// (rendered and sanitised by the main process), saved while typing with a visible state.
import type { Note } from '../electron/core/model';
import { api, unwrap } from './api';
import { byId, clear, h } from './dom';
import { NoteSaver, type SaveState } from './noteSaver';
import { announce } from './statusBar';

export interface NotesPanel {
  show(articleId: number, notes: Note[]): void;
  flush(): Promise<void>;
  newNote(): Promise<void>;
  focus(): void;
}

export function createNotesPanel(onNotesChanged: () => void): NotesPanel {
  const tabs = byId<HTMLDivElement>('note-tabs');
  const editor = byId<HTMLTextAreaElement>('note-editor');
  const preview = byId<HTMLDivElement>('note-preview');
  const state = byId<HTMLSpanElement>('note-state');
  const deleteButton = byId<HTMLButtonElement>('note-delete');
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

  const renderTabs = () => {
    clear(tabs);
    notes.forEach((note, i) => {
      const label = firstLine(note.body) || `Note ${i + 1}`;
      const tab = h('button', { type: 'button', role: 'tab', className: 'note-tab', 'aria-selected': String(i === current), title: label }, label);
      tab.addEventListener('click', () => void switchTo(i));
      tabs.appendChild(tab);
    });
    const add = h('button', { type: 'button', className: 'note-add', title: 'New note (Ctrl+N)', 'aria-label': 'New note' }, '+ New note');
    add.addEventListener('click', () => void panel.newNote());
    tabs.appendChild(add);
    deleteButton.disabled = notes[current] === undefined;
  };

  const attach = (index: number) => {
    current = index;
    const note = notes[index];
    editor.value = note?.body ?? '';
    editor.disabled = articleId === null;
    saver = new NoteSaver(note?.id ?? null, {
      create: async (body) => unwrap(api().createNote(articleId!, body)),
      save: async (noteId, body) => unwrap(api().saveNote(noteId, body)),
      onState: showState,
      onCreated: (created) => {
        notes[current] = created;
        renderTabs();
        onNotesChanged();
      },
    });
    if (note) showState({ kind: 'saved', at: note.updatedAt });
    else {
      state.dataset.state = 'empty';
      state.textContent = 'Start typing to add a note';
    }
    renderTabs();
    void renderPreview();
  };

  const switchTo = async (index: number) => {
    await panel.flush();
    attach(index);
    editor.focus();
  };

  editor.addEventListener('input', () => {
    if (!saver) return;
    saver.change(editor.value);
    const note = notes[current];
    if (note) note.body = editor.value;
    window.clearTimeout(previewTimer);
    previewTimer = window.setTimeout(() => void renderPreview(), 150);
  });
  editor.addEventListener('blur', () => void panel.flush());
  // Leaving or hiding the page flushes too (the close handshake in main is the main guarantee).
  window.addEventListener('pagehide', () => void panel.flush());
  document.addEventListener('visibilitychange', () => void panel.flush());

  deleteButton.addEventListener('click', async () => {
    const note = notes[current];
    if (!note) return;
    await panel.flush();
    try {
      await unwrap(api().deleteNote(note.id));
      notes.splice(current, 1);
      attach(Math.max(0, current - 1));
      announce('Note moved to the trash.');
      onNotesChanged();
    } catch (err) {
      announce((err as Error).message, 'error');
    }
  });

  const panel: NotesPanel = {
    show(id, list) {
      articleId = id;
      notes = list.map((n) => ({ ...n }));
      attach(0);
    },
    async flush() {
      await saver?.flush();
    },
    async newNote() {
      if (articleId === null) return;
      await panel.flush();
      // A blank note is created only once the analyst types in it.
      notes.push(undefined as unknown as Note);
      notes = notes.filter(Boolean);
      attach(notes.length);
      editor.focus();
    },
    focus: () => editor.focus(),
  };
  return panel;
}

function firstLine(body: string): string {
  const line = body.split('\n').find((l) => l.trim()) ?? '';
  return line.replace(/^#+\s*/, '').trim().slice(0, 28);
}
