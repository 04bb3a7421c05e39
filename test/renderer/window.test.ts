// The real renderer in headless Chromium, on the real handlers and a real database.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfPages } from '../helpers/pdfText';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { PROJECT_ROOT, SEED_DIR, tempLibrary } from '../helpers/temp';

let session: RendererSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** A fresh library holding the seed, opened in the window. */
async function openWithSeed() {
  const { library, dir } = tempLibrary();
  library.importSeedsOnce(SEED_DIR);
  session = await launchRenderer(library, dir);
  await session.open();
  return { library, dir, page: session.page, session };
}

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;

describe('the window', () => {
  it('shows the seed briefing, keeps a note across a reload, and exports it to PDF', async () => {
    const { library, page, session } = await openWithSeed();

    // Library and briefing.
    await expect.poll(() => page.locator('#library-list [role=row][data-id]').count()).toBe(1);
    await expect.poll(() => page.locator('#briefing h1').textContent()).toMatch(/Kassym-Jomart Tokayev/);
    const quoteCards = page.locator('.card.quote');
    await expect.poll(() => quoteCards.count()).toBeGreaterThanOrEqual(2);
    const cardTexts = await quoteCards.allTextContents();
    expect(cardTexts.some((t) => t.includes('Kazakhstan removed the Taliban regime') && t.includes('Kassym-Jomart Tokayev') && t.includes('via “he”'))).toBe(true);
    expect(cardTexts.some((t) => t.includes('We consider it extremely important') && t.includes('Kassym-Jomart Tokayev'))).toBe(true);
    expect(await page.locator('.brief-meta').textContent()).toContain('2024-06-03');
    expect(await page.locator('.fulltext mark.quote').count()).toBeGreaterThanOrEqual(2);

    // A card jumps to its passage.
    await quoteCards.first().click();
    const markId = await quoteCards.first().getAttribute('data-mark');
    await expect.poll(() => page.locator(`#mark-${markId}`).getAttribute('class')).toContain('flash');
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      // The briefing from its top (who, when, where), whatever the jump's smooth scroll had reached.
      await page.locator('#briefing').evaluate((el) => el.scrollTo({ top: 0, behavior: 'instant' }));
      await page.screenshot({ path: join(SCREENSHOTS, 'briefing.png') });
    }

    // Proposals as cards: each with its actor, kind and cue, and how the actor was found.
    const proposalCards = page.locator('.card.proposal');
    await expect.poll(() => proposalCards.count()).toBeGreaterThanOrEqual(3);
    const proposalTexts = await proposalCards.allTextContents();
    expect(proposalTexts.some((t) => t.includes('Kassym-Jomart Tokayev') && t.includes('call') && t.includes('called for') && t.includes('support of Kazakhstan'))).toBe(true);
    expect(proposalTexts.some((t) => t.includes('commitment') && t.includes('strengthen interaction with international organizations'))).toBe(true);
    expect(proposalTexts.every((t) => /Actor: /.test(t))).toBe(true);
    if (SCREENSHOTS) {
      await page.locator('#h-proposals').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await page.screenshot({ path: join(SCREENSHOTS, 'proposals.png') });
    }

    // A note, typed and saved while typing, survives a reload.
    const editor = page.locator('#note-editor');
    await editor.click();
    await page.keyboard.type('## Assessment\n\nTokayev is **courting** Kabul; watch the *Almaty* centre.');
    await expect.poll(() => page.locator('#note-state').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => page.locator('#note-preview strong').textContent()).toBe('courting');
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'notes.png') });
    expect(library.notes.forArticle(1).map((n) => n.body)).toEqual(['## Assessment\n\nTokayev is **courting** Kabul; watch the *Almaty* centre.']);

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => editor.inputValue()).toContain('Tokayev is **courting** Kabul');
    await expect.poll(() => page.locator('#library-rows .lib-notes').textContent()).toContain('1');

    // Export through the button and its dialog; read the PDF back.
    await page.click('#export-button');
    await page.click('#export-confirm');
    await expect.poll(() => session.exported.length, { timeout: 30_000 }).toBe(1);
    const pages = await pdfPages(readFileSync(session.exported[0]!));
    const text = pages.join('\n');
    expect(text).toContain('Kassym-Jomart Tokayev');
    expect(text).toContain('Kazakhstan removed the Taliban regime');
    expect(text).toContain('courting');
    expect(text).toMatch(/Page 1 of \d/);

    // Nothing left the page for the network: every request was for the app's own files.
    expect(session.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });

  it('flushes a note typed just before closing, and a second note is kept apart', async () => {
    const { library, page } = await openWithSeed();
    await page.locator('#note-editor').click();
    await page.keyboard.type('first note');
    await expect.poll(() => page.locator('#note-state').getAttribute('data-state')).toBe('saved');
    await page.keyboard.press('Control+N');
    await page.keyboard.type('second note, typed right before closing');
    // What main does on close: ask the window to flush, then close (no waiting for the debounce).
    await page.evaluate(() => (window as unknown as { __briefingFlush: () => Promise<void> }).__briefingFlush());
    await page.close();
    expect(library.notes.forArticle(1).map((n) => n.body)).toEqual(['first note', 'second note, typed right before closing']);
  });

  it('renders a hostile note inert: no script runs, no handler or remote load survives sanitising', async () => {
    const { page } = await openWithSeed();
    const hostile = [
      '<img src=x onerror="window.__pwned=1">',
      '[click](javascript:window.__pwned=2)',
      '<svg onload="window.__pwned=3"></svg>',
      '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
      '<a href="file:///etc/passwd">local</a>',
      '<style>body{display:none}</style>',
      '<video src=x onerror="window.__pwned=5"></video>',
      '<meta http-equiv="refresh" content="0;url=https://example.com">',
      '<embed src="https://example.com/x.swf">',
      '<object data="https://example.com/x"></object>',
      '| a |\n|---|\n| <img src=x onerror="window.__pwned=6"> |',
      '[<img src=x onerror="window.__pwned=7">](https://example.com)',
      '<div style="position:fixed;inset:0;background:red">overlay</div>',
    ].join('\n\n');
    await page.locator('#note-editor').fill(hostile);
    await expect.poll(() => page.locator('#note-state').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => page.locator('#note-preview').innerHTML()).toContain('click');
    const preview = await page.locator('#note-preview').innerHTML();
    expect(preview).not.toMatch(/onerror|onload|javascript:|<iframe|<svg|<style|file:|<img|<video|<meta|<embed|<object|style=/i);
    // Links that survive are web links that open outside the app (after the main process confirms).
    for (const link of await page.locator('#note-preview a').all()) {
      // A link whose scheme was refused keeps its text but loses its href.
      const href = await link.getAttribute('href');
      if (href !== null) expect(href).toMatch(/^(https?:|mailto:)/);
      expect(await link.getAttribute('target')).toBe('_blank');
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('body').isVisible()).toBe(true);
  });

  it('shows an empty library with guidance, and refused imports with their reasons', async () => {
    const { library, dir } = tempLibrary();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    session = await launchRenderer(library, dir, async () => [empty]);
    const { page } = session;
    await session.open();
    expect(await page.locator('#briefing').textContent()).toMatch(/Import an article/);
    await page.keyboard.press('Control+O');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/refused 1.*empty\.txt: the file is empty/);
    expect(existsSync(empty)).toBe(true);
    expect(library.articles.count()).toBe(0);
  });

  it('lists several articles newest first, filters them, and moves through them with the keyboard', async () => {
    const { library, dir } = tempLibrary();
    library.importSeedsOnce(SEED_DIR);
    const older = join(dir, 'older.txt');
    writeFileSync(older, 'date 2023-11-02\nMinisters meet in Geneva\n\n"We are ready to talk," Foreign Minister Anna Berg said on Thursday in Geneva.');
    const undated = join(dir, 'eu.md');
    writeFileSync(undated, 'date 2022-01-15\nEU agrees sanctions package\n\nThe European Union agreed on Monday to extend sanctions, officials said.');
    library.importFiles([older, undated]);
    session = await launchRenderer(library, dir);
    const { page } = session;
    await session.open();
    const titles = () => page.locator('#library-list .lib-title').allTextContents();
    await expect.poll(titles).toHaveLength(3);
    const [first, second, third] = await titles();
    expect(first).toMatch(/Tokayev/);
    expect([second, third]).toEqual(['Ministers meet in Geneva', 'EU agrees sanctions package']);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'library.png') });

    await page.keyboard.press('Control+F');
    await page.keyboard.type('geneva');
    await expect.poll(titles).toEqual(['Ministers meet in Geneva']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#library-filter').fill('');
    await expect.poll(titles).toHaveLength(3);
    await page.locator('#library-list [role=row][data-id]').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe('Ministers meet in Geneva');
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe('EU agrees sanctions package');
  });

  it('shows a failed save at once (disk full) and keeps the text in the editor', async () => {
    const { library, page } = await openWithSeed();
    await page.locator('#note-editor').click();
    await page.keyboard.type('saved before the disk filled');
    await expect.poll(() => page.locator('#note-state').getAttribute('data-state')).toBe('saved');
    // The disk fills: SQLite may not grow the file any more.
    library.db.pragma(`max_page_count = ${library.db.pragma('page_count', { simple: true }) as number}`);
    const big = 'x'.repeat(300_000);
    await page.locator('#note-editor').fill(`saved before the disk filled\n${big}`);
    await expect.poll(() => page.locator('#note-state').getAttribute('data-state')).toBe('failed');
    expect(await page.locator('#note-state').textContent()).toMatch(/Not saved: The disk is full/);
    expect(await page.locator('#status').textContent()).toMatch(/The text is still in the editor/);
    expect((await page.locator('#note-editor').inputValue()).length).toBeGreaterThan(300_000);
    expect(library.notes.forArticle(1)[0]!.body).toBe('saved before the disk filled');

    // Moving on (a new note) would drop the unsaved text: the editor stays on it and says why.
    await page.keyboard.press('Control+N');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/not saved yet, so it stays open/);
    expect((await page.locator('#note-editor').inputValue()).length).toBeGreaterThan(300_000);

    // Space is freed; the next keystroke saves everything.
    library.db.pragma('max_page_count = 1073741823');
    await page.locator('#note-editor').press('End');
    await page.keyboard.type('!');
    await expect.poll(() => page.locator('#note-state').getAttribute('data-state')).toBe('saved');
    expect(library.notes.forArticle(1)[0]!.body.length).toBeGreaterThan(300_000);
  });
});
