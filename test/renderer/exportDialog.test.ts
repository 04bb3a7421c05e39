// The export dialog in the real window: its choices reach the export and are kept in Settings (they are
// there again after a reload), File › Export PDF… exports PDF whatever format was chosen last, and a
// pack's title and introduction are printed on its first page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_CHOICES } from '../../electron/common/exportOptions';
import { pdfPages } from '../helpers/pdfText';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { PROJECT_ROOT, SEED_DIR, suiteLibrary } from '../helpers/temp';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('export dialog', () => {
  let session: RendererSession;
  let library: ReturnType<typeof suiteLibrary>['library'];
  let cleanup = () => {};

  beforeAll(async () => {
    const ctx = suiteLibrary();
    library = ctx.library;
    cleanup = ctx.cleanup;
    library.importSeedsOnce(SEED_DIR);
    const other = join(ctx.dir, 'geneva.txt');
    writeFileSync(other, 'date 2023-11-02\nMinisters meet in Geneva\n\n"We are ready to talk," Foreign Minister Anna Berg said on Thursday in Geneva.');
    library.importFiles([other]);
    for (const a of library.articles.list()) library.notes.create(a.id, `ASSESSMENT-${a.id}\n\n- first point\n- second point`);
    session = await launchRenderer(library, ctx.dir);
    await session.open();
  });
  afterAll(async () => {
    await session?.close();
    cleanup();
  });

  const openId = () => session.page.evaluate(() => Number(document.body.dataset.articleId));

  it('exports with the chosen format and layout, and offers the same choices again after a reload', async () => {
    const { page } = session;
    await page.click('#export-button');
    await expect.poll(() => page.locator('#export-dialog').isVisible()).toBe(true);
    expect(await page.locator('#export-dialog-title').textContent()).toBe('Export');
    expect(await page.locator('#export-format-pdf').isChecked()).toBe(true);
    // One article: compact is offered, a pack's title and introduction are not.
    expect(await page.locator('#export-compact').isVisible()).toBe(true);
    expect(await page.locator('#export-pack-fields').isVisible()).toBe(false);
    await page.check('#export-format-md');
    await page.check('#export-notes-first');
    await page.check('#export-compact');
    await page.click('#export-confirm');
    await expect.poll(() => session.exported.length, { timeout: 30_000 }).toBe(1);
    expect(session.exported[0]).toMatch(/\.md$/);
    const md = readFileSync(session.exported[0]!, 'utf8');
    const id = await openId();
    // Notes first: the assessment between the summary and the quotes.
    const at = ['## Summary', `ASSESSMENT-${id}`, '- first point', '## Quotes'].map((s) => md.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(library.settings.get().exportChoices).toEqual({ ...DEFAULT_EXPORT_CHOICES, format: 'md', notesFirst: true, compact: true });

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#export-button');
    await expect.poll(() => page.locator('#export-dialog').isVisible()).toBe(true);
    expect(await page.locator('#export-format-md').isChecked()).toBe(true);
    expect(await page.locator('#export-notes-first').isChecked()).toBe(true);
    expect(await page.locator('#export-compact').isChecked()).toBe(true);
    // Cancelled: nothing is exported.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#export-dialog').isVisible()).toBe(false);
    expect(session.exported.length).toBe(1);
  });

  it('File › Export PDF… exports PDF whatever format was chosen last, and keeps that choice', async () => {
    const { page } = session;
    expect(library.settings.get().exportChoices.format).toBe('md');
    await page.evaluate(() => (window as unknown as { __briefingMenu: (c: string) => void }).__briefingMenu('export-pdf'));
    await expect.poll(() => page.locator('#export-dialog').isVisible()).toBe(true);
    expect(await page.locator('#export-dialog-title').textContent()).toBe('Export PDF');
    expect(await page.locator('#export-format-group').isVisible()).toBe(false);
    await page.click('#export-confirm');
    await expect.poll(() => session.exported.length, { timeout: 30_000 }).toBe(2);
    expect(session.exported[1]).toMatch(/\.pdf$/);
    const bytes = readFileSync(session.exported[1]!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // The remembered layout: compact (no contents page) with the notes first.
    const pages = (await pdfPages(bytes)).map(squash);
    const text = pages.join(' ');
    expect(text).not.toContain('Contents');
    const id = await openId();
    expect(text.indexOf(`ASSESSMENT-${id}`)).toBeLessThan(text.indexOf('Quotes'));
    expect(text).toMatch(/•\s*first point\s*•\s*second point/);
    expect(library.settings.get().exportChoices.format).toBe('md');
  });

  it('a pack gets the title and introduction the analyst writes, on its first page', async () => {
    const { page } = session;
    // Ctrl+click puts two articles in the current pack; the Packs panel exports it through the dialog.
    await page.locator('#library-list [role=row][data-id]').nth(0).click({ modifiers: ['Control'] });
    await page.locator('#library-list [role=row][data-id]').nth(1).click({ modifiers: ['Control'] });
    await expect.poll(() => page.locator('#pack-export').textContent()).toBe('Export pack (2)');
    await page.locator('#packs-summary').click();
    await page.click('#pack-export');
    await expect.poll(() => page.locator('#export-dialog').isVisible()).toBe(true);
    expect(await page.locator('#export-pack-fields').isVisible()).toBe(true);
    expect(await page.locator('#export-compact').isVisible()).toBe(false);
    await page.check('#export-format-pdf');
    await page.fill('#export-pack-title', 'Central Asia and Geneva, week 49');
    await page.fill('#export-pack-intro', 'Two readings of **one week**:\n\n- Kabul\n- Geneva');
    if (SCREENSHOTS) {
      await page.screenshot({ path: join(SCREENSHOTS, 'export-dialog-1440.png') });
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.screenshot({ path: join(SCREENSHOTS, 'export-dialog-1024.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    await page.click('#export-confirm');
    await expect.poll(() => session.exported.length, { timeout: 30_000 }).toBe(3);
    const pages = (await pdfPages(readFileSync(session.exported[2]!))).map(squash);
    expect(pages[0]).toContain('Central Asia and Geneva, week 49');
    expect(pages[0]).toMatch(/Two readings of one week: •\s*Kabul\s*•\s*Geneva/);
    expect(pages[1]).toContain('Contents');
    expect(library.settings.get().exportChoices).toMatchObject({ format: 'pdf', title: 'Central Asia and Geneva, week 49', intro: 'Two readings of **one week**:\n\n- Kabul\n- Geneva' });

    // Reopened, the title and introduction are there again.
    await page.click('#pack-export');
    await expect.poll(() => page.locator('#export-dialog').isVisible()).toBe(true);
    expect(await page.locator('#export-pack-title').inputValue()).toBe('Central Asia and Geneva, week 49');
    expect(await page.locator('#export-pack-intro').inputValue()).toBe('Two readings of **one week**:\n\n- Kabul\n- Geneva');
    await page.click('#export-cancel');
    await expect.poll(() => page.locator('#export-dialog').isVisible()).toBe(false);
  });
});
