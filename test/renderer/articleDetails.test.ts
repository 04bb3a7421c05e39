// Article details in the real renderer: an article imported from a file whose text gives no date or
// source shows its date and outlet from the file name, never the bare file name as its source; "Edit
// details" changes title, date and source, which the table, search and an export then show, and a
// refused value is said beside the form with the typed text kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { PROJECT_ROOT, suiteLibrary } from '../helpers/temp';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;

describe('article details', () => {
  let session: RendererSession;
  let ctx: ReturnType<typeof suiteLibrary>;

  beforeAll(async () => {
    ctx = suiteLibrary();
    const named = join(ctx.dir, '2024-03-05 Reuters - Talks resume.txt');
    writeFileSync(named, 'Talks on the border crossing resumed on Tuesday after a pause of three months, officials said.');
    const bare = join(ctx.dir, 'border-notes.txt');
    writeFileSync(bare, 'Customs officers reopened two lanes at the crossing, a spokesman said on Wednesday.');
    await ctx.library.importPaths([named, bare], { workers: 1 });
    session = await launchRenderer(ctx.library, ctx.dir);
    await session.open();
  });
  afterAll(async () => {
    await session?.close();
    ctx?.cleanup();
  });

  const row = (title: string) => session.page.locator('#library-rows [role=row][data-id]', { hasText: title });

  it('shows the date and outlet the file name gives, and no file name as a source', async () => {
    const { page } = session;
    await expect.poll(() => page.locator('#library-rows [role=row][data-id]').count()).toBe(2);
    // The text has no headline of its own; the file name's is taken.
    const named = row('Talks resume');
    expect(await named.locator('.lib-title').textContent()).toBe('Talks resume');
    expect(await named.locator('.lib-date').textContent()).toBe('2024-03-05');
    expect(await named.locator('.lib-source').textContent()).toBe('Reuters');
    const bare = row('Customs officers');
    expect(await bare.locator('.lib-source').textContent()).toBe('—');
    await bare.click();
    await expect.poll(() => page.locator('.brief-meta').textContent()).toBe('undated · unknown source · file border-notes.txt');
  });

  it('edits title, date and source; the table, search and an export show them', async () => {
    const { page } = session;
    await page.click('#edit-details');
    expect(await page.locator('#edit-details').getAttribute('aria-expanded')).toBe('true');
    await page.locator('#details-title').fill('Two lanes reopen at the crossing');
    await page.locator('#details-date').fill('2024-03-06');
    await page.locator('#details-source').fill('Kazinform');
    if (SCREENSHOTS) {
      await page.screenshot({ path: join(SCREENSHOTS, 'details-1440.png') });
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.screenshot({ path: join(SCREENSHOTS, 'details-1024.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe('Two lanes reopen at the crossing');
    expect(await page.locator('.brief-meta').textContent()).toBe('2024-03-06 · Kazinform · file border-notes.txt');
    const edited = row('Two lanes reopen');
    await expect.poll(() => edited.locator('.lib-source').textContent()).toBe('Kazinform');
    expect(await edited.locator('.lib-date').textContent()).toBe('2024-03-06');
    // The newest date now: first in the table.
    expect(await page.locator('#library-rows .lib-title').first().textContent()).toBe('Two lanes reopen at the crossing');

    await page.fill('#search-box', 'lanes');
    await page.press('#search-box', 'Enter');
    await expect.poll(() => page.locator('.search-group .lib-meta').first().textContent()).toBe('2024-03-06 · Kazinform');
    await page.press('#search-box', 'Escape');

    await page.click('#export-button');
    await page.locator('#export-format-md').check();
    await page.click('#export-confirm');
    await expect.poll(() => session.exported.length, { timeout: 30_000 }).toBe(1);
    const markdown = readFileSync(session.exported[0]!, 'utf8');
    expect(markdown).toContain('Two lanes reopen at the crossing');
    expect(markdown).toContain('Kazinform');
  });

  it('refuses an empty title beside the form and keeps what was typed', async () => {
    const { page } = session;
    await page.click('#edit-details');
    await page.locator('#details-title').fill('   ');
    await page.locator('#details-source').fill('Astana Times');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.locator('.details-error').textContent()).toMatch(/the title cannot be empty/);
    expect(await page.locator('#details-source').inputValue()).toBe('Astana Times');
    expect(ctx.library.articles.list().find((a) => a.title === 'Two lanes reopen at the crossing')?.source).toBe('Kazinform');
    await page.keyboard.press('Escape');
  });
});
