// Resizable, collapsible side panes: a splitter between each side pane and the briefing (dragged with
// the pointer, or focused and moved with the arrow keys, as the WAI-ARIA window splitter), and a toggle
// for each side pane in the toolbar. Widths are in rem, so the panes grow with the system font size.
import { PANE_WIDTH_RANGE, type LayoutSettings } from '../electron/common/layout';
import { h } from './dom';
import type { LayoutStore } from './layoutStore';

type Side = 'library' | 'notes';
const LABEL: Record<Side, string> = { library: 'Library', notes: 'Notes' };
const WIDTH_KEY = { library: 'libraryWidth', notes: 'notesWidth' } as const;
const COLLAPSED_KEY = { library: 'libraryCollapsed', notes: 'notesCollapsed' } as const;

const rootFontPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
const clampWidth = (rem: number) => Math.round(Math.max(PANE_WIDTH_RANGE.min, Math.min(PANE_WIDTH_RANGE.max, rem)) * 4) / 4;

export function createPaneLayout(store: LayoutStore) {
  const layout = document.querySelector<HTMLElement>('main.layout')!;
  const panes: Record<Side, HTMLElement> = { library: document.querySelector<HTMLElement>('nav.library')!, notes: document.querySelector<HTMLElement>('aside.notes')! };
  panes.library.id ||= 'library-pane';
  panes.notes.id ||= 'notes-pane';

  const splitters = {} as Record<Side, HTMLDivElement>;
  const toggles = {} as Record<Side, HTMLButtonElement>;
  for (const side of ['library', 'notes'] as const) {
    const splitter = h('div', {
      className: `splitter splitter-${side}`,
      id: `splitter-${side}`,
      role: 'separator',
      tabindex: 0,
      'aria-orientation': 'vertical',
      'aria-controls': panes[side].id,
      'aria-label': `Resize the ${LABEL[side].toLowerCase()} pane`,
      'aria-valuemin': 0,
      'aria-valuemax': PANE_WIDTH_RANGE.max,
      title: `Drag, or focus and use ← →, to resize the ${LABEL[side].toLowerCase()} pane; Enter hides or shows it`,
    });
    splitters[side] = splitter;
    toggles[side] = h('button', { type: 'button', id: `toggle-${side}`, className: `pane-toggle pane-toggle-${side}`, 'aria-controls': panes[side].id }, LABEL[side]);
    toggles[side].addEventListener('click', () => toggle(side));
    wireSplitter(side, splitter);
  }
  panes.library.after(splitters.library);
  panes.notes.before(splitters.notes);
  document.querySelector('.topbar .brand')?.after(h('div', { className: 'pane-toggles', role: 'group', 'aria-label': 'Panes' }, toggles.library, toggles.notes));

  function setWidth(side: Side, rem: number): void {
    store.update({ [WIDTH_KEY[side]]: clampWidth(rem), [COLLAPSED_KEY[side]]: false } as Partial<LayoutSettings>);
  }

  function toggle(side: Side): void {
    store.update({ [COLLAPSED_KEY[side]]: !store.get()[COLLAPSED_KEY[side]] } as Partial<LayoutSettings>);
  }

  function wireSplitter(side: Side, splitter: HTMLDivElement): void {
    // The library's splitter widens its pane to the right, the notes' to the left.
    const towards = side === 'library' ? 1 : -1;
    splitter.addEventListener('keydown', (event) => {
      const current = store.get()[COLLAPSED_KEY[side]] ? PANE_WIDTH_RANGE.min - 1 : store.get()[WIDTH_KEY[side]];
      const step = event.shiftKey ? 4 : 1;
      const next: number | undefined = {
        ArrowRight: current + step * towards,
        ArrowLeft: current - step * towards,
        Home: PANE_WIDTH_RANGE.min,
        End: PANE_WIDTH_RANGE.max,
      }[event.key];
      if (event.key === 'Enter') {
        event.preventDefault();
        toggle(side);
      } else if (next !== undefined) {
        event.preventDefault();
        setWidth(side, next);
      }
    });
    splitter.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      splitter.setPointerCapture(event.pointerId);
      splitter.focus();
      document.body.classList.add('resizing');
      const box = layout.getBoundingClientRect();
      const move = (e: PointerEvent) => {
        const px = side === 'library' ? e.clientX - box.left : box.right - e.clientX;
        setWidth(side, px / rootFontPx());
      };
      const up = () => {
        splitter.removeEventListener('pointermove', move);
        document.body.classList.remove('resizing');
      };
      splitter.addEventListener('pointermove', move);
      splitter.addEventListener('pointerup', up, { once: true });
      splitter.addEventListener('lostpointercapture', up, { once: true });
    });
  }

  store.onChange((l) => {
    for (const side of ['library', 'notes'] as const) {
      const collapsed = l[COLLAPSED_KEY[side]];
      const width = l[WIDTH_KEY[side]];
      layout.style.setProperty(`--${side}-width`, collapsed ? '0rem' : `${width}rem`);
      document.body.toggleAttribute(`data-${side}-collapsed`, collapsed);
      // The focus would be lost with the hidden pane: it goes to the briefing instead.
      if (collapsed && panes[side].contains(document.activeElement)) document.getElementById('briefing')?.focus();
      toggles[side].setAttribute('aria-expanded', String(!collapsed));
      toggles[side].title = `${collapsed ? 'Show' : 'Hide'} the ${LABEL[side].toLowerCase()} pane`;
      const splitter = splitters[side];
      splitter.setAttribute('aria-valuenow', String(collapsed ? 0 : width));
      splitter.setAttribute('aria-valuetext', collapsed ? `${LABEL[side]} pane hidden` : `${LABEL[side]} pane ${width} rem wide`);
    }
  });

  return { toggle };
}
