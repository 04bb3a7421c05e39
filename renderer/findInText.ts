// Find in the article (Ctrl+F in the briefing): every match in the full text is wrapped in
// <mark class="find-hit">, built as nodes from the text nodes (the full text's own <mark>s stay), and
// Enter / Shift+Enter move between them. Bounded: at most MAX_HITS are marked.
import { h } from './dom';
import { ensureFullText } from './fullTextView';

export const MAX_HITS = 1000;

interface FindState {
  bar: HTMLElement;
  input: HTMLInputElement;
  count: HTMLElement;
  /** Each hit is one or more <mark>s (a match running over a quote's edge is split at it). */
  hits: HTMLElement[][];
  more: boolean;
  current: number;
  returnFocus: HTMLElement | null;
}

let state: FindState | null = null;

/** The find bar for a newly drawn briefing, hidden until Ctrl+F; drawing the briefing again closes it. */
export function createFindBar(briefing: HTMLElement): HTMLElement {
  const input = h('input', { type: 'search', id: 'find-input', 'aria-label': 'Find in the article', placeholder: 'Find in the article', autocomplete: 'off', spellcheck: 'false' });
  const count = h('span', { className: 'find-count', id: 'find-count', role: 'status', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button', id: 'find-prev', title: 'Previous match (Shift+Enter)', 'aria-label': 'Previous match' }, '↑');
  const next = h('button', { type: 'button', id: 'find-next', title: 'Next match (Enter)', 'aria-label': 'Next match' }, '↓');
  const close = h('button', { type: 'button', id: 'find-close', title: 'Close (Escape)', 'aria-label': 'Close find' }, '×');
  const bar = h('div', { className: 'find-bar', id: 'find-bar', role: 'search', hidden: true }, input, count, prev, next, close);
  const s: FindState = { bar, input, count, hits: [], more: false, current: -1, returnFocus: null };
  state = s;
  input.addEventListener('input', () => search(s, briefing));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      move(s, e.shiftKey ? -1 : 1);
    }
  });
  bar.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeFind();
    }
  });
  prev.addEventListener('click', () => move(s, -1));
  next.addEventListener('click', () => move(s, 1));
  close.addEventListener('click', () => closeFind());
  return bar;
}

/** Opens (or focuses) the find bar of the briefing shown; false when no briefing is shown. */
export function openFind(): boolean {
  const s = state;
  if (!s || !s.bar.isConnected || !document.getElementById('fulltext')) return false;
  if (s.bar.hidden) {
    const active = document.activeElement;
    s.returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    s.bar.hidden = false;
  }
  s.input.focus();
  s.input.select();
  return true;
}

export function closeFind(): void {
  const s = state;
  if (!s || s.bar.hidden) return;
  clearHits(s);
  s.input.value = '';
  s.count.textContent = '';
  s.bar.hidden = true;
  const back = s.returnFocus?.isConnected ? s.returnFocus : document.getElementById('briefing');
  s.returnFocus = null;
  back?.focus();
}

function search(s: FindState, briefing: HTMLElement): void {
  clearHits(s);
  ensureFullText();
  const query = s.input.value;
  const fulltext = briefing.querySelector<HTMLElement>('#fulltext');
  if (!query.trim() || !fulltext) {
    s.count.textContent = '';
    return;
  }
  const found = markMatches(fulltext, query);
  s.hits = found.hits;
  s.more = found.more;
  s.current = -1;
  if (s.hits.length) move(s, 1);
  else s.count.textContent = 'No matches';
}

function move(s: FindState, step: 1 | -1): void {
  if (!s.hits.length) return;
  for (const m of s.hits[s.current] ?? []) m.classList.remove('current');
  s.current = (s.current + step + s.hits.length) % s.hits.length;
  const hit = s.hits[s.current]!;
  for (const m of hit) m.classList.add('current');
  hit[0]!.scrollIntoView({ block: 'center' });
  const total = s.more ? `${MAX_HITS.toLocaleString('en')}+` : String(s.hits.length);
  s.count.textContent = `${s.current + 1} of ${total}`;
}

function clearHits(s: FindState): void {
  const parents = new Set<Node>();
  for (const hit of s.hits) {
    for (const m of hit) {
      const parent = m.parentNode;
      if (!parent) continue;
      parent.replaceChild(document.createTextNode(m.textContent ?? ''), m);
      parents.add(parent);
    }
  }
  // Joins the text split for the marks, so the runs are as they were drawn.
  for (const p of parents) p.normalize();
  s.hits = [];
  s.current = -1;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks every case-insensitive match of `query` in each paragraph, across its runs (spans and the
 * passages' <mark>s), up to MAX_HITS; `more` says whether there were others.
 */
function markMatches(fulltext: HTMLElement, query: string): { hits: HTMLElement[][]; more: boolean } {
  const pattern = new RegExp(escapeRegExp(query), 'giu');
  const hits: HTMLElement[][] = [];
  for (const para of fulltext.querySelectorAll('p')) {
    const texts: Text[] = [];
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
    const joined = texts.map((t) => t.data).join('');
    const ranges: [number, number][] = [];
    for (let m = pattern.exec(joined); m; m = pattern.exec(joined)) {
      if (hits.length + ranges.length >= MAX_HITS) {
        wrapRanges(texts, ranges, hits);
        return { hits, more: true };
      }
      ranges.push([m.index, m.index + m[0].length]);
    }
    wrapRanges(texts, ranges, hits);
  }
  return { hits, more: false };
}

/** Wraps the ranges (offsets in the paragraph's joined text) in marks, one per text node they cover. */
function wrapRanges(texts: Text[], ranges: [number, number][], hits: HTMLElement[][]): void {
  if (!ranges.length) return;
  const pieces = ranges.map(() => [] as HTMLElement[]);
  let at = 0;
  for (const node of texts) {
    const from = at;
    const to = at + node.data.length;
    at = to;
    const inside = ranges.map((r, i) => ({ s: Math.max(r[0], from) - from, e: Math.min(r[1], to) - from, i })).filter((r) => r.e > r.s);
    if (!inside.length) continue;
    const frag = document.createDocumentFragment();
    let pos = 0;
    for (const r of inside) {
      if (r.s > pos) frag.append(node.data.slice(pos, r.s));
      const mark = h('mark', { className: 'find-hit' }, node.data.slice(r.s, r.e));
      pieces[r.i]!.push(mark);
      frag.append(mark);
      pos = r.e;
    }
    if (pos < node.data.length) frag.append(node.data.slice(pos));
    node.replaceWith(frag);
  }
  hits.push(...pieces);
}
