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
import { longTranscript } from '../helpers/longTranscript';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

  // Long documents and the import report
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: a long transcript (cards drawn in batches) and the import report`, async () => {
      const { library, dir } = tempLibrary();
      const transcript = join(dir, 'transcript.txt');
      writeFileSync(transcript, longTranscript());
      library.importFiles([transcript]);
      const inbox = join(dir, 'inbox');
      mkdirSync(inbox);
      writeFileSync(join(inbox, 'good.txt'), 'date 2025-03-14\nMinisters meet in Vienna\n\n"The river belongs to all of us," Foreign Minister Karl Weber said.\n');
      writeFileSync(join(inbox, 'empty.txt'), '');
      session = await launchRenderer(library, dir, async () => [inbox]);
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await session.open();
      await page.locator('#quotes-more').waitFor();
      expect(await seriousViolations(page), 'long document').toEqual([]);

      await page.click('#import-button');
      await page.locator('#import-report-table tbody tr').nth(1).waitFor();
      expect(await seriousViolations(page), 'import report').toEqual([]);
    }, 240_000);
  }
});
