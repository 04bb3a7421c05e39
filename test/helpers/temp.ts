// Every test gets its own temporary folder and database file, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openLibrary, type Library } from '../../electron/core/library';

const made: string[] = [];
const opened: Library[] = [];

afterEach(() => {
  for (const lib of opened.splice(0)) {
    try {
      lib.close();
    } catch {
      // already closed by the test
    }
  }
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'briefing-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function tempLibrary(): { library: Library; dir: string; dbPath: string } {
  const dir = tempDir();
  const dbPath = join(dir, 'library.db');
  const library = openLibrary(dbPath);
  opened.push(library);
  return { library, dir, dbPath };
}

import { PROJECT_ROOT } from './projectRoot';

export { PROJECT_ROOT };
export const SEED_DIR = join(PROJECT_ROOT, 'seeds');
export const SEED_FILE = join(SEED_DIR, '000_3186beaf5c2ea66a.txt');

/** A library that lives for a whole describe block (beforeAll/afterAll), not one test. */
export function suiteLibrary(): { library: Library; dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-suite-'));
  const library = openLibrary(join(dir, 'library.db'));
  return {
    library,
    dir,
    cleanup() {
      library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
