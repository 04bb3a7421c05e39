// Moving through search results in the real renderer: the results keep their own scroll position while
// articles open from them, the opened result is marked (aria-current), ArrowDown and ArrowUp open the next
// and previous result, and clearing the search shows the library with the open article in view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../electron/core/analysis/index';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { suiteLibrary } from '../helpers/temp';

const COUNT = 60;

describe('search results', () => {
  let session: RendererSession;
  let ctx: ReturnType<typeof suiteLibrary>;

  beforeAll(async () => {
    ctx = suiteLibrary();
    ctx.library.db.transaction(() => {
      for (let i = 0; i < COUNT; i++) {
        const body = `Customs officers at crossing ${i} reopened two lanes, a spokesman said.`;
        const title = `Crossing ${i} reopens`;
        ctx.library.articles.insertWithAnalysis({ contentHash: `s${i}`, title, date: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, source: 'Wire', fileName: null, encoding: 'UTF-8', body }, analyzeArticle(body, title));
      }
    })();
    session = await launchRenderer(ctx.library, ctx.dir);
    await session.open();
  });
  afterAll(async () => {
    await session?.close();
    ctx?.cleanup();
  });

  const current = () => session.page.locator('#search-results [aria-current=true]').allTextContents();
  const h1 = () => session.page.locator('#briefing h1').textContent();
  /** The title of the article whose result is marked. */
  const currentArticle = () => session.page.locator('#search-results .search-group:has([aria-current=true]) .search-article').textContent();

  it('keep their scroll position while an article opens, and mark the result opened', async () => {
    const { page } = session;
    await page.fill('#search-box', 'customs');
    await page.press('#search-box', 'Enter');
    await expect.poll(() => page.locator('.search-group').count()).toBeGreaterThan(20);
    const results = page.locator('#search-results');
    const scrolled = await results.evaluate((el) => {
      el.scrollTop = el.scrollHeight / 2;
      return el.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    // A result in the middle of the view.
    const target = await results.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const button = [...el.querySelectorAll<HTMLButtonElement>('button.search-article')].find((b) => b.getBoundingClientRect().top > box.top + box.height / 3)!;
      return button.textContent;
    });
    await page.locator('button.search-article', { hasText: new RegExp(`^${target}$`) }).click();
    await expect.poll(h1).toBe(target);
    expect(await current()).toEqual([target]);
    expect(await results.evaluate((el) => el.scrollTop)).toBe(scrolled);
  });

  it('open the next and previous result with ArrowDown and ArrowUp', async () => {
    const { page } = session;
    const buttons = await page
      .locator('#search-results button.search-article, #search-results button.search-hit')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent!, article: el.classList.contains('search-article') })));
    const opened = (await current())[0]!;
    const at = buttons.findIndex((b) => b.article && b.text === opened);
    // The next result is the article's own first hit: the same article stays open.
    await page.keyboard.press('ArrowDown');
    await expect.poll(current).toEqual([buttons[at + 1]!.text]);
    expect(buttons[at + 1]!.article).toBe(false);
    expect(await currentArticle()).toBe(opened);
    // On through its hits to the next article, which opens.
    const next = buttons.findIndex((b, i) => i > at && b.article);
    for (let i = at + 1; i < next; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(current).toEqual([buttons[next]!.text]);
    await expect.poll(h1).toBe(buttons[next]!.text);
    for (let i = next; i > at; i--) await page.keyboard.press('ArrowUp');
    await expect.poll(current).toEqual([opened]);
    await expect.poll(h1).toBe(opened);
  });

  it('return to the library with the open article in view when the search is cleared', async () => {
    const { page } = session;
    const open = (await h1())!;
    await page.locator('#search-box').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#library-scroll').isVisible()).toBe(true);
    const row = page.locator('#library-rows [role=row][aria-selected=true]');
    await expect.poll(() => row.locator('.lib-title').textContent()).toBe(open);
    const rowBox = (await row.boundingBox())!;
    const scroller = (await page.locator('#library-scroll').boundingBox())!;
    expect(rowBox.y).toBeGreaterThanOrEqual(scroller.y);
    expect(rowBox.y + rowBox.height).toBeLessThanOrEqual(scroller.y + scroller.height + 1);
  });
});
