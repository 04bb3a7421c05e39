// axe-core, through Playwright, on the real renderer: no serious or critical violation in the light and
// the dark colour scheme (contrast is checked in both), on the window as it opens (the library, the
// briefing and the notes are side by side in it, so one analysis covers the three views) and on the
// search results. Legacy mode: the renderer helper's page comes from browser.newPage(), and the window
// has no frames.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { SEED_DIR, tempLibrary } from '../helpers/temp';

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

  // Export options: the export dialog, as for a pack (every field shown) and for one article.
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: the export dialog`, async () => {
      const { library, dir } = tempLibrary();
      library.importSeedsOnce(SEED_DIR);
      const other = `${dir}/geneva.txt`;
      writeFileSync(other, 'date 2023-11-02\nMinisters meet in Geneva\n\n"We are ready to talk," Foreign Minister Anna Berg said.');
      library.importFiles([other]);
      session = await launchRenderer(library, dir);
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await session.open();
      await page.click('#export-button');
      await page.locator('#export-dialog').waitFor();
      expect(await seriousViolations(page), 'export dialog, one article').toEqual([]);
      await page.click('#export-cancel');
      await page.locator('#library-list [role=option]').nth(0).click({ modifiers: ['Control'] });
      await page.locator('#library-list [role=option]').nth(1).click({ modifiers: ['Control'] });
      await page.click('#export-button');
      await page.locator('#export-pack-fields').waitFor();
      expect(await seriousViolations(page), 'export dialog, pack').toEqual([]);
    });
  }
});
