// Corrections across the library in the window (issue 14): dismiss and restore a quote, proposal or
// entity with undo (status button and Ctrl+Z), add a missed quote or proposal from a selection, merge a
// name into another for every article and split it again. Each checked in the window and in the library
// behind it (search, entity pages, re-analysis).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { PROJECT_ROOT, SEED_DIR, suiteLibrary } from '../helpers/temp';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;
const TALIBAN = 'Kazakhstan removed the Taliban regime';

/** Selects `words` in the full text, as the analyst would by dragging over them. */
async function selectInFullText(page: Page, words: string): Promise<void> {
  const found = await page.evaluate((w) => {
    // The full text is runs of text (spans and marks), each with its offset in the article: find the words
    // in their joined text and select from the run where they start to the run where they end.
    const texts: Text[] = [];
    const walker = document.createTreeWalker(document.getElementById('fulltext')!, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
    const joined = texts.map((t) => t.data).join('');
    const at = joined.indexOf(w);
    if (at < 0) return false;
    const place = (offset: number): [Text, number] => {
      for (const t of texts) {
        if (offset <= t.data.length) return [t, offset];
        offset -= t.data.length;
      }
      throw new Error('past the end');
    };
    const range = document.createRange();
    range.setStart(...place(at));
    range.setEnd(...place(at + w.length));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return true;
  }, words);
  expect(found).toBe(true);
}

describe('corrections across the library in the window', () => {
  let session: RendererSession;
  let ctx: ReturnType<typeof suiteLibrary>;
  const quoteHits = (query: string, speaker: string) => ctx.library.search({ query, speaker }).groups.flatMap((g) => g.hits).filter((h) => h.kind === 'quote');

  beforeAll(async () => {
    ctx = suiteLibrary();
    ctx.library.importSeedsOnce(SEED_DIR);
    session = await launchRenderer(ctx.library, ctx.dir);
    await session.open();
  });
  afterAll(async () => {
    await session?.close();
    ctx?.cleanup();
  });

  it('dismisses a quote, lists it as dismissed, and brings it back by Undo, Ctrl+Z and Restore', async () => {
    const { page } = session;
    const taliban = page.locator('.card-wrap', { hasText: TALIBAN });
    await taliban.getByRole('button', { name: 'Dismiss this quote' }).click();
    await expect.poll(() => taliban.count()).toBe(0);
    const dismissed = page.locator('section.dismissed');
    await expect.poll(() => dismissed.locator('h2').textContent()).toBe('Dismissed (1)');
    expect(await dismissed.textContent()).toContain(TALIBAN);
    expect(quoteHits('Taliban', 'Tokayev')).toEqual([]);
    expect(ctx.library.search.entity('Kassym-Jomart Tokayev').quotes.some((q) => q.text.includes(TALIBAN))).toBe(false);

    // Undo in the status message.
    await page.locator('#status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => taliban.count()).toBe(1);
    expect(await dismissed.count()).toBe(0);
    expect(quoteHits('Taliban', 'Tokayev')).toHaveLength(1);

    // Ctrl+Z, outside any text field.
    await taliban.getByRole('button', { name: 'Dismiss this quote' }).click();
    await expect.poll(() => taliban.count()).toBe(0);
    await page.locator('#briefing-title').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => taliban.count()).toBe(1);

    // Restore from the Dismissed section.
    await taliban.getByRole('button', { name: 'Dismiss this quote' }).click();
    await expect.poll(() => dismissed.count()).toBe(1);
    await dismissed.getByRole('button', { name: /^Restore quote/ }).click();
    await expect.poll(() => taliban.count()).toBe(1);
    expect(ctx.library.corrections.forArticle(1).filter((c) => c.kind === 'dismiss-quote')).toEqual([]);
  });

  it('dismisses a proposal and an entity, keeps them dismissed through re-analysis, and restores them', async () => {
    const { page } = session;
    const proposal = page.locator('.card-wrap', { hasText: 'reinforce the CSTO' }).filter({ has: page.locator('.card.proposal') });
    await proposal.getByRole('button', { name: 'Dismiss this proposal' }).click();
    await expect.poll(() => proposal.count()).toBe(0);
    await page.getByRole('button', { name: 'Dismiss “Kazinform News Agency”' }).click();
    await expect.poll(() => page.locator('.chip', { hasText: 'Kazinform' }).count()).toBe(0);
    await expect.poll(() => page.locator('#h-dismissed').textContent()).toBe('Dismissed (2)');

    ctx.library.db.prepare('UPDATE analyses SET version = 0').run();
    expect(await ctx.library.reanalyseStale()).toBe(1);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.locator('#h-dismissed').textContent()).toBe('Dismissed (2)');
    expect(await proposal.count()).toBe(0);
    expect(ctx.library.search.entity('Kazinform News Agency').articles).toEqual([]);

    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.locator('#h-dismissed').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await page.screenshot({ path: join(SCREENSHOTS, 'corrections-dismissed-1440.png') });
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.locator('#h-dismissed').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await page.screenshot({ path: join(SCREENSHOTS, 'corrections-dismissed-1024.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    const dismissed = page.locator('section.dismissed');
    await dismissed.getByRole('button', { name: /^Restore proposal/ }).click();
    await expect.poll(() => proposal.count()).toBe(1);
    await dismissed.getByRole('button', { name: /^Restore entity/ }).click();
    await expect.poll(() => page.locator('.chip', { hasText: 'Kazinform' }).count()).toBe(1);
    await expect.poll(() => dismissed.count()).toBe(0);
  });

  it('adds a missed quote and a proposal from a selection in the full text, kept through re-analysis and undoable', async () => {
    const { page } = session;
    const words = 'Kazakhstan is also determined';
    await selectInFullText(page, words);
    await page.getByRole('button', { name: 'Add as quote…' }).click();
    const form = page.getByRole('form', { name: 'Add a quote' });
    expect(await form.textContent()).toContain(`“${words}”`);
    if (SCREENSHOTS) {
      await form.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await page.screenshot({ path: join(SCREENSHOTS, 'corrections-1440.png') });
      await page.setViewportSize({ width: 1024, height: 640 });
      await form.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await page.screenshot({ path: join(SCREENSHOTS, 'corrections-1024.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    await form.getByRole('combobox', { name: 'Speaker' }).fill('Erlan Karin');
    await form.getByRole('button', { name: 'Add quote' }).click();
    const added = page.locator('.card-wrap', { hasText: words });
    await expect.poll(() => added.textContent()).toMatch(/Erlan Karin.*added.*Added by the analyst/);
    expect(ctx.library.corrections.forArticle(1)).toMatchObject([{ kind: 'add-quote', quote: words, name: 'Erlan Karin' }]);
    expect(quoteHits('determined', 'Karin')).toHaveLength(1);

    const said = 'ensure the safety of citizens';
    await selectInFullText(page, said);
    await page.getByRole('button', { name: 'Add as proposal…' }).click();
    const proposalForm = page.getByRole('form', { name: 'Add a proposal' });
    await proposalForm.getByRole('combobox', { name: 'Actor' }).fill('Kassym-Jomart Tokayev');
    await proposalForm.getByRole('combobox', { name: 'Kind of proposal' }).selectOption('commitment');
    await proposalForm.getByRole('button', { name: 'Add proposal' }).click();
    const addedProposal = page.locator('.card-wrap', { hasText: said }).filter({ has: page.locator('.badge.added') });
    await expect.poll(() => addedProposal.textContent()).toMatch(/Kassym-Jomart Tokayev.*commitment.*added/);

    // Ctrl+Z takes the proposal back; the quote stays, through re-analysis.
    await page.locator('#briefing-title').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => addedProposal.count()).toBe(0);
    ctx.library.db.prepare('UPDATE analyses SET version = 0').run();
    expect(await ctx.library.reanalyseStale()).toBe(1);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.locator('.card-wrap', { hasText: words }).textContent()).toContain('Erlan Karin');
    expect(quoteHits('determined', 'Karin')).toHaveLength(1);

    // Removing it (the card's ×) is undoable too.
    await page.locator('.card-wrap', { hasText: words }).getByRole('button', { name: 'Remove this added quote' }).click();
    await expect.poll(() => page.locator('.card-wrap', { hasText: words }).count()).toBe(0);
    await page.locator('#status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.card-wrap', { hasText: words }).count()).toBe(1);
  });

  it('refuses to add when nothing is selected, saying what to do', async () => {
    const { page } = session;
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.getByRole('button', { name: 'Add as quote…' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('Select the words of the quote in the full text first.');
    expect(await page.getByRole('form', { name: 'Add a quote' }).count()).toBe(0);
  });

  it('merges a name into another across the library and splits it again', async () => {
    const { page } = session;
    const council = 'Council of the CSTO Parliamentary Assembly';
    const csto = 'Collective Security Treaty Organization';
    await page.locator('.chip', { hasText: council }).click();
    await page.getByRole('button', { name: 'Merge into another name…' }).click();
    await page.getByRole('combobox', { name: `Merge “${council}” into` }).fill(csto);
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => page.locator('.chip', { hasText: council }).count()).toBe(0);
    await expect.poll(() => page.locator('.chip', { hasText: csto }).getAttribute('title')).toContain(council);
    expect(await page.locator('.card-wrap', { hasText: 'reinforce the CSTO' }).filter({ has: page.locator('.card.proposal') }).textContent()).toContain(csto);
    expect(ctx.library.search.entity(csto).proposals.map((p) => p.text)).toContain('reinforce the CSTO');

    await page.locator('.chip', { hasText: csto }).click();
    await page.getByRole('button', { name: `Split “${council}” from “${csto}”` }).click();
    await expect.poll(() => page.locator('.chip', { hasText: council }).count()).toBe(1);
    expect(ctx.library.entityMerges.list()).toEqual([]);
    // Undo of the split merges again; Ctrl+Z then undoes the merge... of the undo list, the split is gone.
    await page.locator('#status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.chip', { hasText: council }).count()).toBe(0);
    expect(ctx.library.entityMerges.list()).toEqual([{ alias: council, into: csto }]);
    await page.locator('#briefing-title').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.chip', { hasText: council }).count()).toBe(1);
    expect(ctx.library.entityMerges.list()).toEqual([]);
  });

  it('sets an entity\'s kind in every article, undoably', async () => {
    const { page } = session;
    await page.locator('.entity-group.organization .chip', { hasText: 'Taliban' }).click();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('person');
    await page.getByRole('checkbox', { name: 'Kind in every article' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.entity-group.person .chip', { hasText: 'Taliban' }).count()).toBe(1);
    expect(ctx.library.entityMerges.state().kinds.get('taliban')).toBe('person');
    // Not this article's own correction: it is the library's.
    expect(ctx.library.corrections.forArticle(1).filter((c) => c.kind === 'entity')).toEqual([]);
    expect(ctx.library.search.entity('Taliban').types).toEqual(['person']);
    await page.locator('#status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.entity-group.organization .chip', { hasText: 'Taliban' }).count()).toBe(1);
    expect(ctx.library.entityMerges.state().kinds.size).toBe(0);
  });
});
