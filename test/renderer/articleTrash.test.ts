// The article trash in the real renderer: "Move to trash" keeps the article with its notes out of the
// library and search; the Trash tab lists it with Restore, which brings it back whole; emptying the trash
// deletes it for good only after the analyst confirms.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { addTableRows } from '../helpers/libraryRows';
import { PROJECT_ROOT, suiteLibrary } from '../helpers/temp';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;

describe('the article trash', () => {
  let session: RendererSession;
  let ctx: ReturnType<typeof suiteLibrary>;
  let ids: number[];
  let notes: string[];

  beforeAll(async () => {
    ctx = suiteLibrary();
    ids = addTableRows(ctx.library);
    notes = [ctx.library.notes.create(ids[1]!, 'Ask about the **hub** financing').body, ctx.library.notes.create(ids[1]!, 'Who are the investors?').body];
    session = await launchRenderer(ctx.library, ctx.dir);
    await session.open();
  });
  afterAll(async () => {
    await session?.close();
    ctx?.cleanup();
  });

  const titles = () => session.page.locator('#library-rows .lib-title').allTextContents();
  const moveToTrash = async (id: number) => {
    await session.page.locator(`#article-${id}`).click({ button: 'right' });
    await session.page.getByRole('menuitem', { name: 'Move to trash' }).click();
  };

  it('moves the open article to the trash with its notes: gone from the list and search, the next article opens', async () => {
    const { page } = session;
    await page.locator(`#article-${ids[1]}`).click();
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe('Almaty hub plan presented to investors');
    await moveToTrash(ids[1]!);
    await expect.poll(titles).toEqual(['Talks resume in Geneva on the border crossing', 'Bishkek and Tashkent sign water accord', 'Customs union meeting postponed']);
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe('Talks resume in Geneva on the border crossing');
    expect(await page.locator('#status').textContent()).toMatch(/Moved “Almaty hub plan presented to investors” to the trash with its notes/);
    expect(ctx.library.notes.forArticle(ids[1]!).map((n) => n.body)).toEqual(notes);

    await page.fill('#search-box', 'investors');
    await page.press('#search-box', 'Enter');
    await expect.poll(() => page.locator('#search-results .search-message').first().textContent()).toBe('Nothing matches.');
    await page.press('#search-box', 'Escape');
  });

  it('lists it in the Trash tab and restores it with its notes', async () => {
    const { page } = session;
    await page.click('#show-trash');
    const item = page.locator(`.trashed-article[data-article-id="${ids[1]}"]`);
    await expect.poll(() => item.textContent()).toContain('Almaty hub plan presented to investors');
    expect(await item.locator('.lib-meta').textContent()).toBe('2024-01-12 · Kazinform · ✎ 2');
    expect(await page.locator('#article-trash-head').textContent()).toBe('1 deleted article');
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'trash-1440.png') });
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.screenshot({ path: join(SCREENSHOTS, 'trash-1024.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    await item.getByRole('button', { name: /Restore/ }).click();
    await expect.poll(() => page.locator('#trashed-articles').count()).toBe(0);
    expect(await page.locator('#status').textContent()).toBe('Restored “Almaty hub plan presented to investors” with its 2 notes.');
    await page.click('#show-articles');
    await expect.poll(titles).toHaveLength(4);
    await page.locator(`#article-${ids[1]}`).click();
    await expect.poll(() => page.locator('#note-tabs [role=tab]').count()).toBe(2);
    expect(ctx.library.notes.forArticle(ids[1]!).map((n) => n.body)).toEqual(notes);
  });

  it('empties the trash only when the analyst confirms, and then deletes the article with its notes', async () => {
    const { page } = session;
    await moveToTrash(ids[1]!);
    await expect.poll(titles).toHaveLength(3);
    await page.click('#show-trash');
    const questions: string[] = [];
    page.once('dialog', (d) => {
      questions.push(d.message());
      void d.dismiss();
    });
    await page.click('#empty-article-trash');
    await expect.poll(() => questions).toEqual(['Delete 1 article and their 2 notes for good? This cannot be undone.']);
    expect(ctx.library.articles.get(ids[1]!)).not.toBeNull();
    expect(ctx.library.notes.forArticle(ids[1]!)).toHaveLength(2);

    page.once('dialog', (d) => void d.accept());
    await page.click('#empty-article-trash');
    await expect.poll(() => ctx.library.articles.get(ids[1]!)).toBeNull();
    expect(ctx.library.notes.forArticle(ids[1]!)).toEqual([]);
    await expect.poll(() => page.locator('.article-trash .empty').textContent()).toBe('No articles in the trash.');
    await page.click('#show-articles');
    await expect.poll(titles).toHaveLength(3);
  });
});
