// The menu's keys and the window's keys are the same: every accelerator of the application menu is the
// shortcut of a command in the window's command table (renderer/commands.ts), which runs the same action.
import { describe, expect, it, vi } from 'vitest';
import { allCommands, shortcutsOf } from '../../renderer/commands';
import { registerAppCommands } from '../../renderer/appCommands';

vi.mock('electron', () => ({
  app: { name: 'Briefing Desk', isPackaged: true },
  Menu: { buildFromTemplate: (template: unknown) => template },
}));

type Item = { label?: string; accelerator?: string; submenu?: Item[]; click?: () => void };
const flatten = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);

describe('menu and window shortcuts', () => {
  it('every menu accelerator runs, from the window, the command the menu names', async () => {
    const sent: string[] = [];
    const { buildMenu } = await import('../../electron/main/menu');
    const fakeWindow = { webContents: { send: (_channel: string, command: string) => sent.push(command) } };
    const menu = buildMenu(() => fakeWindow as never) as unknown as Item[];

    const ran: string[] = [];
    const record = (name: string) => () => void ran.push(name);
    registerAppCommands({
      runOnce: (c) => void ran.push(c),
      noteOnPassage: record('note-on-passage'),
      findInBriefing: () => false,
      openSettings: record('settings'),
      showMode: (m) => void ran.push(`show-${m}`),
      togglePane: (side) => void ran.push(`toggle-${side}`),
      setNotesView: (v) => void ran.push(`notes-${v}`),
      openPalette: record('command-palette'),
      openShortcuts: record('shortcuts'),
      focusNextPane: (step) => void ran.push(step > 0 ? 'next-pane' : 'previous-pane'),
    });

    const withKeys = flatten(menu).filter((i) => i.accelerator && i.click);
    expect(withKeys.length).toBeGreaterThanOrEqual(9);
    for (const item of withKeys) {
      const keys = item.accelerator!.replace('CmdOrCtrl', 'Ctrl');
      const command = allCommands().find((c) => shortcutsOf(c).includes(keys));
      expect(command, `${item.label} (${keys}) has no command in the window's table`).toBeDefined();
      sent.length = 0;
      ran.length = 0;
      item.click!();
      await command!.run();
      // The window's command for the keys does what the menu item asks the window to do.
      expect(sent.length, item.label).toBe(1);
      expect(ran, item.label).toEqual(sent);
    }
  });
});
