// The entity page: one person's (organisation's, place's) quotes and proposals across the library, grouped
// by article newest first, with counts, a timeline strip of matches per month, filters (dates, kind, words)
// and "Add to pack". It takes the place of the briefing and the notes while open (so it fits a 1024-pixel
// window); Back or Escape puts the analyst back where they were. Text from articles goes in as text nodes.
import type { EntityMonth, EntityPageRequest, EntityPageView, EntityPassageKind } from '../electron/core/search/entityPageTypes';
import { api, unwrap } from './api';
import { clear, h } from './dom';
import { announce } from './statusBar';
import { didCorrect } from './correctionUndo';
import { openMergeForm } from './entityMergeForm';

export const OPEN_ENTITY_EVENT = 'briefing:open-entity';
export const ADD_TO_PACK_EVENT = 'briefing:add-to-pack';

/** Asks the window to open a name's page (from a chip, a card, a search hit). */
function requestEntityPage(name: string): void {
  document.dispatchEvent(new CustomEvent(OPEN_ENTITY_EVENT, { detail: { name } }));
}

/** A button that opens a name's page, named for what it does ("Open Tokayev's page"). */
export function entityPageButton(name: string, className: string, label: string = name): HTMLButtonElement {
  const button = h('button', { type: 'button', className: `entity-link ${className}`, 'aria-label': `Open ${name}’s page`, title: `${name}: quotes and proposals across the library` }, label);
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    requestEntityPage(name);
  });
  return button;
}

export interface EntityView {
  /** Opens a name's page; the same name keeps its filters, and `scrollTop` puts the list back where it was. */
  open(name: string, scrollTop?: number): Promise<void>;
  /** `restore` false leaves the focus and the briefing's scroll as they are (another article was opened). */
  close(restore?: boolean): void;
  isOpen(): boolean;
}

const TYPE_LABEL: Record<string, string> = { person: 'Person', organization: 'Organisation', place: 'Place' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** `openRow` opens the article and scrolls to the passage (the window's own way of doing it). */
export function createEntityView(openRow: (articleId: number, start: number | null, end: number | null) => Promise<unknown> | void): EntityView {
  const briefing = document.getElementById('briefing');
  const root = h('section', { id: 'entity-page', className: 'entity-page', 'aria-labelledby': 'entity-title', tabindex: -1, hidden: true });
  briefing?.after(root);

  const back = h('button', { type: 'button', className: 'entity-back', title: 'Back to where you were (Escape)' }, '← Back');
  const kicker = h('div', { className: 'kicker', id: 'entity-kind' });
  const title = h('h1', { id: 'entity-title', tabindex: -1 });
  const totals = h('p', { className: 'entity-totals', id: 'entity-totals' });
  const timeline = h('div', { className: 'entity-timeline', id: 'entity-timeline', role: 'img' });
  const span = h('div', { className: 'entity-span', 'aria-hidden': 'true' });
  const from = h('input', { type: 'date', id: 'entity-from' });
  const to = h('input', { type: 'date', id: 'entity-to' });
  const kind = h(
    'select',
    { id: 'entity-kind-filter' },
    h('option', { value: '' }, 'Quotes and proposals'),
    h('option', { value: 'quote' }, 'Quotes'),
    h('option', { value: 'proposal' }, 'Proposals'),
  );
  const words = h('input', { type: 'search', id: 'entity-words', placeholder: 'Words in the passage', autocomplete: 'off' });
  const filters = h(
    'div',
    { className: 'entity-filters', role: 'group', 'aria-label': 'Filter the passages' },
    h('label', {}, 'From ', from),
    h('label', {}, 'To ', to),
    h('label', {}, 'Kind ', kind),
    h('label', { className: 'entity-words' }, 'Words ', words),
  );
  // Corrections across the library: the names merged into this one (each can be split off again), and
  // merging this name into another. Both are undoable from the status line (Ctrl+Z).
  const aliasList = h('p', { className: 'entity-aliases', id: 'entity-aliases' });
  const mergeButton = h('button', { type: 'button', id: 'entity-merge', className: 'link' }, 'Merge into another name…');
  const mergeHost = h('div', { className: 'entity-merge-host' });
  const matching = h('p', { className: 'entity-matching', id: 'entity-matching', role: 'status' });
  const addToPack = h('button', { type: 'button', id: 'entity-add-to-pack', className: 'primary' }, 'Add to pack');
  const results = h('div', { className: 'entity-results', id: 'entity-results' });
  root.append(
    h('header', { className: 'entity-head' }, h('div', { className: 'entity-top' }, back, kicker), title, totals, h('div', { className: 'entity-names' }, aliasList, mergeButton), mergeHost, timeline, span, filters, h('div', { className: 'entity-actions' }, matching, addToPack)),
    results,
  );

  let name = '';
  let page: EntityPageView | null = null;
  /** Ticked articles, for "Add to pack"; none ticked adds every article the filters let through. */
  const ticked = new Set<number>();
  let token = 0;
  /** Where the analyst was: the focused element and the briefing's scroll, given back on close. */
  let origin: { focus: Element | null; scrollTop: number } | null = null;

  const request = (): EntityPageRequest => ({
    name,
    ...(from.value ? { from: from.value } : {}),
    ...(to.value ? { to: to.value } : {}),
    ...(kind.value ? { kind: kind.value as EntityPassageKind } : {}),
    ...(words.value.trim() ? { words: words.value.trim() } : {}),
  });

  const load = async () => {
    const mine = ++token;
    root.setAttribute('aria-busy', 'true');
    try {
      const view = await unwrap(api().entityPage(request()));
      if (mine !== token) return;
      page = view;
      render(view);
    } catch (err) {
      if (mine !== token) return;
      clear(results);
      results.append(h('p', { className: 'entity-message error', role: 'alert' }, (err as Error).message));
    } finally {
      if (mine === token) {
        root.removeAttribute('aria-busy');
        root.dataset.loaded = String(mine);
      }
    }
  };

  /** Reloads the page under the name that now holds these passages (after a merge, the name merged into). */
  const reopen = (next: string) => {
    name = next;
    return load();
  };
  const mergeInto = async (alias: string, into: string) => {
    const { replaced } = await unwrap(api().mergeEntities(alias, into));
    await reopen(into);
    didCorrect(`“${alias}” merged into “${into}” in every article.`, async () => {
      if (replaced) await unwrap(api().mergeEntities(replaced.alias, replaced.into));
      else await unwrap(api().splitAlias(alias));
      await reopen(alias);
    });
  };
  const splitOff = async (alias: string) => {
    const { removed } = await unwrap(api().splitAlias(alias));
    const shown = name;
    await load();
    didCorrect(`“${alias}” split off from “${shown}” in every article.`, async () => {
      await unwrap(api().mergeEntities(removed.alias, removed.into));
      await reopen(shown);
    });
  };
  const drawAliases = (view: EntityPageView) => {
    clear(aliasList);
    if (!view.aliases.length) return;
    aliasList.append('Also named: ');
    view.aliases.forEach((alias, i) => {
      const split = h('button', { type: 'button', className: 'link entity-split', 'aria-label': `Split “${alias}” off from ${view.name}` }, 'split');
      split.addEventListener('click', () => void splitOff(alias).catch((err: Error) => announce(err.message, 'error')));
      aliasList.append(i ? ', ' : '', h('span', { className: 'entity-alias' }, alias), ' (', split, ')');
    });
  };
  mergeButton.addEventListener('click', () => {
    if (!page) return;
    const alias = page.name;
    openMergeForm(mergeHost, alias, [], (into) => void mergeInto(alias, into).catch((err: Error) => announce(err.message, 'error')));
  });

  const render = (view: EntityPageView) => {
    kicker.textContent = view.types.length ? view.types.map((t) => TYPE_LABEL[t] ?? t).join(' · ') : 'Name';
    title.textContent = view.name;
    drawAliases(view);
    const { quotes, proposals, articles } = view.totals;
    totals.textContent = `${plural(quotes, 'quote')} · ${plural(proposals, 'proposal')} in ${plural(articles, 'article')} · mentioned in ${plural(view.mentionedIn, 'article')}`;
    drawTimeline(view.months);
    const m = view.matching;
    const filtered = Boolean(from.value || to.value || kind.value || words.value.trim());
    const shown = view.groups.reduce((n, g) => n + g.rows.length, 0);
    matching.textContent = !m.quotes && !m.proposals
      ? filtered ? 'Nothing matches the filters.' : `No quotes or proposals by ${view.name} in the library.`
      : `${filtered ? 'Matching: ' : ''}${plural(m.quotes, 'quote')}, ${plural(m.proposals, 'proposal')} in ${plural(m.articles, 'article')}${view.more ? ` (the newest ${shown.toLocaleString('en-US')} listed)` : ''}`;
    for (const id of [...ticked]) if (!view.groups.some((g) => g.articleId === id)) ticked.delete(id);
    clear(results);
    for (const group of view.groups) results.append(groupSection(group));
    packLabel();
  };

  const groupSection = (group: EntityPageView['groups'][number]) => {
    const headingId = `entity-article-${group.articleId}`;
    const tick = h('input', { type: 'checkbox', className: 'entity-tick', 'aria-label': `Select “${group.title}” for the pack`, 'data-article-id': group.articleId });
    tick.checked = ticked.has(group.articleId);
    tick.addEventListener('change', () => {
      if (tick.checked) ticked.add(group.articleId);
      else ticked.delete(group.articleId);
      packLabel();
    });
    const rows = group.rows.map((row) => {
      const button = h(
        'button',
        { type: 'button', className: `entity-row ${row.kind}`, title: 'Open the article at this passage' },
        h('span', { className: `badge ${row.kind === 'quote' ? 'direct' : 'kind-proposal'}` }, row.kind),
        h('span', { className: 'entity-row-text' }, row.text),
      );
      button.addEventListener('click', () => {
        const place = { name, scrollTop: root.scrollTop };
        close(false);
        void Promise.resolve(openRow(group.articleId, row.start, row.end)).then(() => offerReturn(place));
      });
      return h('li', {}, button);
    });
    return h(
      'section',
      { className: 'entity-article', 'aria-labelledby': headingId, 'data-article-id': group.articleId },
      h('div', { className: 'entity-article-head' }, tick, h('h2', { id: headingId }, group.title)),
      h('div', { className: 'lib-meta' }, group.date ?? 'undated', group.source ? ` · ${group.source}` : '', ` · ${plural(group.rows.length, 'passage')}`),
      h('ul', {}, ...rows),
    );
  };

  const drawTimeline = (months: EntityMonth[]) => {
    clear(timeline);
    if (!months.length) {
      timeline.setAttribute('aria-label', 'Timeline: no dated quotes or proposals.');
      span.textContent = '';
      return;
    }
    const most = Math.max(1, ...months.map((m) => m.count));
    const lo = from.value.slice(0, 7);
    const hi = to.value.slice(0, 7);
    for (const m of months) {
      const bar = h('span', { className: `entity-bar${m.count ? '' : ' zero'}${(!lo || m.month >= lo) && (!hi || m.month <= hi) ? ' in-range' : ''}`, title: `${monthName(m.month)}: ${m.count}`, 'data-month': m.month, 'data-count': m.count });
      // Height by script (the CSP allows no style attributes): the share of the busiest month.
      bar.style.height = `${m.count ? Math.max(8, Math.round((m.count / most) * 100)) : 2}%`;
      timeline.append(bar);
    }
    const busy = months.filter((m) => m.count).map((m) => `${monthName(m.month)}: ${m.count}`);
    const first = monthName(months[0]!.month);
    const last = monthName(months[months.length - 1]!.month);
    timeline.setAttribute('aria-label', `Quotes and proposals per month, ${first} to ${last}. ${busy.join('; ')}${busy.length < months.length ? '; none in the other months' : ''}.`);
    span.textContent = '';
    span.append(h('span', {}, first), h('span', {}, last));
  };

  const packLabel = () => {
    const all = page ? page.matching.articles : 0;
    addToPack.textContent = ticked.size ? `Add ${plural(ticked.size, 'selected article')} to pack` : `Add all ${plural(all, 'article')} to pack`;
    addToPack.disabled = !ticked.size && !all;
  };

  addToPack.addEventListener('click', () => addSelected());
  const addSelected = () => {
    // None ticked: every article the filters let through, including those past the rows listed.
    const ids = ticked.size ? [...ticked] : page?.matchingArticleIds ?? [];
    if (!ids.length) return;
    document.dispatchEvent(new CustomEvent(ADD_TO_PACK_EVENT, { detail: { articleIds: ids } }));
  };

  let debounce: number | undefined;
  words.addEventListener('input', () => {
    window.clearTimeout(debounce);
    debounce = window.setTimeout(() => void load(), 200);
  });
  words.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      window.clearTimeout(debounce);
      void load();
    }
  });
  for (const el of [from, to, kind]) el.addEventListener('change', () => void load());
  back.addEventListener('click', () => close());
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape in a filled words box clears it first (as a search box does).
    if (event.target === words && words.value) return;
    event.preventDefault();
    close();
  });

  /** Hides the page; `restore` gives back the focus and the briefing's scroll (not when a row opens an article). */
  const close = (restore = true) => {
    if (root.hidden) return;
    root.hidden = true;
    document.body.classList.remove('entity-open');
    const was = origin;
    origin = null;
    if (!restore || !was) return;
    if (briefing) briefing.scrollTop = was.scrollTop;
    const target = was.focus instanceof HTMLElement && was.focus.isConnected ? was.focus : briefing;
    target?.focus({ preventScroll: true });
  };

  /** After a row opened its article: a button over the briefing back to the page, at the row's place. */
  const offerReturn = (place: { name: string; scrollTop: number }) => {
    if (!briefing || !root.hidden) return;
    briefing.querySelector('.entity-return')?.remove();
    const button = h('button', { type: 'button', className: 'entity-return', 'aria-label': `Back to ${place.name}’s page` }, `← ${place.name}’s page`);
    button.addEventListener('click', () => {
      button.remove();
      void view.open(place.name, place.scrollTop);
    });
    briefing.prepend(button);
  };

  const view: EntityView = {
    async open(wanted: string, scrollTop = 0) {
      if (root.hidden) origin = { focus: document.activeElement, scrollTop: briefing?.scrollTop ?? 0 };
      if (wanted !== name) {
        from.value = to.value = kind.value = words.value = '';
        ticked.clear();
      }
      name = wanted;
      root.hidden = false;
      document.body.classList.add('entity-open');
      title.textContent = wanted;
      root.scrollTop = 0;
      await load();
      root.scrollTop = scrollTop;
      title.focus({ preventScroll: true });
      announce(page ? `${page.name}: ${plural(page.totals.quotes, 'quote')} and ${plural(page.totals.proposals, 'proposal')}.` : `${wanted}’s page`);
    },
    close,
    isOpen: () => !root.hidden,
  };
  return view;
}
