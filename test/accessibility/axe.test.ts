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
import { addTableRows } from '../helpers/libraryRows';
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

    // Entity page (issue 14): opened from a chip, with its timeline, filters and rows, then filtered.
    it(`${scheme}: the entity page`, async () => {
      const { library, dir } = tempLibrary();
      importEntityArticles(library, dir);
      session = await launchRenderer(library, dir);
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await session.open();
      await page.locator('#library-list [role=row][data-id]', { hasText: 'Bridge over the Ishim' }).click();
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
      await page.locator('#library-list [role=row][data-id]').nth(0).click({ modifiers: ['Control'] });
      await page.locator('#library-list [role=row][data-id]').nth(1).click({ modifiers: ['Control'] });
      await page.locator('#packs-summary').click();
      await page.click('#pack-export');
      await page.locator('#export-pack-fields').waitFor();
      expect(await seriousViolations(page), 'export dialog, pack').toEqual([]);
    });
  }

  // Layout and keyboard (issue 14): every other view of the window, in both schemes.
  for (const scheme of ['light', 'dark'] as const) {
    /** The seeded window in this scheme, at a size (default 1440×900). */
    const openSeeded = async (view: Parameters<typeof launchRenderer>[3] = {}) => {
      const { library, dir } = tempLibrary();
      library.importSeedsOnce(SEED_DIR);
      const first = library.notes.create(1, '## First\n\nTokayev is **courting** Kabul');
      library.notes.update(first.id, '## First\n\nTokayev is **courting** Kabul, and the CSTO listens');
      const trashed = library.notes.create(1, 'A note for the trash');
      library.notes.moveToTrash(trashed.id);
      session = await launchRenderer(library, dir, async () => null, view);
      await session.page.emulateMedia({ colorScheme: scheme });
      await session.open();
      await session.page.locator('.card.quote').first().waitFor();
      return session.page;
    };
    const dialogOpen = (page: Page, id: string) => page.locator(`#${id}`).evaluate((d: HTMLDialogElement) => d.open);

    it(`${scheme}: settings dialog, shortcut sheet and command palette`, async () => {
      const page = await openSeeded();
      await page.click('#settings-button');
      await expect.poll(() => dialogOpen(page, 'settings-dialog')).toBe(true);
      expect(await seriousViolations(page), 'settings').toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await expect.poll(() => dialogOpen(page, 'shortcut-sheet')).toBe(true);
      expect(await seriousViolations(page), 'shortcut sheet').toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+K');
      await expect.poll(() => dialogOpen(page, 'command-palette')).toBe(true);
      await page.keyboard.press('ArrowDown');
      expect(await seriousViolations(page), 'command palette').toEqual([]);
      await page.keyboard.type('zzzz');
      expect(await seriousViolations(page), 'command palette, nothing found').toEqual([]);
    });

    it(`${scheme}: all notes, note trash, note history and the notes views`, async () => {
      const page = await openSeeded();
      await page.click('#show-notes');
      await page.locator('.note-item').first().waitFor();
      expect(await seriousViolations(page), 'all notes').toEqual([]);
      await page.click('#show-trash');
      await page.locator('.note-item').first().waitFor();
      expect(await seriousViolations(page), 'trash').toEqual([]);
      await page.click('#show-articles');
      await page.click('#note-history');
      await page.locator('.revision-list li').first().waitFor();
      expect(await seriousViolations(page), 'note history').toEqual([]);
      await page.click('.note-view-button[data-view="edit"]');
      expect(await seriousViolations(page), 'notes: editor only').toEqual([]);
      await page.click('.note-view-button[data-view="preview"]');
      expect(await seriousViolations(page), 'notes: preview only').toEqual([]);
    });

    it(`${scheme}: correction forms (speaker and entity)`, async () => {
      const page = await openSeeded();
      await page.locator('.card-edit').first().click();
      await page.locator('.correction-form').first().waitFor();
      expect(await seriousViolations(page), 'speaker correction').toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('.entity-group .chip').first().click();
      await page.locator('.correction-form').first().waitFor();
      expect(await seriousViolations(page), 'entity correction').toEqual([]);
    });

    it(`${scheme}: empty library`, async () => {
      const { library, dir } = tempLibrary();
      session = await launchRenderer(library, dir);
      await session.page.emulateMedia({ colorScheme: scheme });
      await session.open();
      await session.page.locator('#library-list .empty').waitFor();
      expect(await seriousViolations(session.page), 'empty library').toEqual([]);
    });

    it(`${scheme}: the small window (960×600 at 150% zoom), resized and collapsed panes`, async () => {
      const page = await openSeeded({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 1.5 });
      expect(await seriousViolations(page), 'small window').toEqual([]);
      await page.locator('#splitter-notes').focus();
      await page.keyboard.press('ArrowLeft');
      await page.click('#toggle-library');
      await expect.poll(() => page.locator('nav.library').isVisible()).toBe(false);
      expect(await seriousViolations(page), 'library collapsed').toEqual([]);
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
