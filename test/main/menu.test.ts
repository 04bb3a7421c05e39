// The application menu per platform, built by the real menu.ts against a stand-in for Electron's Menu
// (Electron's binary is not needed to read a template), and Help > About opening the real About text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../helpers/temp';

const shown: { message: string; detail: string }[] = [];
vi.mock('electron', () => ({
  app: { name: 'Briefing Desk', isPackaged: true, getName: () => 'Briefing Desk', getVersion: () => '0.0.0', getAppPath: () => PROJECT_ROOT },
  Menu: { buildFromTemplate: (template: unknown) => template },
  clipboard: { writeText: () => {} },
  dialog: {
    showMessageBox: async (options: { message: string; detail: string }) => {
      shown.push(options);
      return { response: 0 };
    },
  },
}));

type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void };
const realPlatform = process.platform;
afterEach(() => Object.defineProperty(process, 'platform', { value: realPlatform }));

async function menuFor(platform: NodeJS.Platform): Promise<Item[]> {
  Object.defineProperty(process, 'platform', { value: platform });
  const { buildMenu } = await import('../../electron/main/menu');
  return buildMenu(() => null) as unknown as Item[];
}
const names = (items: Item[]) => items.map((i) => i.label ?? i.role);

describe('application menu', () => {
  it('follows Windows and Linux conventions: File, Edit, View, Help with About; File ends in Exit/Quit', async () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = await menuFor(platform);
      expect(names(menu)).toEqual(['&File', 'editMenu', '&View', 'help']);
      expect(menu[0]!.submenu!.at(-1)!.role).toBe('quit');
      expect(menu[3]!.submenu!.map((i) => i.label)).toEqual(['&About Briefing Desk']);
      // A packaged build has no developer tools in its menu.
      expect(menu[2]!.submenu!.some((i) => i.role === 'toggleDevTools')).toBe(false);
    }
  });

  it('follows macOS conventions: the app menu with About, Services, Hide and Quit, then a Window menu', async () => {
    const menu = await menuFor('darwin');
    expect(names(menu)).toEqual(['Briefing Desk', '&File', 'editMenu', '&View', 'windowMenu', 'help']);
    expect(names(menu[0]!.submenu!.filter((i) => i.label || i.role))).toEqual(['About Briefing Desk', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(menu[1]!.submenu!.at(-1)!.role).toBe('close');
  });

  it('opens the About dialog with the version and the bundled licences', async () => {
    const menu = await menuFor('linux');
    menu[3]!.submenu![0]!.click!();
    await vi.waitFor(() => expect(shown.length).toBe(1));
    expect(shown[0]!.message).toMatch(/^Briefing Desk \d+\.\d+\.\d+$/);
    expect(shown[0]!.detail).toMatch(/Bundled software \(\d+ packages\)/);
    expect(shown[0]!.detail).toMatch(/better-sqlite3 12\.11\.1/);
  });
});
