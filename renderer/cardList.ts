// A section's cards, drawn a batch at a time: a long transcript has ~2,000 quote and proposal cards, and
// drawing them all took most of the seconds it took to open. The first batch is drawn with the briefing;
// the next is drawn when the end of the list nears the view (or on "Show more"). Filters choose which
// cards are listed, from the cards' values, so they find cards that were never drawn.
import { h } from './dom';

export interface LazyCard {
  values: Record<string, string>;
  /** Builds the card's element, once, when it is first listed. */
  make(): HTMLElement;
}

export interface CardList {
  element: HTMLElement;
  /** Lists the cards whose flag is true, in order, and draws the first of them: as many as were drawn
   *  before when the same article is drawn again, the first batch when the analyst changed a filter. */
  show(visible: boolean[], filterChanged?: boolean): void;
}

/** Cards drawn with the briefing, and then per batch. */
export const FIRST_BATCH = 40;
export const NEXT_BATCH = 120;

/** How many cards of each section were drawn, kept while the same article is drawn again (a correction
 *  redraws it, and the analyst must find the card they corrected where it was). */
const drawnBefore = new Map<string, number>();
let drawnFor: number | null = null;

export function forgetDrawnUnless(articleId: number): void {
  if (drawnFor !== articleId) drawnBefore.clear();
  drawnFor = articleId;
}

export function createCardList(section: string, noun: string, cards: LazyCard[]): CardList {
  const built = new Map<number, HTMLElement>();
  const list = h('div', { className: 'cards', id: `${section}-cards` });
  const more = h('button', { type: 'button', className: 'cards-more', id: `${section}-more` });
  const element = h('div', { className: 'card-list' }, list, more);
  let listed: number[] = [];
  let drawn = 0;
  const elementOf = (i: number) => {
    let el = built.get(i);
    if (!el) {
      el = cards[i]!.make();
      built.set(i, el);
    }
    return el;
  };
  const drawUpTo = (count: number) => {
    const to = Math.min(count, listed.length);
    if (to > drawn) {
      const frag = document.createDocumentFragment();
      for (let k = drawn; k < to; k++) frag.append(elementOf(listed[k]!));
      list.append(frag);
      drawn = to;
    }
    drawnBefore.set(section, Math.max(drawn, FIRST_BATCH));
    const left = listed.length - drawn;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, NEXT_BATCH).toLocaleString('en')} more ${noun} (${drawn.toLocaleString('en')} of ${listed.length.toLocaleString('en')} shown)`;
  };
  more.addEventListener('click', () => drawUpTo(drawn + NEXT_BATCH));
  // The next batch is drawn before the reader reaches the button; the briefing pane is the scroller.
  if (typeof IntersectionObserver !== 'undefined') {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && more.isConnected && !more.hidden) drawUpTo(drawn + NEXT_BATCH);
      },
      { root: document.getElementById('briefing'), rootMargin: '0px 0px 600px 0px' },
    );
    observer.observe(more);
  }
  return {
    element,
    show(visible, filterChanged = false) {
      listed = [];
      visible.forEach((v, i) => v && listed.push(i));
      list.replaceChildren();
      drawn = 0;
      if (filterChanged) drawnBefore.delete(section);
      drawUpTo(drawnBefore.get(section) ?? FIRST_BATCH);
    },
  };
}
