// The library: imported articles, newest first, with a filter box and arrow-key navigation. A library
// holds years of reporting, so only the rows in view (and a few either side) are in the DOM; the list's
// padding stands in for the rest, and every row has the same height.
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
  // The scroller around the list: the list's own padding stands in for the rows not rendered.
  const scroller = byId<HTMLDivElement>('library-scroll');
  const filter = byId<HTMLInputElement>('library-filter');
  const count = byId('library-count');
  list.tabIndex = -1; // keeps focus in the list when the focused row scrolls out of the DOM
  let items: ArticleListItem[] = [];
  let selected: number | null = null;
  const pack = new Set<number>();
  const togglePack = (id: number) => {
    if (!pack.delete(id)) pack.add(id);
    render();
    onPackChange(view.packIds());
  };

  const ROW_PX = 72;
  const OVERSCAN = 6;

  const row = (item: ArticleListItem, index: number) => {
    const li = h(
      'li',
      {
        role: 'option',
        id: `article-${item.id}`,
        'aria-selected': String(item.id === selected),
        'aria-posinset': index + 1,
        'aria-setsize': items.length,
        tabindex: item.id === selected ? 0 : -1,
        'data-id': item.id,
        'data-in-pack': pack.has(item.id),
      },
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
    return li;
  };

  const render = () => {
    const hadFocus = list.contains(document.activeElement);
    const height = scroller.clientHeight || window.innerHeight;
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_PX) - OVERSCAN);
    const last = Math.min(items.length, Math.ceil((scroller.scrollTop + height) / ROW_PX) + OVERSCAN);
    clear(list);
    list.style.paddingTop = `${first * ROW_PX}px`;
    list.style.paddingBottom = `${(items.length - last) * ROW_PX}px`;
    for (let i = first; i < last; i++) list.appendChild(row(items[i]!, i));
    if (!items.length) list.appendChild(h('li', { className: 'empty' }, filter.value ? 'No article matches the filter.' : 'No articles yet: import some with Ctrl+O or drop files here.'));
    count.textContent = `${items.length.toLocaleString()} article${items.length === 1 ? '' : 's'}`;
    if (hadFocus) (document.getElementById(`article-${selected}`) ?? list).focus({ preventScroll: true });
  };

  /** Scrolls the list so the row at this index is in view (it may not be rendered yet). */
  const reveal = (index: number) => {
    const top = index * ROW_PX;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + ROW_PX > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + ROW_PX - scroller.clientHeight;
  };

  let frame = 0;
  scroller.addEventListener('scroll', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(render);
  });

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
    reveal(next);
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
      const next = await unwrap(api().listArticles(filter.value || undefined));
      // A shorter list (a filter) must not leave the view scrolled past its end.
      if (next.length !== items.length) scroller.scrollTop = Math.min(scroller.scrollTop, Math.max(0, next.length * ROW_PX - scroller.clientHeight));
      items = next;
      render();
      onPackChange(view.packIds());
      return items;
    },
    select(id) {
      if (selected === id) return;
      selected = id;
      const index = items.findIndex((i) => i.id === id);
      if (index >= 0) reveal(index);
      render();
      onSelect(id);
    },
    selectedId: () => selected,
    // In the order ticked, whether or not the filter shows them now.
    packIds: () => [...pack],
    focusFilter: () => filter.focus(),
  };
  return view;
}
