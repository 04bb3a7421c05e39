// Small inline forms in which the analyst corrects the analysis: who said a quote, whose a proposal is,
// and an entity's kind, name and aliases. Names offered come from the briefing's own entities.
import type { EntityType } from '../electron/core/analysis/types';
import { h } from './dom';

export interface NameEdit {
  label: string;
  current: string | null;
  names: string[];
  corrected: boolean;
  save(name: string | null): void;
  undo(): void;
}

let openForm: HTMLElement | null = null;

export function closeOpen(): void {
  openForm?.remove();
  openForm = null;
}

/** Shows a correction form in its host: Cancel and Escape close it, Undo closes it and undoes. */
export function mount(host: HTMLElement, form: HTMLFormElement, cancel: HTMLButtonElement, undo: HTMLButtonElement | null, onUndo: () => void): void {
  cancel.addEventListener('click', closeOpen);
  undo?.addEventListener('click', () => {
    closeOpen();
    onUndo();
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeOpen();
  });
  host.append(form);
  openForm = form;
}

export function datalist(id: string, names: string[]): HTMLDataListElement {
  const list = h('datalist', { id });
  for (const n of names) list.append(h('option', { value: n }));
  return list;
}

export function openNameEditor(host: HTMLElement, edit: NameEdit): void {
  closeOpen();
  const listId = `names-${Math.random().toString(36).slice(2)}`;
  const input = h('input', { type: 'text', list: listId, value: edit.current ?? '', 'aria-label': edit.label, autocomplete: 'off', maxlength: 200 });
  const save = h('button', { type: 'submit', className: 'primary' }, 'Save');
  const none = h('button', { type: 'button' }, 'None');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const undo = edit.corrected ? h('button', { type: 'button', className: 'link' }, 'Undo correction') : null;
  const form = h('form', { className: 'correction-form' }, h('label', {}, edit.label, input), datalist(listId, edit.names), h('div', { className: 'correction-buttons' }, save, none, cancel, undo));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = input.value.trim();
    closeOpen();
    edit.save(value || null);
  });
  none.addEventListener('click', () => {
    closeOpen();
    edit.save(null);
  });
  mount(host, form, cancel, undo, edit.undo);
  input.focus();
  input.select();
}

export interface EntityEdit {
  name: string;
  type: EntityType;
  aliases: string[];
  corrected: boolean;
  save(change: { type: EntityType; aliases: string[]; rename?: string }): void;
  undo(): void;
  // Corrections across the library (issue 14): merge this name into another, split names merged into it.
  merge?(): void;
  libraryAliases?: string[];
  split?(alias: string): void;
  /** Sets the kind for this name in every article instead of this one only. */
  setKindEverywhere?(type: EntityType): void;
}

export function openEntityEditor(host: HTMLElement, edit: EntityEdit): void {
  closeOpen();
  const name = h('input', { type: 'text', value: edit.name, 'aria-label': 'Name', maxlength: 200, autocomplete: 'off' });
  const type = h('select', { 'aria-label': 'Kind' }, ...(['person', 'organization', 'place'] as const).map((t) => h('option', { value: t, selected: t === edit.type }, { person: 'Person', organization: 'Organisation', place: 'Place' }[t])));
  const aliases = h('input', { type: 'text', value: edit.aliases.join('; '), 'aria-label': 'Other names, separated by semicolons', autocomplete: 'off' });
  const undo = edit.corrected ? h('button', { type: 'button', className: 'link' }, 'Undo correction') : null;
  const cancel = h('button', { type: 'button' }, 'Cancel');
  // Corrections across the library (issue 14): the kind may be set for every article at once.
  const everywhere = edit.setKindEverywhere ? h('input', { type: 'checkbox' }) : null;
  const form = h(
    'form',
    { className: 'correction-form' },
    h('label', {}, 'Name', name),
    h('label', {}, 'Kind', type),
    everywhere ? h('label', { className: 'kind-everywhere' }, everywhere, 'Kind in every article') : null,
    h('label', {}, 'Other names (;)', aliases),
    h('div', { className: 'correction-buttons' }, h('button', { type: 'submit', className: 'primary' }, 'Save'), cancel, undo),
    libraryNames(edit),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const newName = name.value.trim();
    closeOpen();
    const otherNames = aliases.value.split(';').map((a) => a.trim()).filter(Boolean);
    if (everywhere?.checked) {
      edit.setKindEverywhere!(type.value as EntityType);
      // Only what else changed is this article's own correction.
      if (otherNames.join(';') === edit.aliases.join(';') && (!newName || newName === edit.name)) return;
    }
    edit.save({
      type: type.value as EntityType,
      aliases: aliases.value.split(';').map((a) => a.trim()).filter(Boolean),
      ...(newName && newName !== edit.name ? { rename: newName } : {}),
    });
  });
  mount(host, form, cancel, undo, edit.undo);
  name.focus();
}

/** Corrections across the library (issue 14): "Merge into…" and, for each name merged into this one in
 *  every article, a button to split it off again. */
function libraryNames(edit: EntityEdit): HTMLElement | null {
  if (!edit.merge && !edit.libraryAliases?.length) return null;
  const merge = edit.merge ? h('button', { type: 'button', className: 'merge-open' }, 'Merge into another name…') : null;
  merge?.addEventListener('click', () => {
    closeOpen();
    edit.merge!();
  });
  const splits = (edit.libraryAliases ?? []).map((alias) => {
    const split = h('button', { type: 'button', className: 'link', 'aria-label': `Split “${alias}” from “${edit.name}”` }, 'Split');
    split.addEventListener('click', () => {
      closeOpen();
      edit.split?.(alias);
    });
    return h('li', {}, `“${alias}” merged here in every article `, split);
  });
  return h('div', { className: 'library-names' }, merge, splits.length ? h('ul', { className: 'merged-names' }, ...splits) : null);
}
