// The passage a new note is attached to: the text selected in the full text, or else the quote or
// proposal card the analyst last chose. Offsets come from the data-start of the selected runs.
export interface Passage {
  start: number;
  end: number;
  quote: string;
}

let lastCard: Passage | null = null;

export function rememberCard(card: HTMLElement): void {
  const start = Number(card.dataset.start);
  const end = Number(card.dataset.end);
  const mark = document.getElementById(`mark-${card.dataset.mark}`);
  if (Number.isInteger(start) && Number.isInteger(end) && end > start) lastCard = { start, end, quote: mark?.textContent ?? '' };
}

export function forgetPassage(): void {
  lastCard = null;
}

// A range boundary inside an element (e.g. a selection ending at a paragraph's end) is moved to the
// nearest text node, so every boundary maps to a run with a data-start.
function toText(node: Node, offset: number, isEnd: boolean): [Node, number] {
  if (node.nodeType === Node.TEXT_NODE) return [node, offset];
  const el = node as Element;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
  const before = texts.filter((t) => {
    const child = el.childNodes[offset];
    return !child || child.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING;
  });
  if (isEnd && before.length) return [before[before.length - 1]!, before[before.length - 1]!.length];
  const after = texts[before.length];
  return after ? [after, 0] : [node, 0];
}

function offsetOf(node: Node, offsetInNode: number, isEnd: boolean): number | null {
  const [text, at] = toText(node, offsetInNode, isEnd);
  const run = text.parentElement?.closest('[data-start]') as HTMLElement | null;
  if (!run || !run.closest('#fulltext') || text.nodeType !== Node.TEXT_NODE) return null;
  return Number(run.dataset.start) + at;
}

export function currentPassage(): Passage | null {
  const sel = window.getSelection();
  if (sel && !sel.isCollapsed && sel.rangeCount) {
    const range = sel.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset, false);
    const end = offsetOf(range.endContainer, range.endOffset, true);
    if (start !== null && end !== null && end > start) return { start, end, quote: sel.toString() };
  }
  return lastCard;
}
