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

  // Corrections across the library (issue 14): the dismissed section, the add-from-selection form and the
  // merge form, in both colour schemes.
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: correction forms and the dismissed section`, async () => {
      const { library, dir } = tempLibrary();
      library.importSeedsOnce(SEED_DIR);
      const q = library.briefing(1)!.analysis.quotes[1]!;
      library.corrections.save(1, { kind: 'dismiss-quote', start: q.start, end: q.end, quote: q.text });
      library.corrections.save(1, { kind: 'dismiss-entity', name: 'Taliban' });
      const body = library.articles.get(1)!.body;
      const words = 'Kazakhstan is also determined';
      library.corrections.save(1, { kind: 'add-quote', start: body.indexOf(words), end: body.indexOf(words) + words.length, quote: words, name: 'Erlan Karin' });
      session = await launchRenderer(library, dir);
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await session.open();
      await page.locator('section.dismissed').waitFor();
      await page.locator('.badge.added').waitFor();
      await page.evaluate(() => {
        const run = [...document.querySelectorAll('#fulltext span')].find((s) => (s.textContent ?? '').length > 20)!;
        const range = document.createRange();
        range.selectNodeContents(run);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await page.getByRole('button', { name: 'Add as proposal…' }).click();
      await page.getByRole('form', { name: 'Add a proposal' }).waitFor();
      expect(await seriousViolations(page), 'add form and dismissed section').toEqual([]);
      await page.locator('.chip', { hasText: 'CSTO' }).first().click();
      await page.getByRole('button', { name: 'Merge into another name…' }).click();
      await page.locator('.merge-form').waitFor();
      expect(await seriousViolations(page), 'merge form').toEqual([]);
    });
  }
});
