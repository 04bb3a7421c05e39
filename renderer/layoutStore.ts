// The window's layout (pane widths, collapsed panes, the notes view), read from the settings at start
// and written back shortly after each change, so a drag of a splitter is one write, not hundreds.
import { DEFAULT_LAYOUT, type LayoutSettings } from '../electron/common/layout';
import { api, unwrap } from './api';
import { announce } from './statusBar';

type Listener = (layout: LayoutSettings) => void;

export function createLayoutStore() {
  let layout: LayoutSettings = { ...DEFAULT_LAYOUT };
  const listeners: Listener[] = [];
  let timer: number | undefined;

  const save = () =>
    unwrap(api().updateSettings({ layout })).catch((err: Error) => announce(`The layout was not saved: ${err.message}`, 'error'));

  return {
    get: (): LayoutSettings => layout,
    /** Reads the saved layout; a layout saved by an older version lacks newer fields, which keep their defaults. */
    async load(): Promise<void> {
      const saved = await unwrap(api().getSettings()).then((s) => s.layout, () => DEFAULT_LAYOUT);
      layout = { ...DEFAULT_LAYOUT, ...saved };
      for (const l of listeners) l(layout);
    },
    update(patch: Partial<LayoutSettings>): void {
      layout = { ...layout, ...patch };
      for (const l of listeners) l(layout);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void save(), 250);
    },
    onChange(listener: Listener): void {
      listeners.push(listener);
      listener(layout);
    },
  };
}

export type LayoutStore = ReturnType<typeof createLayoutStore>;
