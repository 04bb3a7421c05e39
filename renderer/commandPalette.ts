// The command palette (Ctrl+K, Ctrl+Shift+P): a filter box over a listbox of every registered command,
// each with its shortcut. Arrow keys move, Enter runs, Escape closes and gives the focus back.
import { allCommands, shortcutsOf, type Command } from './commands';
import { clear, h } from './dom';
import { showModal } from './modalFocus';
import { announce } from './statusBar';

export function createCommandPalette() {
  const input = h('input', {
    id: 'palette-filter',
    type: 'text',
    role: 'combobox',
    'aria-label': 'Type to filter commands',
    'aria-controls': 'palette-list',
    'aria-expanded': 'true',
    'aria-autocomplete': 'list',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Type a command…',
  });
  const list = h('ul', { id: 'palette-list', role: 'listbox', 'aria-label': 'Commands', className: 'palette-list' });
  const empty = h('p', { className: 'palette-empty', role: 'status', hidden: true }, 'No command matches.');
  const dialog = h(
    'dialog',
    { id: 'command-palette', className: 'palette', 'aria-labelledby': 'palette-title' },
    h('h2', { id: 'palette-title', className: 'palette-title' }, 'Commands'),
    input,
    list,
    empty,
  );
  document.body.append(dialog);

  let shown: Command[] = [];
  let active = 0;

  const setActive = (index: number) => {
    active = Math.max(0, Math.min(shown.length - 1, index));
    for (const [i, li] of [...list.children].entries()) li.setAttribute('aria-selected', String(i === active));
    const row = list.children[active] as HTMLElement | undefined;
    if (row) {
      input.setAttribute('aria-activedescendant', row.id);
      row.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = () => {
    // Every word typed must appear in the title or the shortcut, in any order.
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    shown = allCommands().filter((c) => {
      const text = `${c.title} ${shortcutsOf(c).join(' ')}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
    clear(list);
    for (const [i, c] of shown.entries()) {
      const keys = shortcutsOf(c);
      const li = h(
        'li',
        { id: `command-${c.id}`, role: 'option', 'aria-selected': 'false', className: 'palette-item' },
        h('span', { className: 'palette-command' }, c.title),
        keys.length ? h('kbd', { className: 'palette-keys' }, keys.join(' · ')) : null,
      );
      li.addEventListener('click', () => void runAt(i));
      li.addEventListener('pointermove', () => {
        if (active !== i) setActive(i);
      });
      list.append(li);
    }
    // An empty listbox is hidden, and the message said beside it (a listbox holds only options).
    list.hidden = !shown.length;
    empty.hidden = shown.length > 0;
    setActive(0);
  };

  const runAt = async (index: number) => {
    const command = shown[index];
    if (!command) return;
    // Closed first: the focus goes back to where the analyst was, which is what the command acts on.
    dialog.close();
    try {
      await command.run();
    } catch (err) {
      announce((err as Error).message, 'error');
    }
  };

  input.addEventListener('input', render);
  input.addEventListener('keydown', (event) => {
    const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setActive(active + move);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void runAt(active);
    }
  });
  // A click on the backdrop (outside the box) closes it, as Escape does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  return {
    open() {
      input.value = '';
      render();
      showModal(dialog, input);
    },
    get element() {
      return dialog;
    },
  };
}
