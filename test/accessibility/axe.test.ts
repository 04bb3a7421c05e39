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
import { importEntityArticles } from '../helpers/entityArticles';

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

    // Entity page (issue 14): opened from a chip, with its timeline, filters and rows, then filtered.
    it(`${scheme}: the entity page`, async () => {
      const { library, dir } = tempLibrary();
      importEntityArticles(library, dir);
      session = await launchRenderer(library, dir);
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await session.open();
      await page.locator('#library-list [role=option]', { hasText: 'Bridge over the Ishim' }).click();
      await page.locator('.entities .chip-page[aria-label="Open Kassym-Jomart Tokayev’s page"]').click();
      await page.locator('#entity-results .entity-row').first().waitFor();
      expect(await seriousViolations(page), 'entity page').toEqual([]);
      await page.selectOption('#entity-kind-filter', 'proposal');
      await page.fill('#entity-from', '2024-03-01');
      await page.locator('#entity-from').dispatchEvent('change');
      await page.locator('#entity-timeline .entity-bar.in-range').first().waitFor();
      await page.locator('#entity-results .entity-row.proposal').first().waitFor();
      await page.locator('.entity-tick').first().check();
      expect(await seriousViolations(page), 'entity page, filtered').toEqual([]);
    });
  }
});
