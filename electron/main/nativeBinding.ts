// better-sqlite3 is a native addon, and Electron's ABI differs from Node's. The tests use the Node build
// in node_modules; the app loads a copy built for Electron (scripts/electron-native.mjs, or the packaged
// resources folder), so neither build ever overwrites the other.
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function electronNativeBinding(): string {
  const candidates = app.isPackaged
    ? [join(process.resourcesPath, 'native', 'better_sqlite3.node')]
    : [join(app.getAppPath(), '.cache', 'electron-native', `${process.versions.electron}-${process.platform}-${process.arch}`, 'better_sqlite3.node')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(`better-sqlite3 for Electron ${process.versions.electron} is missing (looked in ${candidates.join(', ')}). Run "npm start", which builds it.`);
  }
  return found;
}
