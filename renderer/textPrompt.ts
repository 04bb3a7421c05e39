// A small modal dialog asking for one line of text (a pack's name, an article's tags): Electron has no
// window.prompt. Resolves with the text, or null when the analyst cancels.
import { h } from './dom';

export function promptText(title: string, label: string, initial = '', hint = ''): Promise<string | null> {
  const input = h('input', { type: 'text', id: 'prompt-input', value: initial, autocomplete: 'off', maxlength: 500 });
  const ok = h('button', { type: 'submit', value: 'ok', className: 'primary' }, 'OK');
  const cancel = h('button', { type: 'submit', value: 'cancel' }, 'Cancel');
  const dialog = h(
    'dialog',
    { id: 'prompt-dialog', className: 'prompt-dialog', 'aria-labelledby': 'prompt-title' },
    h(
      'form',
      { method: 'dialog', className: 'settings' },
      h('h2', { id: 'prompt-title' }, title),
      h('label', {}, label, input),
      hint ? h('p', { className: 'hint' }, hint) : null,
      h('div', { className: 'dialog-buttons' }, ok, cancel),
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const value = dialog.returnValue === 'ok' ? input.value : null;
      dialog.remove();
      resolve(value);
    });
    dialog.showModal();
    input.select();
  });
}
