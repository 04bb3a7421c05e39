// The notes pane shows the editor, the rendered preview, or both (side by side when the pane is wide
// enough, one above the other when not); the choice is part of the remembered layout.
import type { NotesView } from '../electron/common/layout';
import { byId, h } from './dom';
import type { LayoutStore } from './layoutStore';

const VIEWS: ReadonlyArray<[NotesView, string, string]> = [
  ['edit', 'Edit', 'Only the editor'],
  ['preview', 'Preview', 'Only the rendered note'],
  ['split', 'Both', 'Editor and preview, side by side when the pane is wide enough'],
];

export function createNoteViewSwitch(store: LayoutStore) {
  const group = byId('note-view');
  const panes = byId('note-panes');
  const buttons = VIEWS.map(([view, label, title]) => {
    const b = h('button', { type: 'button', className: 'note-view-button', 'data-view': view, title, 'aria-pressed': 'false' }, label);
    b.addEventListener('click', () => store.update({ notesView: view }));
    return b;
  });
  group.append(...buttons);
  // Whatever puts the caret in the editor (a new note, Ctrl+J, a note's tab, a note on a passage) would
  // find it hidden in the preview-only view: the editor comes back beside the preview first.
  const editor = byId<HTMLTextAreaElement>('note-editor');
  const focusEditor = editor.focus.bind(editor);
  editor.focus = (options?: FocusOptions) => {
    if (store.get().notesView === 'preview') store.update({ notesView: 'split' });
    focusEditor(options);
  };
  store.onChange((l) => {
    panes.dataset.view = l.notesView;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.view === l.notesView));
  });
  return { set: (view: NotesView) => store.update({ notesView: view }) };
}
