// The entity page in the real renderer (Chromium) on the real handlers and a real library: opened from an
// entity chip, a quote's speaker, a proposal's actor and a search hit; its counts, timeline and filters; a
// row opens the article at its passage; Back and Escape return; "Add to pack" ticks the articles.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { importEntityArticles } from '../helpers/entityArticles';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { PROJECT_ROOT, tempLibrary } from '../helpers/temp';

let session: RendererSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;
const TOKAYEV = 'Kassym-Jomart Tokayev';
const OPEN_TOKAYEV = `[aria-label="Open ${TOKAYEV}’s page"]`;

async function openArticle(page: Page, title: string) {
  await page.locator('#library-list [role=row][data-id]', { hasText: title }).click();
  await expect.poll(() => page.locator('#briefing h1').textContent()).toBe(title);
}

/** Waits for the page to show this name, loaded (the handler answered). */
async function pageShows(page: Page, name: string) {
  await expect.poll(() => page.locator('#entity-page').isVisible()).toBe(true);
  await expect.poll(() => page.locator('#entity-title').textContent()).toBe(name);
  await expect.poll(() => page.locator('#entity-page').getAttribute('aria-busy')).toBe(null);
}

const articleTitles = (page: Page) => page.locator('#entity-results .entity-article h2').allTextContents();
const matching = (page: Page) => page.locator('#entity-matching').textContent();

async function setFilter(page: Page, selector: string, value: string) {
  const loaded = await page.locator('#entity-page').getAttribute('data-loaded');
  if (selector === '#entity-kind-filter') await page.selectOption(selector, value);
  else await page.fill(selector, value);
  await page.locator(selector).dispatchEvent('change');
  if (selector === '#entity-words') await page.press(selector, 'Enter');
  await expect.poll(() => page.locator('#entity-page').getAttribute('data-loaded')).not.toBe(loaded);
  await expect.poll(() => page.locator('#entity-page').getAttribute('aria-busy')).toBe(null);
}

describe('the entity page', () => {
  it('opens from a chip, a speaker, an actor and a search hit, filters, jumps to a passage and goes back', async () => {
    const { library, dir } = tempLibrary();
    importEntityArticles(library, dir);
    session = await launchRenderer(library, dir);
    const { page } = session;
    await session.open();
    await openArticle(page, 'Grain harvest talks');

    // From the entity chip: name, kind, true totals, articles newest first, a month-by-month strip.
    const chipLink = page.locator(`.entities .chip-page${OPEN_TOKAYEV}`);
    await chipLink.click();
    await pageShows(page, TOKAYEV);
    expect(await page.locator('#briefing').isVisible()).toBe(false);
    expect(await page.locator('#entity-kind').textContent()).toBe('Person');
    expect(await page.locator('#entity-totals').textContent()).toBe('12 quotes · 9 proposals in 3 articles · mentioned in 3 articles');
    expect(await articleTitles(page)).toEqual(['Grain harvest talks', 'Kassym-Jomart Tokayev emphasized the situation in Afghanistan during his discussions', 'Bridge over the Ishim']);
    expect(await page.locator('.entity-row').count()).toBe(21);
    expect(await page.locator('#entity-timeline .entity-bar').count()).toBe(7);
    expect(await page.locator('#entity-timeline').getAttribute('aria-label')).toBe('Quotes and proposals per month, Mar 2024 to Sep 2024. Mar 2024: 4; Jun 2024: 15; Sep 2024: 2; none in the other months.');
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'entity-page-1440.png') });
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.screenshot({ path: join(SCREENSHOTS, 'entity-page-1024.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    // At 1024 × 640 the page fits the window's width (no sideways scroll).
    await page.setViewportSize({ width: 1024, height: 640 });
    expect(await page.locator('#entity-page').evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });

    // Filters: kind, words, dates; the counts say what matches, the strip marks the range.
    await setFilter(page, '#entity-kind-filter', 'proposal');
    expect(await matching(page)).toBe('Matching: 0 quotes, 9 proposals in 2 articles');
    expect(await page.locator('.entity-row.quote').count()).toBe(0);
    expect(await page.locator('.entity-row.proposal').count()).toBe(9);
    await setFilter(page, '#entity-kind-filter', '');
    await setFilter(page, '#entity-words', 'grain DECADE');
    expect(await page.locator('.entity-row-text').allTextContents()).toEqual(['The grain harvest this year is the best in a decade,']);
    await setFilter(page, '#entity-words', '');
    await setFilter(page, '#entity-from', '2024-03-01');
    await setFilter(page, '#entity-to', '2024-03-31');
    expect(await articleTitles(page)).toEqual(['Bridge over the Ishim']);
    expect(await matching(page)).toBe('Matching: 2 quotes, 2 proposals in 1 article');
    expect(await page.locator('#entity-timeline .entity-bar.in-range').evaluateAll((bars) => bars.map((b) => (b as HTMLElement).dataset.month))).toEqual(['2024-03']);

    // Escape returns to the briefing, with the focus where it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#entity-page').isVisible()).toBe(false);
    expect(await page.locator('#briefing h1').textContent()).toBe('Grain harvest talks');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Open ${TOKAYEV}’s page`);

    // From the speaker of a quote card (the same page keeps its filters); a row opens its passage.
    await page.locator(`.card-wrap .card-person${OPEN_TOKAYEV}`).first().click();
    await pageShows(page, TOKAYEV);
    expect(await articleTitles(page)).toEqual(['Bridge over the Ishim']);
    const row = page.locator('.entity-row', { hasText: 'We will build a new bridge' }).first();
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#briefing h1').textContent()).toBe('Bridge over the Ishim');
    expect(await page.locator('#entity-page').isVisible()).toBe(false);
    await expect.poll(() => page.locator('#fulltext mark.search-hit').textContent()).toBe('We will build a new bridge across the Ishim river before winter,');
    await expect.poll(() => page.locator('#search-hit').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    })).toBe(true);

    // Back to the page from the article, its filters and its place kept.
    await page.click('#briefing .entity-return');
    await pageShows(page, TOKAYEV);
    expect(await articleTitles(page)).toEqual(['Bridge over the Ishim']);
    expect(await page.inputValue('#entity-from')).toBe('2024-03-01');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#entity-page').isVisible()).toBe(false);

    // From the actor of a proposal card; Back returns.
    const actorLink = page.locator(`.card-wrap:has(.card.proposal) .card-person${OPEN_TOKAYEV}`).first();
    await actorLink.click();
    await pageShows(page, TOKAYEV);
    await page.click('.entity-back');
    await expect.poll(() => page.locator('#entity-page').isVisible()).toBe(false);
    expect(await page.locator('#briefing h1').textContent()).toBe('Bridge over the Ishim');

    // From a search hit's speaker: another person's page, its filters fresh.
    await page.fill('#search-box', 'precious');
    await page.press('#search-box', 'Enter');
    const hitLink = page.locator('.search-group .hit-speaker[aria-label="Open Murat Nurtleu’s page"]');
    await hitLink.click();
    await pageShows(page, 'Murat Nurtleu');
    expect(await page.locator('#entity-totals').textContent()).toBe('1 quote · 0 proposals in 1 article · mentioned in 1 article');
    expect(await page.inputValue('#entity-from')).toBe('');
    expect(await articleTitles(page)).toEqual(['Water talks in Tashkent']);
  });

  it('adds the ticked articles, or all the matching ones, to the briefing pack', async () => {
    const { library, dir } = tempLibrary();
    const ids = importEntityArticles(library, dir);
    session = await launchRenderer(library, dir);
    const { page } = session;
    await session.open();
    await openArticle(page, 'Bridge over the Ishim');
    await page.locator(`.entities .chip-page${OPEN_TOKAYEV}`).click();
    await pageShows(page, TOKAYEV);
    const add = page.locator('#entity-add-to-pack');
    expect(await add.textContent()).toBe('Add all 3 articles to pack');
    const inPack = () => page.locator('#library-list [data-in-pack]').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.id)).sort());

    await page.locator(`.entity-tick[data-article-id="${ids.grain}"]`).check();
    expect(await add.textContent()).toBe('Add 1 selected article to pack');
    await add.click();
    await expect.poll(inPack).toEqual([ids.grain]);
    expect(await page.locator('#status').textContent()).toMatch(/1 article added to the pack/);

    // None ticked: every article the filters let through.
    await page.locator(`.entity-tick[data-article-id="${ids.grain}"]`).uncheck();
    await setFilter(page, '#entity-kind-filter', 'proposal');
    expect(await add.textContent()).toBe('Add all 2 articles to pack');
    await add.click();
    await expect.poll(inPack).toEqual([ids.seed, ids.bridge, ids.grain].sort());
    // They are in the current named pack ("Pack 1", made for them), which the Packs panel exports.
    await expect.poll(() => page.locator('#pack-export').textContent()).toBe('Export pack (3)');
  });

  it('merges its name into another from the page, lists the alias, splits it off, and undoes', async () => {
    const { library, dir } = tempLibrary();
    importEntityArticles(library, dir);
    session = await launchRenderer(library, dir);
    const { page } = session;
    await session.open();
    await openArticle(page, 'Water talks in Tashkent');
    await page.locator('.entities .chip-page[aria-label="Open Murat Nurtleu’s page"]').click();
    await pageShows(page, 'Murat Nurtleu');
    expect(await page.locator('#entity-aliases').textContent()).toBe('');

    await page.click('#entity-merge');
    await page.getByLabel('Merge “Murat Nurtleu” into').fill(TOKAYEV);
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    // The page is now the one of the name merged into, holding both names' passages.
    await pageShows(page, TOKAYEV);
    await expect.poll(() => page.locator('#entity-totals').textContent()).toBe('13 quotes · 9 proposals in 4 articles · mentioned in 4 articles');
    expect(await page.locator('#entity-aliases').textContent()).toBe('Also named: Murat Nurtleu (split)');
    expect([...library.entityMerges.state().merges.values()]).toEqual([{ alias: 'Murat Nurtleu', into: TOKAYEV }]);

    // Split off again: the page counts Tokayev's own passages only.
    await page.getByRole('button', { name: `Split “Murat Nurtleu” off from ${TOKAYEV}` }).click();
    await expect.poll(() => page.locator('#entity-totals').textContent()).toBe('12 quotes · 9 proposals in 3 articles · mentioned in 3 articles');
    expect(library.entityMerges.state().merges.size).toBe(0);
    // Undo (the status line's button) merges it back.
    await page.locator('#status .status-undo').click();
    await expect.poll(() => page.locator('#entity-aliases').textContent()).toBe('Also named: Murat Nurtleu (split)');
    expect(library.entityMerges.state().merges.size).toBe(1);
  });
});
