// The article's full text with its passages marked, drawn in chunks: a 245 KB transcript is ~2,500
// paragraphs and ~10,000 runs, and building them all before the briefing showed held the window for
// seconds. The first paragraphs are drawn with the briefing, the rest a chunk per task after it, and
// anything that needs the whole text (a card's jump to its passage, find in the article, a search hit, a
// note's anchor) calls ensureFullText() first, which draws what is left at once.
// Every run of text carries its offset in the article (data-start), so a selection in the full text
// maps back to the stored body for anchoring a note.
import type { Briefing } from '../electron/core/model';
import { briefingMarks } from '../electron/common/briefingParts';
import { segmentText } from '../electron/common/textSegments';
import { h } from './dom';

interface Run {
  text: string;
  at: number;
  mark: { id: string; kind: string; first: boolean } | null;
}

/** Paragraphs drawn with the briefing, then per chunk. */
const FIRST_PARAGRAPHS = 60;
const CHUNK_PARAGRAPHS = 250;

interface Pending {
  container: HTMLElement;
  paragraphs: Run[][];
  next: number;
  timer: number;
}

let pending: Pending | null = null;

/** Splits the body into paragraphs of runs (plain text or a passage), without touching the DOM. */
function paragraphsOf({ article, analysis, notes }: Briefing): Run[][] {
  // With the words that name each quote's speaker ("he", "the President"), shown when its card is chosen.
  const marks = briefingMarks(analysis, notes, true);
  const paragraphs: Run[][] = [[]];
  let offset = 0;
  const seen = new Set<string>();
  const breaks = /\n\s*\n/g;
  for (const seg of segmentText(article.body, marks)) {
    breaks.lastIndex = 0;
    let from = 0;
    const add = (text: string, at: number) => {
      if (!text) return;
      // A passage running over paragraphs is several <mark>s; the first carries the id cards jump to.
      const first = seg.mark !== null && !seen.has(seg.mark.id);
      if (seg.mark) seen.add(seg.mark.id);
      paragraphs[paragraphs.length - 1]!.push({ text, at, mark: seg.mark ? { id: seg.mark.id, kind: seg.mark.kind, first } : null });
    };
    for (let m = breaks.exec(seg.text); m; m = breaks.exec(seg.text)) {
      add(seg.text.slice(from, m.index), offset + from);
      from = m.index + m[0].length;
      paragraphs.push([]);
    }
    add(seg.text.slice(from), offset + from);
    offset += seg.text.length;
  }
  return paragraphs;
}

function drawParagraphs(p: Pending, upTo: number): void {
  const to = Math.min(upTo, p.paragraphs.length);
  if (to <= p.next) return;
  const frag = document.createDocumentFragment();
  for (let i = p.next; i < to; i++) {
    const para = document.createElement('p');
    for (const run of p.paragraphs[i]!) {
      para.appendChild(
        run.mark
          ? h('mark', { className: run.mark.kind, id: run.mark.first ? `mark-${run.mark.id}` : undefined, 'data-start': run.at }, run.text)
          : h('span', { 'data-start': run.at }, run.text),
      );
    }
    frag.appendChild(para);
  }
  p.container.appendChild(frag);
  p.next = to;
  if (p.next >= p.paragraphs.length) p.container.dataset.complete = 'true';
}

function drawLater(p: Pending): void {
  p.timer = window.setTimeout(() => {
    if (pending !== p) return;
    drawParagraphs(p, p.next + CHUNK_PARAGRAPHS);
    if (p.next < p.paragraphs.length) drawLater(p);
    else pending = null;
  }, 0);
}

/** The full text of a briefing being drawn: its first paragraphs now, the rest in the tasks after. */
export function fullTextView(briefing: Briefing): HTMLElement {
  if (pending) window.clearTimeout(pending.timer);
  const container = h('div', { className: 'fulltext', id: 'fulltext' });
  const p: Pending = { container, paragraphs: paragraphsOf(briefing), next: 0, timer: 0 };
  drawParagraphs(p, FIRST_PARAGRAPHS);
  pending = p.next < p.paragraphs.length ? p : null;
  if (pending) drawLater(pending);
  return container;
}

/** Draws whatever of the full text is not drawn yet, at once. */
export function ensureFullText(): void {
  const p = pending;
  if (!p) return;
  window.clearTimeout(p.timer);
  pending = null;
  drawParagraphs(p, p.paragraphs.length);
}
