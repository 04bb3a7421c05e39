// axe-core, through Playwright, on the real renderer: no serious or critical violation in the light and
// the dark colour scheme (contrast is checked in both), on the window as it opens (the library, the
// briefing and the notes are side by side in it, so one analysis covers the three views) and on the
// search results. Legacy mode: the renderer helper's page comes from browser.newPage(), and the window
// has no frames.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { SEED_DIR, tempLibrary } from '../helpers/temp';
import { addTableRows } from '../helpers/libraryRows';

let session: RendererSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: library, briefing and notes views, then search results`, async () => {
      const { library, dir } = tempLibrary();
      library.importSeedsOnce(SEED_DIR);
      library.notes.create(1, '## Assessment\n\n- Tokayev is **courting** Kabul\n- watch the [Almaty centre](https://example.org)');
      session = await launchRenderer(library, dir);
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await session.open();
      await page.locator('.card.quote').nth(1).waitFor();
      await page.locator('#note-preview strong').waitFor();
      expect(await page.locator('.library, #briefing, .notes').count()).toBe(3);
      expect(await seriousViolations(page), 'window').toEqual([]);

      await page.fill('#search-box', 'Tokayev');
      await page.press('#search-box', 'Enter');
      await page.locator('.search-group').first().waitFor();
      expect(await seriousViolations(page), 'search results').toEqual([]);
    });
  }

  // Library table, context menu, packs, article trash and the details form (s18-lib).
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: library table, its context menu, packs, details form and the article trash`, async () => {
      const { library, dir } = tempLibrary();
      library.importSeedsOnce(SEED_DIR);
      const ids = addTableRows(library);
      library.notes.create(ids[0]!, 'A note');
      library.articleTags.set(ids[0]!, ['Geneva']);
      library.packs.addToCurrent([ids[0]!, ids[1]!]);
      library.articleTrash.moveToTrash([ids[2]!]);
      session = await launchRenderer(library, dir);
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await session.open();
      await page.locator(`#article-${ids[0]}`).click();
      await page.click('#packs-summary');
      await page.locator('#pack-articles .pack-article').first().waitFor();
      await page.click('#edit-details');
      expect(await seriousViolations(page), 'table, packs and details form').toEqual([]);
      await page.locator(`#article-${ids[0]}`).click({ button: 'right' });
      await page.getByRole('menu').waitFor();
      expect(await seriousViolations(page), 'context menu').toEqual([]);
      await page.keyboard.press('Escape');
      await page.click('#show-trash');
      await page.locator('.trashed-article').first().waitFor();
      expect(await seriousViolations(page), 'trash').toEqual([]);
    });
  }
});
