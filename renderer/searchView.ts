// Search across the library: a search box above the library list, optional filters, and results grouped
// by article with each match highlighted (<mark> around text nodes, never HTML from article text).
// Choosing a hit opens its article and scrolls to the passage.
import type { SearchHit, SearchResults } from '../electron/core/search/types';
import { api, unwrap } from './api';
import { clear, h } from './dom';
// Entity page (issue 14)
import { entityPageButton } from './entityView';
// Moving through the results, the opened one marked (s18-lib).
import { createResultNavigation } from './searchNavigation';
import { ensureFullText } from './fullTextView';

const KIND_LABEL: Record<SearchHit['kind'], string> = { title: 'Title', body: 'Text', quote: 'Quote', proposal: 'Proposal', note: 'Note' };

export interface SearchView {
  focus(): void;
}

/** `cleared`: the search box was emptied and the library is back (s18-lib: it shows the open article). */
export function createSearchView(open: (articleId: number, hit: SearchHit | null) => void, cleared: () => void = () => {}): SearchView {
  const input = h('input', { id: 'search-box', type: 'search', placeholder: 'Search quotes, speakers, notes… ("phrase", prefix*)', 'aria-label': 'Search the library', autocomplete: 'off' });
  const speaker = h('input', { id: 'search-speaker', type: 'text', placeholder: 'Speaker', 'aria-label': 'Only quotes by this speaker' });
  const from = h('input', { id: 'search-from', type: 'date', 'aria-label': 'From date' });
  const to = h('input', { id: 'search-to', type: 'date', 'aria-label': 'To date' });
  const hasNotes = h('input', { id: 'search-has-notes', type: 'checkbox' });
  const filters = h(
    'details',
    { className: 'search-filters' },
    h('summary', {}, 'Filters'),
    speaker,
    h('label', {}, 'From ', from),
    h('label', {}, 'To ', to),
    h('label', {}, hasNotes, ' with notes'),
  );
  const results = h('div', { id: 'search-results', className: 'search-results', role: 'region', 'aria-label': 'Search results', hidden: true });
  const head = document.querySelector('.library-head');
  head?.prepend(input, filters);
  // Beside the library's scroller, not in it (s18-lib): the results keep their own scroll position while
  // the table scrolls to each article opened from them.
  const list = document.getElementById('library-scroll');
  list?.parentElement?.insertBefore(results, list);
  const opened = createResultNavigation(results, open);

  let token = 0;
  const run = async () => {
    const query = input.value.trim();
    const mine = ++token;
    if (!query) {
      const wasShown = !results.hidden;
      results.hidden = true;
      if (list) list.hidden = false;
      if (wasShown) cleared();
      return;
    }
    let outcome: SearchResults | Error;
    try {
      outcome = await unwrap(
        api().search({
          query,
          ...(speaker.value.trim() ? { speaker: speaker.value.trim() } : {}),
          ...(from.value ? { from: from.value } : {}),
          ...(to.value ? { to: to.value } : {}),
          ...(hasNotes.checked ? { hasNotes: true } : {}),
        }),
      );
    } catch (err) {
      outcome = err as Error;
    }
    if (mine !== token) return;
    render(outcome);
  };

  const render = (outcome: SearchResults | Error) => {
    clear(results);
    results.hidden = false;
    if (list) list.hidden = true;
    if (outcome instanceof Error) {
      results.append(h('p', { className: 'search-message error', role: 'alert' }, outcome.message));
      return;
    }
    const n = outcome.groups.length;
    const among = outcome.rankedAmongNewest ? `, ranked among the newest ${outcome.rankedAmongNewest.toLocaleString('en-US')} matches` : '';
    results.append(h('p', { className: 'search-message' }, n ? `${n}${outcome.more ? '+' : ''} article${n === 1 ? '' : 's'}${among}` : 'Nothing matches.'));
    for (const group of outcome.groups) {
      const { article } = group;
      const hits = group.hits.map((hit) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', className: `search-hit ${hit.kind}`, onclick: (e: Event) => opened(e.currentTarget as HTMLElement, article.id, hit) },
            h('span', { className: 'hit-kind' }, KIND_LABEL[hit.kind], hit.speaker ? ` · ${hit.speaker}` : ''),
            h('span', { className: 'hit-text' }, ...hit.snippet.map((part) => (part.match ? h('mark', {}, part.text) : part.text))),
          ),
          // Entity page (issue 14): the speaker's (or actor's) page.
          hit.speaker ? entityPageButton(hit.speaker, 'hit-speaker', `${hit.speaker} ↗`) : null,
        ),
      );
      results.append(
        h(
          'section',
          { className: 'search-group', 'data-article-id': article.id },
          h('button', { type: 'button', className: 'search-article', onclick: (e: Event) => opened(e.currentTarget as HTMLElement, article.id, null) }, article.title),
          h('div', { className: 'lib-meta' }, article.date ?? 'undated', article.source ? ` · ${article.source}` : ''),
          h('ul', {}, ...hits),
        ),
      );
    }
  };

  let debounce: number | undefined;
  const later = () => {
    window.clearTimeout(debounce);
    debounce = window.setTimeout(() => void run(), 200);
  };
  input.addEventListener('input', later);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      window.clearTimeout(debounce);
      void run();
    } else if (event.key === 'ArrowDown' && !results.hidden) {
      // Into the results: the first one opens (s18-lib).
      const first = results.querySelector<HTMLButtonElement>('button');
      if (first) {
        event.preventDefault();
        first.focus();
        first.click();
      }
    } else if (event.key === 'Escape') {
      input.value = '';
      void run();
    }
  });
  for (const el of [speaker, from, to, hasNotes]) el.addEventListener('change', later);
  return { focus: () => input.focus() };
}

/** Scrolls the open briefing's full text to a body offset and marks the matched words there. */
export function showPassage(start: number, end: number): boolean {
  ensureFullText();
  const runs = [...document.querySelectorAll<HTMLElement>('#fulltext [data-start]')];
  let target: HTMLElement | null = null;
  for (const el of runs) if (Number(el.dataset.start) <= start) target = el;
  const node = target?.firstChild;
  if (!target || !node || node.nodeType !== Node.TEXT_NODE) return false;
  const local = start - Number(target.dataset.start);
  const text = node as Text;
  if (local < 0 || local >= text.length) return false;
  for (const old of document.querySelectorAll('mark.search-hit')) old.replaceWith(...old.childNodes);
  const range = document.createRange();
  range.setStart(text, local);
  range.setEnd(text, Math.min(text.length, local + Math.max(1, end - start)));
  const mark = h('mark', { className: 'search-hit', id: 'search-hit' });
  range.surroundContents(mark);
  mark.scrollIntoView({ block: 'center' });
  return true;
}
