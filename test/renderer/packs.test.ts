// Named packs in the real renderer: made from another view's 'briefing:add-to-pack' event ("Pack 1" when
// there is none), created, renamed, filled with Ctrl+click and Space, chosen, emptied of an article,
// exported, deleted, and kept when the library file is closed and opened again.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../electron/core/library';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { addTableRows } from '../helpers/libraryRows';
import { PROJECT_ROOT, tempDir } from '../helpers/temp';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;

let session: RendererSession | null = null;
let library: Library | null = null;
afterEach(async () => {
  await session?.close();
  library?.close();
  session = library = null;
});

async function open(file: string, dir: string) {
  library = openLibrary(file);
  session = await launchRenderer(library, dir);
  await session.open();
  return { page: session.page, library, session };
}

describe('named packs', () => {
  it('are made, filled, renamed and exported in the window, and kept across closing and reopening the library', async () => {
    const dir = tempDir();
    const file = join(dir, 'library.db');
    const seed = openLibrary(file);
    const ids = addTableRows(seed);
    seed.close();

    let { page, library: lib } = await open(file, dir);
    // Another view (an entity page) hands over articles: with no pack yet, "Pack 1" is made for them.
    await page.evaluate((articleIds) => document.dispatchEvent(new CustomEvent('briefing:add-to-pack', { detail: { articleIds } })), [ids[2], ids[0]]);
    await expect.poll(() => page.locator('#packs-summary').textContent()).toBe('Pack: Pack 1 (2)');
    expect(lib.packs.list().packs[0]).toMatchObject({ name: 'Pack 1', articleIds: [ids[2], ids[0]] });

    await page.click('#packs-summary');
    await page.click('#pack-new');
    await page.locator('#prompt-input').fill('Kazakhstan week');
    await page.locator('#prompt-input').press('Enter');
    await expect.poll(() => page.locator('#packs-summary').textContent()).toBe('Pack: Kazakhstan week (0)');
    await page.locator(`#article-${ids[1]}`).click({ modifiers: ['Control'] });
    await page.locator(`#article-${ids[3]}`).click();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#pack-articles .pack-article').allTextContents()).toEqual(['Almaty hub plan presented to investors', 'Bishkek and Tashkent sign water accord']);
    expect(await page.locator(`#article-${ids[1]}`).getAttribute('data-in-pack')).toBe('');
    expect(await page.locator(`#article-${ids[0]}`).getAttribute('data-in-pack')).toBeNull();
    // Space again takes it out.
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#pack-articles .pack-article').count()).toBe(1);
    await page.keyboard.press('Space');

    // A name taken (case aside) is refused with a reason, and nothing changes.
    await page.click('#pack-rename');
    await page.locator('#prompt-input').fill('pack 1');
    await page.locator('#prompt-input').press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toBe('There is already a pack named “pack 1”.');
    await page.click('#pack-rename');
    await page.locator('#prompt-input').fill('Central Asia week');
    await page.locator('#prompt-input').press('Enter');
    await expect.poll(() => page.locator('#packs-summary').textContent()).toBe('Pack: Central Asia week (2)');
    if (SCREENSHOTS) {
      await page.screenshot({ path: join(SCREENSHOTS, 'packs-1440.png') });
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.screenshot({ path: join(SCREENSHOTS, 'packs-1024.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }

    // The pack goes through the export dialog, which asks for the format (and the pack's title).
    await page.click('#pack-export');
    await page.locator('#export-format-md').check();
    await page.click('#export-confirm');
    await expect.poll(() => session!.exported.length, { timeout: 30_000 }).toBe(1);

    // Another session on the same file: the packs, their order and the current pack are as left.
    await session!.close();
    lib.close();
    session = library = null;
    ({ page, library: lib } = await open(file, dir));
    await expect.poll(() => page.locator('#pack-select option').allTextContents()).toEqual(['Central Asia week (2)', 'Pack 1 (2)']);
    expect(await page.locator('#packs-summary').textContent()).toBe('Pack: Central Asia week (2)');
    expect(await page.locator(`#article-${ids[3]}`).getAttribute('data-in-pack')).toBe('');
    await page.click('#packs-summary');
    await page.locator('#pack-select').selectOption({ label: 'Pack 1 (2)' });
    await expect.poll(() => page.locator('#pack-articles .pack-article').allTextContents()).toEqual(['Customs union meeting postponed', 'Talks resume in Geneva on the border crossing']);
    await page.locator('#pack-articles li').first().getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(() => lib.packs.list().packs.find((p) => p.name === 'Pack 1')?.articleIds).toEqual([ids[0]]);

    page.once('dialog', (d) => void d.accept());
    await page.click('#pack-delete');
    await expect.poll(() => page.locator('#pack-select option').allTextContents()).toEqual(['Central Asia week (2)']);
    expect(lib.articles.list()).toHaveLength(4);
  });
});
