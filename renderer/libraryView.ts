// The library: imported articles, newest first, with a filter box and arrow-key navigation.
import type { ArticleListItem } from '../electron/core/model';
import { api, unwrap } from './api';
import { byId, clear, h } from './dom';

export interface LibraryView {
  refresh(): Promise<ArticleListItem[]>;
  /** Articles ticked for a briefing pack (Ctrl/Cmd+click or Space), in library order. */
  packIds(): number[];
  select(id: number): void;
  selectedId(): number | null;
  focusFilter(): void;
}

export function createLibraryView(onSelect: (id: number) => void, onPackChange: (ids: number[]) => void = () => {}): LibraryView {
  const list = byId<HTMLUListElement>('library-list');
  const filter = byId<HTMLInputElement>('library-filter');
  const count = byId('library-count');
  let items: ArticleListItem[] = [];
  let selected: number | null = null;
  const pack = new Set<number>();
  const togglePack = (id: number) => {
    if (!pack.delete(id)) pack.add(id);
    render();
    onPackChange(view.packIds());
  };

  const render = () => {
    clear(list);
    for (const item of items) {
      const li = h(
        'li',
        { role: 'option', id: `article-${item.id}`, 'aria-selected': String(item.id === selected), tabindex: item.id === selected ? 0 : -1, 'data-id': item.id, 'data-in-pack': pack.has(item.id) },
        h('div', { className: 'lib-title' }, pack.has(item.id) ? h('span', { className: 'in-pack', title: 'In the briefing pack' }, '✓ ') : null, item.title),
        h(
          'div',
          { className: 'lib-meta' },
          item.date ?? 'undated',
          item.source ? ` · ${item.source}` : '',
          item.noteCount ? h('span', { className: 'lib-notes', title: `${item.noteCount} note(s)` }, ` · ✎ ${item.noteCount}`) : null,
          item.tags?.length ? h('span', { className: 'lib-tags' }, ` · ${item.tags.map((t) => `#${t}`).join(' ')}`) : null,
        ),
      );
      li.addEventListener('click', (e) => (e.ctrlKey || e.metaKey ? togglePack(item.id) : view.select(item.id)));
      list.appendChild(li);
    }
    if (!items.length) list.appendChild(h('li', { className: 'empty' }, filter.value ? 'No article matches the filter.' : 'No articles yet: import some with Ctrl+O or drop files here.'));
    count.textContent = `${items.length} article${items.length === 1 ? '' : 's'}`;
  };

  list.addEventListener('keydown', (event) => {
    if (event.key === ' ' && selected !== null) {
      event.preventDefault();
      togglePack(selected);
      document.getElementById(`article-${selected}`)?.focus();
      return;
    }
    const index = items.findIndex((i) => i.id === selected);
    const move = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity }[event.key];
    if (move === undefined || !items.length) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(items.length - 1, Number.isFinite(move) ? index + move : move > 0 ? items.length - 1 : 0));
    view.select(items[next]!.id);
    document.getElementById(`article-${items[next]!.id}`)?.focus();
  });
  let debounce: number | undefined;
  filter.addEventListener('input', () => {
    window.clearTimeout(debounce);
    debounce = window.setTimeout(() => void view.refresh(), 120);
  });
  filter.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      (list.querySelector('[aria-selected="true"]') as HTMLElement | null ?? list.querySelector('li[role="option"]') as HTMLElement | null)?.focus();
    }
  });

  const view: LibraryView = {
    async refresh() {
      items = await unwrap(api().listArticles(filter.value || undefined));
      render();
      return items;
    },
    select(id) {
      if (selected === id) return;
      selected = id;
      render();
      onSelect(id);
    },
    selectedId: () => selected,
    packIds: () => items.filter((i) => pack.has(i.id)).map((i) => i.id),
    focusFilter: () => filter.focus(),
  };
  return view;
}
