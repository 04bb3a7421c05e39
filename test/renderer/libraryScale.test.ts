// A library of thousands of articles: the list keeps only the rows in view in the DOM, and scrolling,
// the keyboard and the filter still reach every article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { suiteLibrary } from '../helpers/temp';

const COUNT = 5000;

describe('a large library in the window', () => {
  let session: RendererSession;
  let ctx: ReturnType<typeof suiteLibrary>;

  beforeAll(async () => {
    ctx = suiteLibrary();
    // Stored directly (no analysis run) so the test measures the list, not the importer.
    const empty = { version: 0, summary: [], quotes: [], proposals: [], entities: [] };
    ctx.library.db.transaction(() => {
      for (let i = 0; i < COUNT; i++) {
        const day = String((i % 28) + 1).padStart(2, '0');
        const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
        ctx.library.articles.insertWithAnalysis(
          { contentHash: `h${i}`, title: `Report ${i}: talks on item ${i}`, date: `20${10 + Math.floor(i / 336)}-${month}-${day}`, source: 'Wire', fileName: `r${i}.txt`, encoding: 'UTF-8', body: `Body of report ${i}.` },
          empty,
        );
      }
    })();
    session = await launchRenderer(ctx.library, ctx.dir);
    await session.open();
  });
  afterAll(async () => {
    await session?.close();
    ctx?.cleanup();
  });

  it('renders only the rows in view, and reaches the last article by scrolling and by End', async () => {
    const { page } = session;
    await expect.poll(() => page.locator('#library-count').textContent()).toBe('5,000 articles');
    const rendered = await page.locator('#library-list [role=row][data-id]').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    const oldest = ctx.library.articles.list().at(-1)!;
    await page.locator('#library-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => page.locator(`#article-${oldest.id}`).count()).toBe(1);
    expect(await page.locator('#library-list [role=row][data-id]').count()).toBeLessThan(40);

    await page.locator('#library-scroll').evaluate((el) => (el.scrollTop = 0));
    await page.locator('#library-list [role=row][data-id]').first().click();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe(oldest.title);
    await expect.poll(() => page.locator(`#article-${oldest.id}`).getAttribute('aria-selected')).toBe('true');
    // Row 1 is the table's header.
    expect(await page.locator(`#article-${oldest.id}`).getAttribute('aria-rowindex')).toBe(String(COUNT + 1));
  });

  it('asks for the list a page at a time and fills the rows scrolled to', async () => {
    const { page } = session;
    const whole = ctx.library.articles.list();
    // Every row is as tall as the first (the table's rows have one height, set in rem).
    const rowPx = await page.locator('#library-rows [role=row][data-id]').first().evaluate((el) => el.getBoundingClientRect().height);
    for (const index of [2500, 4321, 777]) {
      await page.locator('#library-scroll').evaluate((el, top) => (el.scrollTop = top), index * rowPx);
      await expect.poll(() => page.locator(`#article-${whole[index]!.id}`).getAttribute('aria-rowindex')).toBe(String(index + 2));
    }
    // One answer carries one page of the list, and says how long the whole list is.
    const sizes = await page.evaluate(async () => {
      const api = (window as unknown as { briefing: { listArticles(r: object): Promise<{ ok: boolean; value: { items: unknown[]; total: number } }> } }).briefing;
      const r = await api.listArticles({ offset: 4900, limit: 100 });
      return [r.value.items.length, r.value.total];
    });
    expect(sizes).toEqual([100, 5000]);
  });

  it('filters the whole library, not just the rows in view', async () => {
    const { page } = session;
    await page.locator('#library-filter').fill('item 4321');
    await expect.poll(() => page.locator('#library-list .lib-title').allTextContents()).toEqual(['Report 4321: talks on item 4321']);
  });
});
