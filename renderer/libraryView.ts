// The library: imported articles, newest first, with a filter box and arrow-key navigation. A library
// holds years of reporting (100,000 articles), so the window asks for the list a page at a time, as the
// rows come into view, and only the rows in view (and a few either side) are in the DOM; the list's
// padding stands in for the rest, and every row has the same height.
import type { ArticleListItem } from '../electron/core/model';
import type { ListPage } from '../electron/core/db/articleListRepository';
import { api, unwrap } from './api';
import { byId, clear, h } from './dom';

export interface LibraryView {
  /** Reloads the list (the page in view); resolves with the number of articles listed. */
  refresh(): Promise<number>;
  /** The first article of the list (the newest), once loaded. */
  newestId(): number | null;
  /** Articles ticked for a briefing pack (Ctrl/Cmd+click or Space), in the order ticked. */
  packIds(): number[];
  select(id: number): void;
  selectedId(): number | null;
  focusFilter(): void;
  /** Entity page (issue 14): ticks articles for the pack; answers how many were not ticked before. */
  addToPack(ids: readonly number[]): number;
}

export function createLibraryView(onSelect: (id: number) => void, onPackChange: (ids: number[]) => void = () => {}): LibraryView {
  const list = byId<HTMLUListElement>('library-list');
  // The scroller around the list: the list's own padding stands in for the rows not rendered.
  const scroller = byId<HTMLDivElement>('library-scroll');
  const filter = byId<HTMLInputElement>('library-filter');
  const count = byId('library-count');
  list.tabIndex = -1; // keeps focus in the list when the focused row scrolls out of the DOM
  const PAGE = 100;
  let total = 0;
  /** Loaded pages of the current list, by page number; emptied when the list or the filter changes. */
  const pages = new Map<number, ArticleListItem[]>();
  const loading = new Map<number, Promise<void>>();
  /** Bumped on every reload, so that a page asked for before it is not mixed into the new list. */
  let generation = 0;
  let selected: number | null = null;
  /** The selected article's place in the current list, when known (null when the filter hides it). */
  let selectedIndex: number | null = null;
  /** While the place of an article selected from elsewhere (search, import) is being asked for. */
  let locating: Promise<unknown> | null = null;
  /** The filter the cached pages belong to: set on refresh, not on each keystroke. */
  let listFilter = '';
  const pack = new Set<number>();
  const togglePack = (id: number) => {
    if (!pack.delete(id)) pack.add(id);
    render();
    onPackChange(view.packIds());
  };

  // A row is 4.5rem high (styles.css): in pixels that follows the root font size, which the analyst's
  // system setting may change.
  const rowPx = () => 4.5 * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  const OVERSCAN = 6;
  const itemAt = (index: number) => pages.get(Math.floor(index / PAGE))?.[index % PAGE];
  const request = (extra: { offset?: number; around?: number }) => api().listArticles({ ...(listFilter ? { filter: listFilter } : {}), limit: PAGE, ...extra });
  const accept = (page: ListPage) => {
    // A different length means the library changed since the cached pages were read (an import is
    // storing articles): they may now be off by some rows, so the list is read again.
    if (pages.size && page.total !== total) {
      void view.refresh();
      return;
    }
    total = page.total;
    pages.set(page.offset / PAGE, page.items);
  };
  const loadPage = (number: number): Promise<void> => {
    const known = loading.get(number);
    if (known || pages.has(number)) return known ?? Promise.resolve();
    const asked = generation;
    const load = unwrap(request({ offset: number * PAGE }))
      .then((page) => {
        if (asked !== generation) return;
        accept(page);
        render();
      })
      .finally(() => {
        if (asked === generation) loading.delete(number);
      });
    loading.set(number, load);
    return load;
  };
  /** The article at this place in the list, loading its page if need be. */
  const itemLoaded = async (index: number): Promise<ArticleListItem | undefined> => {
    await loadPage(Math.floor(index / PAGE)).catch(() => undefined);
    return itemAt(index);
  };

  const row = (item: ArticleListItem, index: number) => {
    const li = h(
      'li',
      {
        role: 'option',
        id: `article-${item.id}`,
        'aria-selected': String(item.id === selected),
        'aria-posinset': index + 1,
        'aria-setsize': total,
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
    li.addEventListener('click', (e) => (e.ctrlKey || e.metaKey ? togglePack(item.id) : selectAt(item.id, index)));
    return li;
  };

  const render = () => {
    const hadFocus = list.contains(document.activeElement);
    const height = scroller.clientHeight || window.innerHeight;
    const first = Math.max(0, Math.floor(scroller.scrollTop / rowPx()) - OVERSCAN);
    const last = Math.min(total, Math.ceil((scroller.scrollTop + height) / rowPx()) + OVERSCAN);
    clear(list);
    list.style.paddingTop = `${first * rowPx()}px`;
    list.style.paddingBottom = `${Math.max(0, total - last) * rowPx()}px`;
    for (let i = first; i < last; i++) {
      const item = itemAt(i);
      // A row whose page is on its way keeps its place, so the list does not jump when it arrives.
      list.appendChild(item ? row(item, i) : h('li', { className: 'loading', 'aria-hidden': 'true' }));
      if (!item) void loadPage(Math.floor(i / PAGE)).catch(() => undefined);
    }
    // The message is a disabled option: a listbox may hold only options (axe, screen readers).
    if (!total) list.appendChild(h('li', { className: 'empty', role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, filter.value ? 'No article matches the filter.' : 'No articles yet. Import articles with Ctrl+O or drop them here: plain text (.txt), Markdown (.md), web pages (.html), PDF (.pdf) and Word (.docx) files, or whole folders of them.'));
    count.textContent = `${total.toLocaleString()} article${total === 1 ? '' : 's'}`;
    if (hadFocus) (document.getElementById(`article-${selected}`) ?? list).focus({ preventScroll: true });
  };

  /** Scrolls the list so the row at this index is in view (it may not be rendered yet). */
  const reveal = (index: number) => {
    const top = index * rowPx();
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + rowPx() > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + rowPx() - scroller.clientHeight;
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
    const move = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity }[event.key];
    if (move === undefined || !total) return;
    event.preventDefault();
    // Moving from an article whose place is still being asked for would start from the top.
    if (locating) return;
    const index = selectedIndex ?? -1;
    const next = Math.max(0, Math.min(total - 1, Number.isFinite(move) ? index + move : move > 0 ? total - 1 : 0));
    reveal(next);
    void itemLoaded(next).then((item) => {
      if (!item) return;
      selectAt(item.id, next);
      document.getElementById(`article-${item.id}`)?.focus();
    });
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

  /** Selects an article whose place in the list is known (a click, a key). */
  const selectAt = (id: number, index: number) => {
    selectedIndex = index;
    if (selected === id) return;
    selected = id;
    reveal(index);
    render();
    onSelect(id);
  };

  const view: LibraryView = {
    async refresh() {
      const asked = ++generation;
      listFilter = filter.value.trim();
      const inView = Math.floor(scroller.scrollTop / rowPx() / PAGE);
      // The page in view and the selected article's page, both read before the old ones are dropped, so
      // the rows in view do not blink to placeholders.
      const [page, around] = await Promise.all([
        unwrap(request({ offset: inView * PAGE })),
        selected !== null ? unwrap(request({ around: selected })) : Promise.resolve(null),
      ]);
      if (asked !== generation) return total;
      pages.clear();
      loading.clear();
      total = page.total;
      pages.set(page.offset / PAGE, page.items);
      if (around && around.total === page.total) pages.set(around.offset / PAGE, around.items);
      selectedIndex = around?.index ?? null;
      // A shorter list (a filter) must not leave the view scrolled past its end.
      scroller.scrollTop = Math.min(scroller.scrollTop, Math.max(0, total * rowPx() - scroller.clientHeight));
      render();
      onPackChange(view.packIds());
      return total;
    },
    newestId: () => itemAt(0)?.id ?? null,
    select(id) {
      if (selected === id) return;
      selected = id;
      selectedIndex = null;
      render();
      onSelect(id);
      // Where is it in the list? Its page comes back with the answer, and the list scrolls to it.
      const asked = generation;
      const located = unwrap(request({ around: id }))
        .then((page) => {
          if (asked !== generation || selected !== id) return;
          accept(page);
          selectedIndex = page.index;
          if (page.index !== null) reveal(page.index);
          render();
        })
        .catch(() => undefined)
        .finally(() => {
          if (locating === located) locating = null;
        });
      locating = located;
    },
    selectedId: () => selected,
    // In the order ticked, whether or not the filter shows them now.
    packIds: () => [...pack],
    focusFilter: () => filter.focus(),
    // Entity page (issue 14)
    addToPack(ids) {
      const before = pack.size;
      for (const id of ids) pack.add(id);
      if (pack.size !== before) {
        render();
        onPackChange(view.packIds());
      }
      return pack.size - before;
    },
  };
  return view;
}
