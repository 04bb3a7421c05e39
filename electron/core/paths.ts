// Where the app keeps its data, the same folder Electron's app.getPath('userData') gives for
// productName "Briefing Desk", so the command line and the app share one library by default.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Briefing Desk';
export const DATABASE_FILE = 'briefing.db';

export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function defaultDatabasePath(): string {
  return join(defaultUserDataDir(), DATABASE_FILE);
}
