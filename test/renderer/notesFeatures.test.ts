// Notes in the real window: anchored to a passage, tagged, with history, trash, settings and packs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../helpers/pdfText';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { PROJECT_ROOT, SEED_DIR, suiteLibrary } from '../helpers/temp';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;

describe('notes in the window', () => {
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
    // A note with history older than a save burst, to restore from.
    const old = library.notes.create(1, 'First thoughts', null, new Date('2024-06-03T08:00:00Z'));
    library.notes.update(old.id, 'Second thoughts', new Date('2024-06-03T09:00:00Z'));
    session = await launchRenderer(library, ctx.dir);
    await session.open();
  });
  afterAll(async () => {
    await session?.close();
    cleanup();
  });

  it('attaches a note to a selected passage, highlights it, and stores its position and text', async () => {
    const { page } = session;
    const passage = 'UN Regional Center for Sustainable Development Goals';
    // Select the passage inside the full text as a user's drag would.
    await page.evaluate((quote) => {
      const root = document.getElementById('fulltext')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        const at = t.data.indexOf(quote);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(t, at);
          range.setEnd(t, at + quote.length);
          const sel = window.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          return;
        }
      }
      throw new Error('passage not found in the full text');
    }, passage);
    await page.keyboard.press('Control+Shift+N');
    await expect.poll(() => page.locator('#note-anchor').textContent()).toContain(passage);
    await page.keyboard.type('The Almaty hub is the real ask.');
    await expect.poll(() => page.locator('#note-state').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => page.locator('#fulltext mark.note-anchor').textContent()).toBe(passage);
    const stored = library.notes.forArticle(1).find((n) => n.body === 'The Almaty hub is the real ask.')!;
    expect(stored.anchor?.quote).toBe(passage);
    expect(library.articles.get(1)!.body.slice(stored.anchor!.start, stored.anchor!.end)).toBe(passage);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'anchored-note.png') });
  });

  it('tags a note and finds it in the notes view by tag', async () => {
    const { page } = session;
    await page.locator('#note-tags').fill('Afghanistan, CSTO');
    await page.locator('#note-tags').press('Enter');
    await expect.poll(() => library.notes.forArticle(1).find((n) => n.anchor)?.tags).toEqual(['Afghanistan', 'CSTO']);
    await page.click('#show-notes');
    await page.getByRole('button', { name: '#CSTO 1' }).click();
    await expect.poll(() => page.locator('.note-item .note-item-title').allTextContents()).toEqual(['The Almaty hub is the real ask.']);
    await page.click('#show-articles');
  });

  it('shows a note\'s history and restores an earlier version, keeping the later one', async () => {
    const { page } = session;
    await page.locator('.note-tab', { hasText: 'Second thoughts' }).click();
    await page.click('#note-history');
    await expect.poll(() => page.locator('.revision-list li').count()).toBe(2);
    await page.locator('.revision-list li').nth(1).getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.locator('#note-editor').inputValue()).toBe('First thoughts');
    const id = library.notes.forArticle(1).find((n) => n.body === 'First thoughts')!.id;
    expect(library.notes.revisions(id).map((r) => r.body)).toEqual(['First thoughts', 'Second thoughts', 'First thoughts']);
  });

  it('moves a deleted note to the trash and restores it from there', async () => {
    const { page } = session;
    await page.click('#note-delete');
    await expect.poll(() => library.notes.forArticle(1).some((n) => n.body === 'First thoughts')).toBe(false);
    await page.click('#show-trash');
    await expect.poll(() => page.locator('.note-item').count()).toBe(1);
    await page.locator('.note-item').getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => library.notes.forArticle(1).some((n) => n.body === 'First thoughts')).toBe(true);
    await page.click('#show-articles');
  });

  it('saves the analyst and marking in settings and exports a pack of ticked articles with them', async () => {
    const { page } = session;
    await page.click('#settings-button');
    await page.locator('#setting-analyst').fill('J. Smith');
    await page.locator('#setting-classification').fill('UNCLASSIFIED // FOR OFFICIAL USE');
    await page.click('#settings-save');
    await expect.poll(async () => [library.settings.get().classification, await page.locator('#status').textContent()]).toEqual(['UNCLASSIFIED // FOR OFFICIAL USE', 'Settings saved.']);
    await page.locator('#library-list [role=row][data-id]').nth(0).click({ modifiers: ['Control'] });
    await page.locator('#library-list [role=row][data-id]').nth(1).click({ modifiers: ['Control'] });
    // Ctrl+click puts articles in the current pack (made as "Pack 1"), which the Packs panel exports.
    await expect.poll(() => page.locator('#pack-export').textContent()).toBe('Export pack (2)');
    await page.locator('#packs-summary').click();
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'pack.png') });
    await page.click('#pack-export');
    // The export dialog opens for the pack, PDF chosen.
    await page.locator('#export-format-pdf').check();
    await page.click('#export-confirm');
    await expect.poll(() => session.exported.length, { timeout: 30_000 }).toBe(1);
    const pages = await pdfPages(readFileSync(session.exported[0]!));
    expect(pages[0]).toContain('Briefing pack: 2 articles');
    expect(pages[0]).toContain('J. Smith');
    expect(pages.every((p) => p.includes('UNCLASSIFIED // FOR OFFICIAL USE'))).toBe(true);
    expect(pages.join('\n')).toContain('Ministers meet in Geneva');
    expect(pages.join('\n')).toContain('The Almaty hub is the real ask.');
  });

  it('tags an article; the library shows the tags and its filter finds them', async () => {
    const { page } = session;
    await page.locator('#library-list [role=row][data-id]').nth(1).click();
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe('Ministers meet in Geneva');
    await page.locator('#article-tags').fill('Europe, Talks');
    await page.locator('#article-tags').press('Enter');
    await expect.poll(() => library.articleTags.forArticle(2)).toEqual(['Europe', 'Talks']);
    await expect.poll(() => page.locator('#article-2 .lib-main .lib-tags').textContent()).toBe('#Europe #Talks');
    await page.locator('#library-filter').fill('#talks');
    await expect.poll(() => page.locator('#library-list .lib-title').allTextContents()).toEqual([expect.stringContaining('Ministers meet in Geneva')]);
    await page.locator('#library-filter').fill('');
  });
});
