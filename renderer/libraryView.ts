// The library as a table: date, title, source, notes and tags, sortable by its column headers, with a
// filter box, keyboard navigation and a context menu (libraryContextMenu.ts). A library holds years of
// reporting (100,000 articles), so the window asks for the list a page at a time, in the order chosen,
// as the rows come into view, and only the rows in view (and a few either side) are in the DOM; the row
// group's padding stands in for the rest, and every row has the same height.
import type { ArticleListItem } from '../electron/core/model';
import type { ListPage, ListSort, SortDirection } from '../electron/core/db/articleListRepository';
import { api, unwrap } from './api';
import { byId, clear, h } from './dom';
import { createTableHead, type TableHead } from './libraryTableHead';

export interface LibraryView {
  /** Reloads the list (the page in view); resolves with the number of articles listed. */
  refresh(): Promise<number>;
  /** The first article of the list (the newest), once loaded. */
  newestId(): number | null;
  select(id: number): void;
  selectedId(): number | null;
  focusFilter(): void;
  /** Scrolls the table so the selected article's row is in view. */
  revealSelected(): void;
  /** Marks the rows of articles in the current pack. */
  setPackIds(ids: readonly number[]): void;
}

export interface LibraryEvents {
  select(id: number): void;
  /** Ctrl/Cmd+click or Space on a row: in or out of the current pack. */
  togglePack(id: number): void;
  /** Right-click, Shift+F10 or the context-menu key on a row. */
  contextMenu(item: ArticleListItem, at: { x: number; y: number }, row: HTMLElement): void;
  /** Enter on a row: the article is open; the reader goes to it. */
  enter(id: number): void;
}

const DEFAULT_SORT: { sort: ListSort; direction: SortDirection } = { sort: 'date', direction: 'desc' };

export function createLibraryView(events: LibraryEvents): LibraryView {
  const table = byId<HTMLDivElement>('library-list');
  // The scroller around the table: the row group's padding stands in for the rows not rendered.
  const scroller = byId<HTMLDivElement>('library-scroll');
  const filter = byId<HTMLInputElement>('library-filter');
  const count = byId('library-count');
  let order = { ...DEFAULT_SORT };
  const head: TableHead = createTableHead(order, (next) => {
    order = next;
    scroller.scrollTop = 0;
    void view.refresh();
  });
  const rows = h('div', { role: 'rowgroup', id: 'library-rows', className: 'lib-rows' });
  table.replaceChildren(head.element, rows);
  rows.tabIndex = -1; // keeps focus in the table when the focused row scrolls out of the DOM
  const PAGE = 100;
  let total = 0;
  /** Loaded pages of the current list, by page number; emptied when the list, filter or order changes. */
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
  let pack = new Set<number>();

  // Every row is as tall as the stylesheet's --lib-row (in rem, so it follows the font size).
  const rowPx = () => parseFloat(getComputedStyle(table).getPropertyValue('--lib-row')) * parseFloat(getComputedStyle(document.documentElement).fontSize) || 68;
  const OVERSCAN = 6;
  const itemAt = (index: number) => pages.get(Math.floor(index / PAGE))?.[index % PAGE];
  const request = (extra: { offset?: number; around?: number }) =>
    api().listArticles({ ...(listFilter ? { filter: listFilter } : {}), limit: PAGE, sort: order.sort, direction: order.direction, ...extra });
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

  const tagText = (item: ArticleListItem) => (item.tags?.length ? item.tags.map((t) => `#${t}`).join(' ') : '');
  const row = (item: ArticleListItem, index: number) => {
    const inPack = pack.has(item.id);
    const notes = item.noteCount ? `✎ ${item.noteCount}` : '';
    const tr = h(
      'div',
      {
        role: 'row',
        className: 'lib-row',
        id: `article-${item.id}`,
        'aria-selected': String(item.id === selected),
        // The header is row 1.
        'aria-rowindex': index + 2,
        tabindex: item.id === selected ? 0 : -1,
        'data-id': item.id,
        'data-in-pack': inPack,
      },
      h('div', { role: 'gridcell', className: 'lib-date' }, item.date ?? 'undated'),
      h(
        'div',
        { role: 'gridcell', className: 'lib-main' },
        h('div', { className: 'lib-title' }, inPack ? h('span', { className: 'in-pack', title: 'In the current pack' }, '✓ ') : null, item.title),
        h(
          'div',
          { className: 'lib-meta' },
          // The source column folds into this line when the table is narrow.
          h('span', { className: 'lib-source-inline' }, item.source ?? 'unknown source'),
          item.tags?.length ? h('span', { className: 'lib-tags' }, tagText(item)) : null,
        ),
      ),
      h('div', { role: 'gridcell', className: 'lib-source' }, item.source ?? '—'),
      h('div', { role: 'gridcell', className: 'lib-notes', title: item.noteCount ? `${item.noteCount} note${item.noteCount === 1 ? '' : 's'}` : 'No notes' }, notes),
      h('div', { role: 'gridcell', className: 'lib-tags-cell' }, tagText(item)),
    );
    tr.addEventListener('click', (e) => (e.ctrlKey || e.metaKey ? events.togglePack(item.id) : selectAt(item.id, index)));
    tr.addEventListener('contextmenu', (e) => {
      e.preventDefault();
      selectAt(item.id, index);
      events.contextMenu(item, { x: e.clientX, y: e.clientY }, document.getElementById(`article-${item.id}`) ?? tr);
    });
    return tr;
  };

  const render = () => {
    const hadFocus = rows.contains(document.activeElement);
    const ROW = rowPx();
    const above = Math.max(0, scroller.scrollTop - head.element.offsetHeight);
    const height = scroller.clientHeight || window.innerHeight;
    const first = Math.max(0, Math.floor(above / ROW) - OVERSCAN);
    const last = Math.min(total, Math.ceil((above + height) / ROW) + OVERSCAN);
    clear(rows);
    rows.style.paddingTop = `${first * ROW}px`;
    rows.style.paddingBottom = `${Math.max(0, total - last) * ROW}px`;
    table.setAttribute('aria-rowcount', String(total + 1));
    for (let i = first; i < last; i++) {
      const item = itemAt(i);
      // A row whose page is on its way keeps its place, so the list does not jump when it arrives.
      rows.appendChild(item ? row(item, i) : h('div', { className: 'lib-row loading', 'aria-hidden': 'true' }));
      if (!item) void loadPage(Math.floor(i / PAGE)).catch(() => undefined);
    }
    if (!total) {
      const message = filter.value ? 'No article matches the filter.' : 'No articles yet. Import articles with Ctrl+O or drop them here: plain text (.txt), Markdown (.md), web pages (.html), PDF (.pdf) and Word (.docx) files, or whole folders of them.';
      rows.appendChild(h('div', { role: 'row', className: 'empty' }, h('div', { role: 'gridcell' }, message)));
    }
    count.textContent = `${total.toLocaleString()} article${total === 1 ? '' : 's'}`;
    if (hadFocus) (document.getElementById(`article-${selected}`) ?? rows).focus({ preventScroll: true });
  };

  /** Scrolls the table so the row at this index is in view below the sticky header (it may not be rendered yet). */
  const reveal = (index: number) => {
    const ROW = rowPx();
    const headPx = head.element.offsetHeight;
    const top = index * ROW;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (headPx + top + ROW > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = headPx + top + ROW - scroller.clientHeight;
  };

  let frame = 0;
  scroller.addEventListener('scroll', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(render);
  });

  rows.addEventListener('keydown', (event) => {
    const item = selected !== null && selectedIndex !== null ? itemAt(selectedIndex) : undefined;
    if (event.key === ' ' && selected !== null) {
      event.preventDefault();
      events.togglePack(selected);
      document.getElementById(`article-${selected}`)?.focus();
      return;
    }
    if ((event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) && item) {
      event.preventDefault();
      const el = document.getElementById(`article-${item.id}`);
      const box = el?.getBoundingClientRect();
      if (el && box) events.contextMenu(item, { x: box.left + 24, y: box.top + box.height / 2 }, el);
      return;
    }
    if (event.key === 'Enter' && selected !== null) {
      event.preventDefault();
      events.enter(selected);
      return;
    }
    const move = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity, PageDown: 10, PageUp: -10 }[event.key];
    if (move === undefined || !total) return;
    event.preventDefault();
    // Moving from an article whose place is still being asked for would start from the top.
    if (locating) return;
    const index = selectedIndex ?? -1;
    const next = Math.max(0, Math.min(total - 1, Number.isFinite(move) ? index + move : move > 0 ? total - 1 : 0));
    reveal(next);
    void itemLoaded(next).then((found) => {
      if (!found) return;
      selectAt(found.id, next);
      document.getElementById(`article-${found.id}`)?.focus();
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
      (rows.querySelector('[aria-selected="true"]') as HTMLElement | null ?? rows.querySelector('[role="row"][data-id]') as HTMLElement | null)?.focus();
    }
  });

  /** Selects an article whose place in the list is known (a click, a key). */
  const selectAt = (id: number, index: number) => {
    selectedIndex = index;
    if (selected === id) return;
    selected = id;
    reveal(index);
    render();
    events.select(id);
  };

  const view: LibraryView = {
    async refresh() {
      const asked = ++generation;
      listFilter = filter.value.trim();
      head.show(order);
      const inView = Math.floor(Math.max(0, scroller.scrollTop - head.element.offsetHeight) / rowPx() / PAGE);
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
      scroller.scrollTop = Math.min(scroller.scrollTop, Math.max(0, total * rowPx() + head.element.offsetHeight - scroller.clientHeight));
      render();
      return total;
    },
    newestId: () => itemAt(0)?.id ?? null,
    select(id) {
      if (selected === id) return;
      selected = id;
      selectedIndex = null;
      render();
      events.select(id);
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
    focusFilter: () => filter.focus(),
    revealSelected() {
      if (selectedIndex !== null) reveal(selectedIndex);
      render();
    },
    setPackIds(ids) {
      pack = new Set(ids);
      render();
    },
  };
  return view;
}
