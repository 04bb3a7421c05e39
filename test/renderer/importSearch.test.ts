// The window's import progress bar with Cancel, and library search, in the real renderer (Chromium) on
// the real handlers and a real library.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { SEED_FILE, tempLibrary } from '../helpers/temp';
import { importFixtures } from '../core/search/fixtures';

let session: RendererSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the window: import progress and search', () => {
  it('searches with highlighted snippets, opens a hit at its passage, and shows and cancels an import', async () => {
    const { library, dir } = tempLibrary();
    importFixtures(library, dir);
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const seed = readFileSync(SEED_FILE, 'utf8');
    const total = 800;
    for (let i = 0; i < total; i++) writeFileSync(join(inbox, `a${i}.txt`), `${seed}\n\nDispatch ${i}.`);
    session = await launchRenderer(library, dir, async () => [inbox]);
    const { page } = session;
    await session.open();

    // Search: results grouped by article, the match in <mark>.
    await page.fill('#search-box', 'river');
    await page.press('#search-box', 'Enter');
    const group = page.locator('.search-group');
    await expect.poll(() => group.count()).toBe(1);
    expect(await group.locator('.search-article').textContent()).toBe('Bridge over the Ishim');
    const quoteHit = group.locator('.search-hit.quote');
    expect(await quoteHit.locator('.hit-kind').textContent()).toBe('Quote · Kassym-Jomart Tokayev');
    expect(await quoteHit.locator('mark').allTextContents()).toEqual(['river']);
    expect(await page.locator('#library-list').isHidden()).toBe(true);

    // Opening the hit shows the article scrolled to the matched words.
    await quoteHit.click();
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe('Bridge over the Ishim');
    await expect.poll(() => page.locator('#fulltext mark.search-hit').textContent()).toBe('river');
    await expect.poll(() => page.locator('#search-hit').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    })).toBe(true);

    // A filter narrows, a bad query says why, Escape returns to the library.
    await page.fill('#search-box', 'water');
    await page.press('#search-box', 'Enter');
    await expect.poll(() => group.count()).toBe(2);
    await page.click('.search-filters summary');
    await page.fill('#search-speaker', 'Nurtleu');
    await page.press('#search-box', 'Enter');
    await expect.poll(() => page.locator('.search-group .search-article').allTextContents()).toEqual(['Water talks in Tashkent']);
    await page.fill('#search-box', '"water');
    await page.press('#search-box', 'Enter');
    await expect.poll(() => page.locator('.search-message.error').textContent()).toMatch(/quotation mark is not closed/);
    await page.press('#search-box', 'Escape');
    await expect.poll(() => page.locator('#library-list').isVisible()).toBe(true);

    // Import: the progress bar counts files, Cancel stops it, what was imported stays.
    await page.click('#import-button');
    const bar = page.locator('#import-progress');
    await expect.poll(async () => Number((await bar.getAttribute('data-done')) ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await bar.isVisible()).toBe(true);
    expect(await page.locator('#import-progress-text').textContent()).toMatch(new RegExp(`Importing: [\\d,]+ of ${total.toLocaleString('en-US')} files · [\\d,]+ left`));
    const max = await page.locator('#import-progress-bar').evaluate((el) => (el as HTMLProgressElement).max);
    expect(max).toBe(total);
    await page.click('#import-cancel');
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toMatch(/Cancelled: \d+ file\(s\) not imported/);
    expect(await bar.isHidden()).toBe(true);
    const stored = library.articles.count() - 3;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(total);
    expect(await page.locator('#status').textContent()).toContain(`Imported ${stored},`);
  }, 120_000);
});
