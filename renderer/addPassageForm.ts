// Adds a quote or proposal the analysis missed (issue 14): the analyst selects its words in the full
// text, chooses "Add as quote…" or "Add as proposal…", and names the speaker or actor (and the kind of
// proposal). The words stored are the article's own between the selection's offsets, trimmed.
import type { ProposalKind } from '../electron/core/analysis/types';
import type { AddCorrection } from '../electron/core/corrections';
import { closeOpen, datalist, mount } from './correctionEditor';
import { h } from './dom';
import { currentPassage, type Passage } from './passage';
import { announce } from './statusBar';

export const PROPOSAL_KIND_LABELS: Record<ProposalKind, string> = { call: 'Call', proposal: 'Proposal', commitment: 'Commitment', plan: 'Plan', decision: 'Decision' };

/** The selection in the full text as a trimmed span of the body, or null when nothing is selected there. */
function selectedSpan(body: string): Passage | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed) return null;
  const p = currentPassage();
  if (!p) return null;
  let { start, end } = p;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return end > start ? { start, end, quote: body.slice(start, end) } : null;
}

/** The bar above the full text with the two Add buttons; `add` stores the correction. */
export function addPassageBar(body: string, names: string[], add: (c: AddCorrection) => void): HTMLElement {
  const bar = h('div', { className: 'add-passage-bar' });
  const host = h('div', { className: 'add-passage-host' });
  // The selection is read when the button is pressed, before focus moves to it.
  let pressed: Passage | null = null;
  const button = (what: 'quote' | 'proposal') => {
    const b = h('button', { type: 'button', className: 'add-passage', title: `Select words in the full text, then add them as a ${what} the analysis missed` }, what === 'quote' ? 'Add as quote…' : 'Add as proposal…');
    b.addEventListener('mousedown', () => (pressed = selectedSpan(body)));
    b.addEventListener('click', () => {
      const span = pressed ?? selectedSpan(body);
      pressed = null;
      if (!span) {
        announce(`Select the words of the ${what} in the full text first.`, 'error');
        return;
      }
      openAddForm(host, what, span, names, add);
    });
    return b;
  };
  bar.append(h('span', { className: 'add-passage-hint' }, 'Missed something? Select its words below, then:'), button('quote'), button('proposal'));
  return h('div', {}, bar, host);
}

export function openAddForm(host: HTMLElement, what: 'quote' | 'proposal', span: Passage, names: string[], add: (c: AddCorrection) => void): void {
  closeOpen();
  const listId = `add-names-${Math.random().toString(36).slice(2)}`;
  const who = what === 'quote' ? 'Speaker' : 'Actor';
  const name = h('input', { type: 'text', list: listId, 'aria-label': who, autocomplete: 'off', maxlength: 200 });
  const kind = what === 'proposal' ? h('select', { 'aria-label': 'Kind of proposal' }, ...Object.entries(PROPOSAL_KIND_LABELS).map(([value, label]) => h('option', { value }, label))) : null;
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h(
    'form',
    { className: 'correction-form add-form', 'aria-label': what === 'quote' ? 'Add a quote' : 'Add a proposal' },
    h('p', { className: 'add-words' }, `“${span.quote}”`),
    h('label', {}, who, name),
    kind ? h('label', {}, 'Kind', kind) : null,
    datalist(listId, names),
    h('div', { className: 'correction-buttons' }, h('button', { type: 'submit', className: 'primary' }, what === 'quote' ? 'Add quote' : 'Add proposal'), cancel),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const named = name.value.trim() || null;
    closeOpen();
    window.getSelection()?.removeAllRanges();
    add(
      what === 'quote'
        ? { kind: 'add-quote', start: span.start, end: span.end, quote: span.quote, name: named }
        : { kind: 'add-proposal', start: span.start, end: span.end, quote: span.quote, name: named, proposalKind: kind!.value as ProposalKind },
    );
  });
  mount(host, form, cancel, null, () => {});
  name.focus();
}
