// The briefing's "Dismissed (n)" section (issue 14): the quotes, proposals and entities the analyst
// dismissed as false, each with a button that restores it. Shown only when something was dismissed.
import type { Dismissed } from '../electron/core/corrections';
import { h } from './dom';

const WHAT = { quote: 'Quote', proposal: 'Proposal', entity: 'Entity' } as const;

export function dismissedSection(dismissed: Dismissed[], restore: (d: Dismissed) => void): HTMLElement | null {
  if (!dismissed.length) return null;
  const items = dismissed.map((d) => {
    const button = h('button', { type: 'button', className: 'restore', 'aria-label': `Restore ${WHAT[d.what].toLowerCase()} “${short(d.label)}”` }, 'Restore');
    button.addEventListener('click', () => restore(d));
    return h('li', { className: 'dismissed-item' }, h('span', { className: `badge dismissed-${d.what}` }, WHAT[d.what]), h('span', { className: 'dismissed-text' }, d.label), button);
  });
  return h(
    'section',
    { className: 'brief-section dismissed', 'aria-labelledby': 'h-dismissed' },
    h('h2', { id: 'h-dismissed' }, `Dismissed (${dismissed.length})`),
    h('p', { className: 'dismissed-note' }, 'Left out of this briefing, search, entity pages and exports. Restore any of them to bring it back.'),
    h('ul', { className: 'dismissed-list' }, ...items),
  );
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
