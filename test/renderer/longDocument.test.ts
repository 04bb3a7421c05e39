// A long transcript (245 KB, ~2,000 cards) in the real window: its cards drawn a batch at a time, filters
// that find cards not yet drawn, a card far down that still scrolls to its passage, find in the article
// reaching the end, and a note anchored near the end shown in the full text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_BATCH, NEXT_BATCH } from '../../renderer/cardList';
import type { Locator } from 'playwright-core';
import { PROJECT_ROOT } from '../helpers/projectRoot';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { LONG_TRANSCRIPT_LAST_WORD, longTranscript } from '../helpers/longTranscript';
import { suiteLibrary } from '../helpers/temp';
import { makeAnchor } from '../../electron/core/notes/anchor';

describe('a long transcript in the window', () => {
  let session: RendererSession;
  let cleanup = () => {};
  let quotes = 0;
  let noteId = 0;
  const NOTE_QUOTE = 'The hall was full of delegates';
  const title = 'Transcript: ministers on the water and trade talks';

  beforeAll(async () => {
    const ctx = suiteLibrary();
    cleanup = ctx.cleanup;
    const file = join(ctx.dir, 'transcript.txt');
    writeFileSync(file, longTranscript());
    const report = ctx.library.importFiles([file]);
    const outcome = report.outcomes[0]!;
    if (outcome.status !== 'imported') throw new Error('the transcript was not imported');
    const briefing = ctx.library.briefing(outcome.articleId)!;
    quotes = briefing.analysis.quotes.length;
    // A note anchored to the last narrative sentence (outside any quote).
    const body = briefing.article.body;
    const start = body.lastIndexOf(NOTE_QUOTE);
    noteId = ctx.library.notes.create(outcome.articleId, 'The closing line', makeAnchor(body, start, start + NOTE_QUOTE.length)).id;
    session = await launchRenderer(ctx.library, ctx.dir);
    await session.open();
    await session.page.waitForFunction((t) => document.querySelector('#briefing h1')?.textContent === t, title, { timeout: 120_000 });
  }, 180_000);
  afterAll(async () => {
    await session?.close();
    cleanup();
  });

  /** Whether the element is within the briefing pane's visible part (the pane is the scroller). */
  const inBriefingView = (el: Locator) =>
    el.evaluate((node) => {
      const pane = document.getElementById('briefing')!.getBoundingClientRect();
      const r = node.getBoundingClientRect();
      return r.height > 0 && r.top >= pane.top && r.bottom <= pane.bottom;
    });
  const QUOTE_CARDS = '#briefing :is(.card.quote, .card.reported)';

  it('a filter finds cards that were not drawn yet', async () => {
    const { page } = session;
    // The last quote of the transcript names Karl Weber and the marker word; it is far past the first batch.
    const lastCard = page.locator(QUOTE_CARDS, { hasText: LONG_TRANSCRIPT_LAST_WORD });
    expect(await lastCard.count()).toBe(0);
    await page.getByRole('combobox', { name: 'Said by' }).selectOption('Karl Weber');
    await page.getByRole('combobox', { name: 'Quoted or reported' }).selectOption('direct');
    const shown = Number(/\((\d+) of/.exec((await page.locator('#h-quotes').textContent()) ?? '')?.[1]);
    expect(shown).toBeGreaterThan(FIRST_BATCH);
    // Every card listed is Karl Weber's; show them all and the last one is among them.
    // (Clicked in the page: the button hides itself once the last batch is drawn.)
    while (await page.locator('#quotes-more').evaluate((b: HTMLButtonElement) => !b.hidden && (b.click(), true)));
    expect(await page.locator(QUOTE_CARDS).count()).toBe(shown);
    expect((await page.locator(`${QUOTE_CARDS} .card-who`).allTextContents()).every((t) => t.startsWith('Karl Weber'))).toBe(true);
    await expect.poll(() => lastCard.count()).toBe(1);
    await page.getByRole('combobox', { name: 'Said by' }).selectOption('');
    await page.getByRole('combobox', { name: 'Quoted or reported' }).selectOption('');
    await expect.poll(() => page.locator('#h-quotes').textContent()).toBe(`Quotes (${quotes})`);
  });

  it('draws the first cards of a long list, and more as the analyst asks or scrolls', async () => {
    const { page } = session;
    expect(quotes).toBeGreaterThan(1500);
    expect(await page.locator('#h-quotes').textContent()).toBe(`Quotes (${quotes})`);
    expect(await page.locator(QUOTE_CARDS).count()).toBe(FIRST_BATCH);
    const more = page.locator('#quotes-more');
    expect(await more.textContent()).toBe(`Show ${NEXT_BATCH} more quotes (${FIRST_BATCH} of ${quotes.toLocaleString('en')} shown)`);
    if (process.env.UPDATE_SCREENSHOTS) {
      for (const [width, height] of [[1440, 900], [1024, 640]] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: join(PROJECT_ROOT, 'docs', 'screenshots', `long-document-${width}.png`) });
      }
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    await more.click();
    await expect.poll(() => page.locator(QUOTE_CARDS).count()).toBeGreaterThanOrEqual(FIRST_BATCH + NEXT_BATCH);
  });

  it('clicking a card far down scrolls the full text to its passage', async () => {
    const { page } = session;
    await page.getByRole('combobox', { name: 'Said by' }).selectOption('Karl Weber');
    await page.getByRole('combobox', { name: 'Quoted or reported' }).selectOption('direct');
    while (await page.locator('#quotes-more').evaluate((b: HTMLButtonElement) => !b.hidden && (b.click(), true)));
    const card = page.locator(QUOTE_CARDS, { hasText: LONG_TRANSCRIPT_LAST_WORD });
    const markId = await card.getAttribute('data-mark');
    // Chosen from the keyboard (Enter on the focused card).
    await card.focus();
    await page.keyboard.press('Enter');
    const mark = page.locator(`#mark-${markId}`);
    await expect.poll(() => mark.getAttribute('class')).toContain('flash');
    expect(await mark.textContent()).toContain(LONG_TRANSCRIPT_LAST_WORD);
    await expect.poll(() => inBriefingView(mark), { timeout: 10_000 }).toBe(true);
  });

  it('Ctrl+F finds a word at the very end of the transcript', async () => {
    const { page } = session;
    await page.locator('#briefing h1').focus();
    await page.keyboard.press('Control+f');
    await page.locator('#find-input').fill(LONG_TRANSCRIPT_LAST_WORD);
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('1 of 1');
    const hit = page.locator('mark.find-hit.current');
    expect(await hit.textContent()).toBe(LONG_TRANSCRIPT_LAST_WORD);
    await expect.poll(() => inBriefingView(hit), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('a note anchored near the end shows its passage', async () => {
    const { page } = session;
    await page.locator(`#note-tabs [data-note-id="${noteId}"], [role=tab][data-note-id="${noteId}"]`).first().click();
    await page.locator('#note-anchor button', { hasText: 'Show' }).click();
    const mark = page.locator(`#mark-n${noteId}`);
    await expect.poll(() => mark.getAttribute('class')).toContain('flash');
    expect(await mark.textContent()).toBe(NOTE_QUOTE);
    await expect.poll(() => inBriefingView(mark), { timeout: 10_000 }).toBe(true);
  });
});
