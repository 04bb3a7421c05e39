// The keyboard in the real renderer: F6 between panes, the shortcut sheet, the command palette (it lists
// every registered command and runs the chosen one), Enter on rows, and Escape giving the focus back.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { PROJECT_ROOT, SEED_DIR, tempLibrary } from '../helpers/temp';

let session: RendererSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;

async function openWithSeed(viewport?: { width: number; height: number }) {
  const { library, dir } = tempLibrary();
  library.importSeedsOnce(SEED_DIR);
  library.notes.create(1, 'First note on Kabul');
  library.notes.create(1, 'Second note on the CSTO');
  session = await launchRenderer(library, dir, async () => null, viewport ? { viewport } : {});
  await session.open();
  await session.page.locator('.card.quote').first().waitFor();
  return { library, page: session.page };
}

/** Where the focus is: the pane holding it and the element's id (or tag). */
const focusIn = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    const pane = el.closest('#search-results') ? 'results' : el.closest('nav.library') ? 'library' : el.closest('#briefing') ? 'briefing' : el.closest('aside.notes') ? 'notes' : el.closest('dialog') ? 'dialog' : 'none';
    return `${pane}:${el.id || el.tagName.toLowerCase()}`;
  });

describe('keyboard', () => {
  it('F6 and Shift+F6 cycle library, (search results,) briefing and notes, back to where the focus was', async () => {
    const { page } = await openWithSeed();
    await page.locator('#article-1').focus();
    await page.keyboard.press('F6');
    expect(await focusIn(page)).toBe('briefing:briefing');
    await page.keyboard.press('F6');
    expect(await focusIn(page)).toBe('notes:note-editor');
    await page.keyboard.press('F6');
    expect(await focusIn(page)).toBe('library:article-1');
    await page.keyboard.press('Shift+F6');
    expect(await focusIn(page)).toBe('notes:note-editor');

    // With search results shown, they are a stop of their own after the library.
    await page.fill('#search-box', 'Tokayev');
    await page.press('#search-box', 'Enter');
    await page.locator('.search-group').first().waitFor();
    await page.keyboard.press('F6');
    expect(await focusIn(page)).toMatch(/^results:/);
    await page.keyboard.press('F6');
    expect(await focusIn(page)).toBe('briefing:briefing');
    await page.keyboard.press('Shift+F6');
    await page.keyboard.press('Shift+F6');
    expect(await focusIn(page)).toBe('library:search-box');

    // A collapsed pane is skipped.
    await page.click('#toggle-notes');
    await page.locator('#briefing').focus();
    await page.keyboard.press('F6');
    expect(await focusIn(page)).toBe('library:search-box');
  });

  it('Enter on a library row goes into its briefing; Enter on a note in All notes opens that note', async () => {
    const { page } = await openWithSeed();
    await page.locator('#article-1').focus();
    await page.keyboard.press('Enter');
    expect(await focusIn(page)).toBe('briefing:briefing-title');

    await page.click('#show-notes');
    const second = page.locator('.note-item', { hasText: 'Second note' });
    await second.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#note-editor').inputValue()).toBe('Second note on the CSTO');
    expect(await page.locator('#show-articles').getAttribute('aria-selected')).toBe('true');
  });

  it('the shortcut sheet opens with F1 and Ctrl+/, lists the shortcuts, and Escape gives the focus back', async () => {
    const { page } = await openWithSeed();
    const sheet = page.locator('#shortcut-sheet');
    await page.locator('#article-1').focus();
    await page.keyboard.press('F1');
    await expect.poll(() => sheet.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    const text = await sheet.textContent();
    for (const keys of ['Ctrl+K or Ctrl+Shift+P', 'F1 or Ctrl+/', 'F6', 'Shift+F6', 'Ctrl+O', 'Ctrl+Shift+N', 'Ctrl+B', 'Escape']) expect(text).toContain(keys);
    expect(await focusIn(page)).toBe('dialog:button');
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'shortcuts-1440.png') });
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.screenshot({ path: join(SCREENSHOTS, 'shortcuts-1024.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await focusIn(page)).toBe('library:article-1');

    await page.locator('#note-editor').focus();
    await page.keyboard.press('Control+/');
    await expect.poll(() => sheet.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.getByRole('button', { name: 'Close' }).last().click();
    expect(await focusIn(page)).toBe('notes:note-editor');
  });

  it('the command palette lists every action with its keys, filters, and runs the chosen one with Enter', async () => {
    const { page } = await openWithSeed({ width: 1024, height: 640 });
    const palette = page.locator('#command-palette');
    const isOpen = () => palette.evaluate((d: HTMLDialogElement) => d.open);
    await page.locator('#article-1').focus();
    await page.keyboard.press('Control+K');
    await expect.poll(isOpen).toBe(true);
    expect(await focusIn(page)).toBe('dialog:palette-filter');
    const ids = await page.locator('#palette-list [role=option]').evaluateAll((els) => els.map((e) => e.id.replace(/^command-/, '')));
    for (const id of ['import', 'export', 'export-pdf', 'new-note', 'note-on-passage', 'note-history', 'delete-note', 'find', 'search', 'focus-notes', 'show-articles', 'show-notes', 'show-trash', 'settings', 'toggle-library', 'toggle-notes', 'notes-edit', 'notes-preview', 'notes-split', 'next-pane', 'previous-pane', 'command-palette', 'shortcuts', 'packs', 'edit-details', 'undo-correction', 'entity-page']) {
      expect(ids).toContain(id);
    }
    expect(await page.locator('#command-import').textContent()).toContain('Ctrl+O');
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.screenshot({ path: join(SCREENSHOTS, 'palette-1440.png') });
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.screenshot({ path: join(SCREENSHOTS, 'palette-1024.png') });
    }

    // Arrow keys move the active option; Escape closes and the focus goes back to the row.
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('#palette-filter').getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(active).toBe(`command-${ids[1]}`);
    await page.keyboard.press('Escape');
    await expect.poll(isOpen).toBe(false);
    expect(await focusIn(page)).toBe('library:article-1');

    // Ctrl+Shift+P, filter, Enter: the trash is shown.
    await page.keyboard.press('Control+Shift+P');
    await expect.poll(isOpen).toBe(true);
    await page.keyboard.type('show trash');
    expect(await page.locator('#palette-list [role=option]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#show-trash').getAttribute('aria-selected')).toBe('true');
    expect(await isOpen()).toBe(false);

    // Words in any order: 'library hide' is the library pane's toggle.
    await page.keyboard.press('Control+K');
    await page.keyboard.type('library hide');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('nav.library').isVisible()).toBe(false);

    // A filter that matches nothing says so, and Enter does nothing.
    await page.keyboard.press('Control+K');
    await page.keyboard.type('zzzz');
    expect(await page.locator('#command-palette [role=status]').textContent()).toBe('No command matches.');
    expect(await page.locator('#palette-list').isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await isOpen()).toBe(true);
  });

  it('the settings dialog gives the focus back on Escape; Ctrl+, opens it', async () => {
    const { page } = await openWithSeed();
    const dialog = page.locator('#settings-dialog');
    await page.locator('#settings-button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await focusIn(page)).toBe('none:settings-button');

    await page.locator('#note-editor').focus();
    await page.keyboard.press('Control+,');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await focusIn(page)).toBe('notes:note-editor');
  });
});
