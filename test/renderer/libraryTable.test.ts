// The library as a table in the real renderer, with the real handlers and a real library: sortable
// columns (aria-sort), keyboard navigation, the context menu (right-click, Shift+F10, the menu key) and
// its actions, and a table that fits a narrow pane without sideways scrolling.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { addTableRows } from '../helpers/libraryRows';
import { PROJECT_ROOT, suiteLibrary } from '../helpers/temp';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;

describe('the library table', () => {
  let session: RendererSession;
  let ctx: ReturnType<typeof suiteLibrary>;
  let ids: number[];

  beforeAll(async () => {
    ctx = suiteLibrary();
    ids = addTableRows(ctx.library);
    ctx.library.notes.create(ids[1]!, 'Ask about the **hub** financing');
    ctx.library.notes.create(ids[1]!, 'Second note on the hub');
    ctx.library.notes.create(ids[2]!, 'Why postponed?');
    ctx.library.articleTags.set(ids[0]!, ['Geneva', 'Talks']);
    session = await launchRenderer(ctx.library, ctx.dir);
    await session.open();
    // The analyst widens the library pane (at its default 17.5rem the source and tags fold into the title
    // cell; at 26rem and wider every column has its own).
    await session.page.locator('#splitter-library').focus();
    await session.page.keyboard.press('End');
  });
  afterAll(async () => {
    await session?.close();
    ctx?.cleanup();
  });

  const titles = () => session.page.locator('#library-rows .lib-title').allTextContents();
  const header = (name: string) => session.page.locator('#library-list [role=columnheader]').filter({ has: session.page.locator(`[data-sort=${name}]`) });

  it('lists date, title, source and notes, newest first, and sorts by each column both ways', async () => {
    const { page } = session;
    await expect.poll(titles).toEqual(['Talks resume in Geneva on the border crossing', 'Bishkek and Tashkent sign water accord', 'Almaty hub plan presented to investors', 'Customs union meeting postponed']);
    expect(await header('date').getAttribute('aria-sort')).toBe('descending');
    const first = page.locator(`#article-${ids[2]}`);
    expect(await first.locator('.lib-date').textContent()).toBe('2023-11-30');
    // No source: never a file name, the cell says there is none.
    expect(await first.locator('.lib-source').textContent()).toBe('—');
    expect(await page.locator(`#article-${ids[1]} .lib-notes`).textContent()).toBe('✎ 2');
    expect(await page.locator(`#article-${ids[0]} .lib-tags-cell`).textContent()).toBe('#Geneva #Talks');

    await header('title').locator('button').click();
    await expect.poll(titles).toEqual(['Almaty hub plan presented to investors', 'Bishkek and Tashkent sign water accord', 'Customs union meeting postponed', 'Talks resume in Geneva on the border crossing']);
    expect(await header('title').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('date').getAttribute('aria-sort')).toBeNull();
    await header('title').locator('button').click();
    await expect.poll(() => header('title').getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await titles())[0]).toBe('Talks resume in Geneva on the border crossing');

    await header('source').locator('button').click();
    // A to Z, the article without a source first.
    await expect.poll(titles).toEqual(['Customs union meeting postponed', 'Bishkek and Tashkent sign water accord', 'Almaty hub plan presented to investors', 'Talks resume in Geneva on the border crossing']);
    await header('notes').locator('button').click();
    await expect.poll(async () => (await titles()).slice(0, 2)).toEqual(['Almaty hub plan presented to investors', 'Customs union meeting postponed']);
    expect(await header('notes').getAttribute('aria-sort')).toBe('descending');
    await header('date').locator('button').click();
    await expect.poll(() => header('date').getAttribute('aria-sort')).toBe('descending');
  });

  it('moves with the arrow keys (each article opens), and Enter takes the reader to the open article', async () => {
    const { page } = session;
    await page.locator(`#article-${ids[0]}`).click();
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe('Talks resume in Geneva on the border crossing');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe('Bishkek and Tashkent sign water accord');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`article-${ids[3]}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('briefing-title'); // the open briefing's title, read first
  });

  it('opens a context menu with the keyboard and the mouse; Escape closes it and gives focus back', async () => {
    const { page } = session;
    await page.locator(`#article-${ids[3]}`).focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.getByRole('menuitem').allTextContents()).toEqual(['Open', 'Tag…', 'Add to pack', 'Export', 'Move to trash']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Move to trash');
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`article-${ids[3]}`);

    await page.locator(`#article-${ids[1]}`).click({ button: 'right' });
    await expect.poll(() => menu.count()).toBe(1);
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'library-menu-1440.png') });
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('ContextMenu');
    await expect.poll(() => menu.count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('tags an article and adds it to the current pack from the menu', async () => {
    const { page } = session;
    await page.locator(`#article-${ids[2]}`).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Tag…' }).click();
    await page.locator('#prompt-input').fill('Customs, EAEU');
    await page.locator('#prompt-input').press('Enter');
    await expect.poll(() => ctx.library.articleTags.forArticle(ids[2]!)).toEqual(['Customs', 'EAEU']);
    await expect.poll(() => page.locator(`#article-${ids[2]} .lib-tags-cell`).textContent()).toBe('#Customs #EAEU');

    await page.locator(`#article-${ids[2]}`).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Add to pack' }).click();
    await expect.poll(() => page.locator('#packs-summary').textContent()).toBe('Pack: Pack 1 (1)');
    expect(ctx.library.packs.list().packs).toEqual([expect.objectContaining({ name: 'Pack 1', articleIds: [ids[2]] })]);
    expect(await page.locator(`#article-${ids[2]}`).getAttribute('data-in-pack')).toBe('');
  });

  it('exports one article from the menu, through the export dialog', async () => {
    const { page } = session;
    await page.locator(`#article-${ids[0]}`).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Export' }).click();
    // The dialog names the article the menu was opened on, and asks for the format.
    await expect.poll(() => page.locator('#export-what').textContent()).toContain('The briefing');
    await page.locator('#export-format-md').check();
    await page.click('#export-confirm');
    await expect.poll(() => session.exported.length, { timeout: 30_000 }).toBe(1);
    expect(session.exported[0]).toMatch(/\.md$/);
  });

  it('fits a narrow pane at 1024 px without sideways scrolling, and shows every column at 1440 px', async () => {
    const { page } = session;
    const fits = () => page.locator('#library-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth);
    const visible = (selector: string) => page.locator(`#article-${ids[0]} ${selector}`).isVisible();
    expect(await fits()).toBe(true);
    expect(await visible('.lib-source')).toBe(true);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'library-table-1440.png') });
    await page.setViewportSize({ width: 1024, height: 640 });
    await expect.poll(() => visible('.lib-source')).toBe(false);
    expect(await fits()).toBe(true);
    // The source folds under the title; date, title and notes keep their columns.
    expect(await visible('.lib-source-inline')).toBe(true);
    expect(await page.locator(`#article-${ids[0]} .lib-source-inline`).textContent()).toBe('Reuters');
    expect(await visible('.lib-date')).toBe(true);
    const title = await page.locator(`#article-${ids[0]} .lib-main`).boundingBox();
    const scroller = await page.locator('#library-scroll').boundingBox();
    expect(title!.x + title!.width).toBeLessThanOrEqual(scroller!.x + scroller!.width);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'library-table-1024.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
