// The real app under Electron, launched by Playwright. Electron's binary cannot be downloaded on
// every machine (not on CI here): where it is missing the test is skipped and says so plainly.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempDir } from '../helpers/temp';

function electronBinary(): string | null {
  // Read where the binary would be, without require('electron'): Electron 45's package has no
  // install script, and requiring it downloads the binary then and there (a test run must not fetch
  // ~100 MB from GitHub, and cannot here). `npx install-electron` (or `npm start`) installs it.
  try {
    const dir = dirname(createRequire(__filename).resolve('electron/package.json'));
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const path = join(dir, 'dist', relative);
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

// A packaged test build (`npm run dist:e2e`, the one fuse Playwright needs turned on) can be tested
// instead of the development checkout: BRIEFING_E2E_EXECUTABLE=release/linux-unpacked/briefing-desk.
const packaged = process.env.BRIEFING_E2E_EXECUTABLE ?? null;
const binary = packaged ?? electronBinary();
const nativeBuilt = packaged !== null || existsSync(join(PROJECT_ROOT, '.cache', 'electron-native'));
const reason = !binary
  ? "Electron's binary is not installed here (`npx install-electron` installs it; it needs the network)"
  : !nativeBuilt
    ? 'better-sqlite3 has not been built for Electron (run `npm start` once)'
    : null;
if (reason) console.log(`SKIPPED: Electron end-to-end test: ${reason}.`);

describe.skipIf(reason !== null)('Electron app end to end', () => {
  it('opens the seed briefing, keeps a note across a restart', async () => {
    const userData = tempDir();
    const launch = () => electron.launch({ executablePath: binary!, args: packaged ? [] : [PROJECT_ROOT], env: { ...process.env, BRIEFING_USER_DATA: userData } });
    const started = Date.now();
    let app = await launch();
    let page = await app.firstWindow();
    await page.waitForSelector('body[data-ready="true"]');
    // Time to first paint, as the window's own paint timing reports it, counted from the launch.
    const paint = await page.evaluate(() => ({
      sinceNavigation: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      navigationStartedAt: performance.timeOrigin,
    }));
    const firstPaint = paint.sinceNavigation === null ? 'not reported' : `${Math.round(paint.navigationStartedAt + paint.sinceNavigation - started)} ms`;
    console.log(`Electron: first paint ${firstPaint} after launch (${Math.round(paint.sinceNavigation ?? NaN)} ms after the page started loading); library shown ${Date.now() - started} ms after launch`);
    const security = await page.evaluate(() => ({ require: typeof (window as unknown as { require?: unknown }).require, process: typeof (window as unknown as { process?: unknown }).process }));
    expect(security).toEqual({ require: 'undefined', process: 'undefined' });
    await expect.poll(() => page.locator('.card.quote').count()).toBeGreaterThanOrEqual(2);
    await page.locator('#note-editor').click();
    await page.keyboard.type('Electron note');
    await app.close(); // the close handshake flushes the note
    app = await launch();
    page = await app.firstWindow();
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.locator('#note-editor').inputValue()).toBe('Electron note');
    await app.close();
  });

  it('a second instance hands over to the first and ends; a quit right after typing keeps the note', async () => {
    const userData = tempDir();
    const args = packaged ? [] : [PROJECT_ROOT];
    const env = { ...process.env, BRIEFING_USER_DATA: userData };
    const launch = () => electron.launch({ executablePath: binary!, args, env });
    let app = await launch();
    let page = await app.firstWindow();
    await page.waitForSelector('body[data-ready="true"]');

    // The same library from a second process: it must end by itself without opening anything.
    const second = spawn(binary!, args, { env, stdio: 'ignore' });
    const [code] = (await once(second, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    // Typing, then quitting at once (no wait for the save): the quit holds until the window has saved.
    await page.locator('#note-editor').click();
    await page.keyboard.type('typed just before quitting');
    const closed = app.waitForEvent('close');
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await closed;
    app = await launch();
    page = await app.firstWindow();
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.locator('#note-editor').inputValue()).toBe('typed just before quitting');
    await app.close();
  });

  it('exports the briefing as a PDF through printToPDF', async () => {
    const userData = tempDir();
    const out = join(tempDir(), 'briefing.pdf');
    const app = await electron.launch({ executablePath: binary!, args: packaged ? [] : [PROJECT_ROOT], env: { ...process.env, BRIEFING_USER_DATA: userData } });
    const page = await app.firstWindow();
    await page.waitForSelector('body[data-ready="true"]');
    // The save dialog answers with the test's file (a native dialog cannot be driven).
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, out);
    type Api = { briefing: { exportBriefings(ids: number[], format: 'pdf'): Promise<{ ok: boolean; value?: { path: string } | null }> } };
    const result = await page.evaluate(() => (window as unknown as Api).briefing.exportBriefings([1], 'pdf'));
    expect(result).toEqual({ ok: true, value: { path: out } });
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await app.close();
  });
});
