// Undo for the analyst's corrections (issue 14): each dismissal, addition, restore, merge or split says
// what it did in the status line with an Undo button, and Ctrl+Z undoes the last one. Ctrl+Z in a text
// field (the note editor, a form) is left to the field, where it undoes typing.
import { byId, h } from './dom';
import { announce } from './statusBar';

interface Undoable {
  message: string;
  undo(): Promise<void>;
}

const stack: Undoable[] = [];
const MAX = 50;

/** Says what a correction did and keeps how to undo it. */
export function didCorrect(message: string, undo: () => Promise<void>): void {
  stack.push({ message, undo });
  if (stack.length > MAX) stack.shift();
  announce(message);
  const button = h('button', { type: 'button', className: 'link status-undo' }, 'Undo');
  button.addEventListener('click', () => void undoLast());
  byId('status').append(' ', button);
}

/** Another article is shown: its undo would act on an article out of sight, so the list starts again. */
export function forgetCorrectionUndo(): void {
  stack.length = 0;
}

export async function undoLast(): Promise<void> {
  const last = stack.pop();
  if (!last) {
    announce('There is no correction to undo.');
    return;
  }
  try {
    await last.undo();
    announce(`Undone: ${last.message}`);
  } catch (err) {
    announce((err as Error).message, 'error');
  }
}

export function installCorrectionUndo(): void {
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
    const target = event.target as Element | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    if (!stack.length) return;
    event.preventDefault();
    void undoLast();
  });
}
