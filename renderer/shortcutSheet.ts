// The shortcut sheet (F1, Ctrl+/): every command that has keys, from the command table, and the keys
// that move around the window.
import { allCommands, shortcutsOf } from './commands';
import { clear, h } from './dom';
import { showModal } from './modalFocus';

/** Keys handled by the views themselves rather than by a command. */
const NAVIGATION: ReadonlyArray<[string, string]> = [
  ['↑ / ↓, Home / End', 'Move through the library; the article opens'],
  ['Enter', 'Open the focused article (into its briefing) or note'],
  ['Space', 'Add the focused article to an export pack, or take it out'],
  ['← / →', 'Resize the focused pane splitter (Shift: faster)'],
  ['Escape', 'Close a dialog, the palette or the find bar; the focus goes back'],
];

export function createShortcutSheet() {
  const table = h('tbody');
  const close = h('button', { type: 'button', className: 'primary' }, 'Close');
  const dialog = h(
    'dialog',
    { id: 'shortcut-sheet', className: 'shortcut-sheet', 'aria-labelledby': 'shortcut-title' },
    h('h2', { id: 'shortcut-title' }, 'Keyboard shortcuts'),
    h('div', { className: 'shortcut-scroll', tabindex: 0, role: 'region', 'aria-label': 'Shortcuts' }, h('table', { className: 'shortcut-table' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Keys'), h('th', { scope: 'col' }, 'Action'))), table)),
    h('div', { className: 'dialog-buttons' }, close),
  );
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);

  const row = (keys: string, action: string) => h('tr', {}, h('td', {}, h('kbd', {}, keys)), h('td', {}, action));

  return {
    open() {
      clear(table);
      for (const c of allCommands()) {
        const keys = shortcutsOf(c);
        if (keys.length) table.append(row(keys.join(' or '), c.title));
      }
      for (const [keys, action] of NAVIGATION) table.append(row(keys, action));
      showModal(dialog, close);
    },
    get element() {
      return dialog;
    },
  };
}
