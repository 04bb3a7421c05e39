// Filters over a section's cards (quotes by speaker and quoted/reported, proposals by actor and kind).
// Filtering lists the cards that pass (cardList.ts draws them, a batch at a time, building each card
// once), so a long briefing is never drawn again, and the heading says how many are shown
// ("Quotes (12 of 240)").
import { h } from './dom';

export interface FilterSpec {
  /** The key each card's values are read by, e.g. "who". */
  key: string;
  label: string;
  /** The label of the option that keeps every card, e.g. "All speakers". */
  all: string;
  /** The options in the order shown; their counts are computed from the cards. */
  options: { value: string; label: string }[];
}

export interface FilterableCard {
  values: Record<string, string>;
}

/** Choices kept while the same article is drawn again (e.g. after a correction), reset for another one. */
const kept = new Map<string, Record<string, string>>();
let keptFor: number | null = null;

export function forgetFiltersUnless(articleId: number): void {
  if (keptFor !== articleId) kept.clear();
  keptFor = articleId;
}

/** The filter bar for one section; `heading` gets its count, `noun` names the cards ("quotes"); `show`
 *  lists the cards that pass (cardList.ts draws them a batch at a time). */
export function cardFilterBar(section: string, title: string, noun: string, heading: HTMLElement, cards: FilterableCard[], specs: FilterSpec[], show: (visible: boolean[], changed: boolean) => void): HTMLElement {
  const chosen: Record<string, string> = { ...(kept.get(section) ?? {}) };
  const status = h('span', { className: 'filter-status', role: 'status', 'aria-live': 'polite', id: `${section}-filter-status` });
  const selects = specs.map((spec) => {
    const counts = new Map<string, number>();
    for (const c of cards) counts.set(c.values[spec.key] ?? '', (counts.get(c.values[spec.key] ?? '') ?? 0) + 1);
    const options = spec.options.filter((o) => counts.has(o.value));
    if (!options.some((o) => o.value === chosen[spec.key])) delete chosen[spec.key];
    const select = h(
      'select',
      { id: `${section}-filter-${spec.key}`, 'data-filter': spec.key },
      h('option', { value: '' }, `${spec.all} (${cards.length})`),
      ...options.map((o) => h('option', { value: o.value }, `${o.label} (${counts.get(o.value)})`)),
    );
    select.value = chosen[spec.key] ?? '';
    select.addEventListener('change', () => {
      if (select.value) chosen[spec.key] = select.value;
      else delete chosen[spec.key];
      apply(true);
    });
    return h('label', { className: 'filter' }, spec.label, select);
  });
  const apply = (say: boolean) => {
    let shown = 0;
    const visible = cards.map((c) => specs.every((s) => !chosen[s.key] || c.values[s.key] === chosen[s.key]));
    for (const v of visible) if (v) shown++;
    show(visible, say);
    const filtered = Object.keys(chosen).length > 0;
    heading.textContent = filtered ? `${title} (${shown} of ${cards.length})` : `${title} (${cards.length})`;
    // Only a change the analyst made is announced; drawing the briefing says nothing.
    status.textContent = say ? `${shown} of ${cards.length} ${noun} shown` : '';
    kept.set(section, { ...chosen });
  };
  apply(false);
  return h('div', { className: 'card-filters', role: 'group', 'aria-label': `Filter ${noun}` }, ...selects, status);
}

/** The value of a card whose speaker or actor was not identified (no name can start with it). */
export const NO_NAME = '\u0001none';

/** Options for the names present, most frequent first, then by name; the unidentified last. */
export function nameOptions(names: string[], none: string): { value: string; label: string }[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => Number(a[0] === NO_NAME) - Number(b[0] === NO_NAME) || b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value]) => ({ value, label: value === NO_NAME ? none : value }));
}
