// Merges a name into another across the library (issue 14): "B" becomes one of "A"'s names in every
// article, its entity page and speaker search. The names offered are the briefing's entities.
import { closeOpen, datalist, mount } from './correctionEditor';
import { h } from './dom';

export function openMergeForm(host: HTMLElement, alias: string, names: string[], merge: (into: string) => void): void {
  closeOpen();
  const listId = `merge-names-${Math.random().toString(36).slice(2)}`;
  const into = h('input', { type: 'text', list: listId, 'aria-label': `Merge “${alias}” into`, autocomplete: 'off', maxlength: 200 });
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h(
    'form',
    { className: 'correction-form merge-form', 'aria-label': `Merge “${alias}”` },
    h('label', {}, `Merge “${alias}” into (every article)`, into),
    datalist(listId, names.filter((n) => n.toLowerCase() !== alias.toLowerCase())),
    h('div', { className: 'correction-buttons' }, h('button', { type: 'submit', className: 'primary' }, 'Merge'), cancel),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const target = into.value.trim();
    if (!target) return;
    closeOpen();
    merge(target);
  });
  mount(host, form, cancel, null, () => {});
  into.focus();
}
