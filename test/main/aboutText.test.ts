// The About dialog's text from the licence list the build writes into dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutText, type BundledLicences } from '../../electron/main/aboutText';
import { PROJECT_ROOT } from '../helpers/temp';

const licences = JSON.parse(readFileSync(join(PROJECT_ROOT, 'dist', 'licenses.json'), 'utf8')) as BundledLicences;
const appPackage = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };

describe('About dialog', () => {
  it('lists every production dependency that ships, with the licence its package.json declares', () => {
    expect(licences.app.version).toBe(appPackage.version);
    const names = licences.packages.map((p) => p.name);
    // Each direct dependency ships, except playwright-core, which only the command line uses and the package leaves out.
    for (const dep of Object.keys(appPackage.dependencies).filter((d) => d !== 'playwright-core')) expect(names).toContain(dep);
    expect(names).not.toContain('playwright-core');
    const sqlite = licences.packages.find((p) => p.name === 'better-sqlite3')!;
    const declared = JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')) as { version: string; license: string };
    expect(sqlite).toEqual({ name: 'better-sqlite3', version: declared.version, license: declared.license });
    expect(licences.packages.every((p) => p.license && p.license !== 'UNKNOWN')).toBe(true);
  });

  it('shows the version, the runtime and each package under its licence', () => {
    const { message, detail } = aboutText(licences, { electron: '41.7.1', chrome: '146.0', node: '24.0' });
    expect(message).toBe(`Briefing Desk ${appPackage.version}`);
    expect(detail).toContain('Electron 41.7.1 (MIT), Chromium 146.0, Node.js 24.0');
    expect(detail).toMatch(/^MIT \(\d+\): .*\bbetter-sqlite3 \d/m);
    expect(detail).toContain(`Bundled software (${licences.packages.length} packages)`);
  });
});
