// Long briefings in the real window: filters over the quote and proposal cards, and find in the article.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { SEED_DIR, suiteLibrary } from '../helpers/temp';

// Two named speakers and the ministers together; proposals of four kinds. "river" occurs 9 times, once
// as "River" and several times inside the quotes' own <mark>s.
const ARTICLE = `date 2025-03-14
Ministers meet in Vienna on water sharing

VIENNA — Foreign ministers of Austria and Hungary met in Vienna on Friday to discuss the shared river basin.

"The river belongs to all of us, and the river must be protected," Austrian Foreign Minister Karl Weber said at the opening session.

"We cannot wait another decade for a river agreement," Hungarian Foreign Minister Eva Szabo told reporters.

Weber said the two governments had made real progress on the river.

Szabo urged the European Commission to fund a joint monitoring station on the river.

Weber proposed a joint commission to manage the river basin.

Hungary will build three new treatment plants by 2027, Szabo said.

"Our engineers are ready," Weber said. "The river deserves nothing less."

The ministers decided to hold the next meeting in Budapest in June.

River levels fell sharply last summer.
`;

describe('filters and find in a long briefing', () => {
  let session: RendererSession;
  let cleanup = () => {};
  let summitId = 0;
  let longId = 0;

  beforeAll(async () => {
    const ctx = suiteLibrary();
    cleanup = ctx.cleanup;
    ctx.library.importSeedsOnce(SEED_DIR);
    const file = join(ctx.dir, 'vienna.txt');
    writeFileSync(file, ARTICLE);
    const long = join(ctx.dir, 'long.txt');
    writeFileSync(long, `date 2025-03-15\nA long record of the water talks\n\n${'Delegates discussed water and more water. '.repeat(600)}\n`);
    const report = ctx.library.importFiles([file, long]);
    const ids = report.outcomes.map((o) => (o.status === 'refused' ? 0 : o.articleId));
    expect(ids.every((id) => id > 0)).toBe(true);
    [summitId, longId] = ids as [number, number];
    session = await launchRenderer(ctx.library, ctx.dir);
    await session.open();
  });
  afterAll(async () => {
    await session?.close();
    cleanup();
  });

  async function openArticle(id: number, title: string) {
    const { page } = session;
    await page.locator(`#library-list [data-id="${id}"]`).click();
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe(title);
  }
  const openSummit = () => openArticle(summitId, 'Ministers meet in Vienna on water sharing');

  const QUOTE_CARDS = '#briefing :is(.card.quote, .card.reported)';
  const visibleTexts = (selector: string) => session.page.locator(`${selector}:visible`).allTextContents();

  it('filters the quotes by speaker and by quoted or reported, and says how many are shown', async () => {
    const { page } = session;
    await openSummit();
    await expect.poll(() => page.locator('#h-quotes').textContent()).toBe('Quotes (8)');
    const speaker = page.getByRole('combobox', { name: 'Said by' });
    expect(await speaker.locator('option').allTextContents()).toEqual(['All speakers (8)', 'Karl Weber (4)', 'Eva Szabo (3)', 'ministers (1)']);

    await speaker.selectOption('Eva Szabo');
    await expect.poll(() => page.locator('#h-quotes').textContent()).toBe('Quotes (3 of 8)');
    const shown = await visibleTexts(QUOTE_CARDS);
    expect(shown).toHaveLength(3);
    expect(shown.every((t) => t.includes('Eva Szabo'))).toBe(true);
    expect(await page.locator('#quotes-filter-status').textContent()).toBe('3 of 8 quotes shown');
    expect(await page.locator('#quotes-filter-status').getAttribute('aria-live')).toBe('polite');

    await page.getByRole('combobox', { name: 'Quoted or reported' }).selectOption('direct');
    await expect.poll(() => page.locator('#h-quotes').textContent()).toBe('Quotes (1 of 8)');
    expect(await visibleTexts(QUOTE_CARDS)).toEqual([expect.stringContaining('We cannot wait another decade')]);
    // Only the cards that pass are listed (cardList.ts draws a long list a batch at a time).
    expect(await page.locator(QUOTE_CARDS).count()).toBe(1);

    await speaker.selectOption('');
    await page.getByRole('combobox', { name: 'Quoted or reported' }).selectOption('');
    await expect.poll(() => page.locator('#h-quotes').textContent()).toBe('Quotes (8)');
    expect(await visibleTexts(QUOTE_CARDS)).toHaveLength(8);
  });

  it('filters the proposals by kind and actor, and resets the filters for another article', async () => {
    const { page } = session;
    await expect.poll(() => page.locator('#h-proposals').textContent()).toBe('Proposals (5)');
    const kind = page.getByRole('combobox', { name: 'Type of proposal' });
    expect(await kind.locator('option').allTextContents()).toEqual(['All kinds (5)', 'Call (2)', 'Proposal (1)', 'Plan (1)', 'Decision (1)']);
    await kind.selectOption('call');
    await expect.poll(() => page.locator('#h-proposals').textContent()).toBe('Proposals (2 of 5)');
    const calls = await visibleTexts('#briefing .card.proposal');
    expect(calls).toHaveLength(2);
    expect(calls.some((t) => t.includes('the river must be protected'))).toBe(true);
    expect(calls.some((t) => t.includes('fund a joint monitoring station'))).toBe(true);

    await page.getByRole('combobox', { name: 'Proposed by' }).selectOption('Eva Szabo');
    await expect.poll(() => page.locator('#h-proposals').textContent()).toBe('Proposals (1 of 5)');
    expect(await visibleTexts('#briefing .card.proposal')).toEqual([expect.stringContaining('fund a joint monitoring station')]);
    expect(await page.locator('#proposals-filter-status').textContent()).toBe('1 of 5 proposals shown');

    // Another article, then back: every filter starts again from "all".
    await page.locator('#library-list [role=row][data-id]', { hasText: 'Tokayev' }).click();
    await expect.poll(() => page.locator('#briefing h1').textContent()).toMatch(/Tokayev/);
    await openSummit();
    await expect.poll(() => page.locator('#h-proposals').textContent()).toBe('Proposals (5)');
    expect(await page.getByRole('combobox', { name: 'Type of proposal' }).inputValue()).toBe('');
    expect(await visibleTexts('#briefing .card.proposal')).toHaveLength(5);
  });

  it('finds a word in the full text, moves between the hits, and closes with Escape', async () => {
    const { page } = session;
    // Ctrl+F in the library still filters the articles.
    await page.locator('#library-filter').focus();
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('library-filter');
    expect(await page.locator('#find-bar').isVisible()).toBe(false);

    // From a card in the briefing it opens the find bar.
    const card = page.locator('#briefing .card.proposal').first();
    await card.focus();
    const cardMark = await card.getAttribute('data-mark');
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('find-input');
    await page.keyboard.type('RIVER');
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('1 of 9');
    const hits = page.locator('#fulltext mark.find-hit');
    expect(await hits.count()).toBe(9);
    expect((await hits.allTextContents()).map((t) => t.toLowerCase())).toEqual(Array(9).fill('river'));
    // Matches inside the quotes' own marks are found too, and the text itself is unchanged.
    expect(await page.locator('#fulltext mark.quote mark.find-hit').count()).toBeGreaterThan(0);
    expect(await page.locator('#fulltext').textContent()).toContain('River levels fell sharply last summer.');

    const currentIndex = () => page.evaluate(() => [...document.querySelectorAll('#fulltext mark.find-hit')].findIndex((m) => m.classList.contains('current')));
    expect(await currentIndex()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('2 of 9');
    expect(await currentIndex()).toBe(1);
    expect(await page.locator('#fulltext mark.find-hit.current').count()).toBe(1);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('9 of 9');
    expect(await currentIndex()).toBe(8);
    await page.locator('#find-next').click();
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('1 of 9');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#fulltext mark.find-hit').count()).toBe(0);
    expect(await page.locator('#find-bar').isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.mark)).toBe(cardMark);
    // The runs are joined again: each span holds one text node, as drawn.
    expect(await page.evaluate(() => [...document.querySelectorAll('#fulltext span, #fulltext mark')].every((el) => el.childNodes.length === 1))).toBe(true);
  });

  it('says "No matches", and stops marking at 1,000 hits', async () => {
    const { page } = session;
    await page.locator('#fulltext').click();
    await page.keyboard.press('Control+f');
    await page.locator('#find-input').fill('zebra');
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('No matches');
    expect(await page.locator('#fulltext mark.find-hit').count()).toBe(0);
    await page.keyboard.press('Escape');

    // 1,200 times "water" in the long article.
    await openArticle(longId, 'A long record of the water talks');
    await page.locator('#fulltext').click();
    await page.keyboard.press('Control+f');
    await page.locator('#find-input').fill('water');
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('1 of 1,000+');
    expect(await page.locator('#fulltext mark.find-hit').count()).toBe(1000);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('1000 of 1,000+');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#fulltext mark.find-hit').count()).toBe(0);
  });
});
