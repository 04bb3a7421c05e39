// Offline proof: the real renderer, on the real handlers and a real library, used through its views
// (library, briefing, notes with remote links and images in them, filter), makes no request that is
// not for its own files: every request, WebSocket and CSP-blocked attempt is recorded.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { PROJECT_ROOT, SEED_DIR, tempLibrary } from '../helpers/temp';

let session: RendererSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('offline proof', () => {
  it('requests nothing but the app’s own files while the analyst works', async () => {
    const { library, dir } = tempLibrary();
    library.importSeedsOnce(SEED_DIR);
    session = await launchRenderer(library, dir);
    const { page, requests } = session;
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    // Requests the CSP blocks never reach the network layer: catch them as violations instead.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await session.open();

    await expect.poll(() => page.locator('.card.quote').count()).toBeGreaterThanOrEqual(2);
    await page.locator('#note-editor').fill(
      ['# Remote things in a note', '![map](https://example.org/map.png)', '<img src="https://example.org/x.png">', '[source](https://example.org/article)', '<link rel="stylesheet" href="https://example.org/s.css">'].join('\n\n'),
    );
    await expect.poll(() => page.locator('#note-state').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => page.locator('#note-preview a').count()).toBe(1);
    await page.locator('#library-filter').fill('Tokayev');
    await page.locator('.card.quote').first().click();
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.locator('#note-preview h1').textContent()).toBe('Remote things in a note');

    const own = pathToFileURL(join(PROJECT_ROOT, 'dist', 'renderer')).toString() + '/';
    expect(requests.length).toBeGreaterThanOrEqual(6); // two loads of index.html, its script and styles
    expect(requests.filter((url) => !url.startsWith(own))).toEqual([]);
    expect(sockets).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  });
});
