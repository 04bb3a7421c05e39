// F6 / Shift+F6 move the focus from pane to pane (library, search results when shown, briefing, notes),
// back to where it was in each; Enter on a focused library row carries the focus into its briefing.

interface Pane {
  element(): HTMLElement | null;
  /** Where the focus goes the first time the pane is entered. */
  first(): HTMLElement | null;
}

const visible = (el: HTMLElement | null): el is HTMLElement => Boolean(el?.isConnected && el.getClientRects().length);
const $ = (selector: string) => document.querySelector<HTMLElement>(selector);

const PANES: Pane[] = [
  {
    element: () => $('nav.library'),
    first: () => $('#library-list [aria-selected="true"]') ?? $('#library-list li[role="option"]:not([aria-disabled])') ?? $('.note-item') ?? $('#search-box'),
  },
  { element: () => $('#search-results'), first: () => $('#search-results button') },
  { element: () => $('#briefing'), first: () => $('#briefing') },
  { element: () => $('aside.notes'), first: () => $('#note-editor:not(:disabled)') ?? $('aside.notes button:not(:disabled)') },
];

/** Where the focus last was in each pane, to go back there. */
const last = new Map<Pane, HTMLElement>();

function paneOf(el: Element | null): Pane | undefined {
  // The search results sit inside the library: the innermost pane wins.
  return [...PANES].reverse().find((p) => {
    const box = p.element();
    return box && el && box.contains(el);
  });
}

export function focusNextPane(step: 1 | -1): void {
  const open = PANES.filter((p) => visible(p.element()));
  if (!open.length) return;
  const here = paneOf(document.activeElement);
  const at = here ? open.indexOf(here) : -1;
  const next = open[(at + step + open.length) % open.length]!;
  const remembered = last.get(next);
  // The search results contain the library's place in the DOM but are their own stop; a remembered
  // element counts only if it still belongs to that pane.
  const target = visible(remembered ?? null) && paneOf(remembered!) === next ? remembered! : next.first() ?? next.element();
  target?.focus();
}

export function installPaneFocus(): void {
  document.addEventListener('focusin', (event) => {
    const el = event.target as HTMLElement;
    const pane = paneOf(el);
    if (pane) last.set(pane, el);
  });
  // Enter on a library row is the library table's own (libraryView.ts: it goes into the open briefing).
}
