// The window's layout in the real renderer: it fits small and zoomed windows without sideways
// scrolling, the splitters resize the side panes by pointer and by keyboard, the panes collapse, and
// the sizes, the collapsed panes and the notes view are remembered across a reload.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession, type RendererViewport } from '../helpers/renderer';
import { PROJECT_ROOT, SEED_DIR, tempLibrary } from '../helpers/temp';

let session: RendererSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;

async function openWithSeed(view: RendererViewport = {}) {
  const { library, dir } = tempLibrary();
  library.importSeedsOnce(SEED_DIR);
  library.notes.create(1, '## Assessment\n\n- Tokayev is **courting** Kabul\n- a long line without spaces: https://example.org/a/very/long/path/that/does/not/break/anywhere/at/all');
  session = await launchRenderer(library, dir, async () => null, view);
  await session.open();
  await session.page.locator('.card.quote').first().waitFor();
  await session.page.locator('#note-preview strong').waitFor();
  return { library, page: session.page };
}

/** Every scrolling box that scrolls sideways (the page, the panes and what they hold), by a selector. */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [document.scrollingElement!, ...document.querySelectorAll('.topbar, .layout, .layout > *, #library-scroll, .notes-browser, #search-results, #note-preview, #note-editor, .fulltext')];
    return boxes
      .filter((el) => el.getClientRects().length && el.scrollWidth > el.clientWidth)
      .map((el) => {
        // Names the widest thing sticking out, to say what to fix.
        const right = el.getBoundingClientRect().left + el.clientWidth;
        const culprit = [...el.querySelectorAll('*')].filter((c) => c.getBoundingClientRect().right > right + 1).pop();
        const name = (e: Element | undefined) => (e ? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className}` : '?');
        return `${name(el)}: ${el.scrollWidth} > ${el.clientWidth} (${name(culprit)})`;
      });
  });
}

/** Toolbar controls that are outside the viewport or covered by something else at their centre. */
function unreachableControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.topbar button, .topbar select, .preview-head button, .note-actions button, .view-switch button')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const inside = r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      const hit = inside ? document.elementFromPoint(x, y) : null;
      return inside && hit && (hit === el || el.contains(hit)) ? [] : [`${el.id || el.textContent}`];
    }),
  );
}

const widthOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().width);

describe('layout', () => {
  // 960×600 at 100%; 1440×900 at 150% zoom; 960×600 at 150% zoom. Zoom in Electron divides the window
  // into fewer CSS pixels at a higher device pixel ratio, which is what a 960×600 or 640×400 CSS-pixel
  // viewport at deviceScaleFactor 1.5 gives Chromium: the same layout, drawn at the same pixel size.
  const windows = [
    { name: 'window-960x600', viewport: { width: 960, height: 600 }, deviceScaleFactor: 1 },
    { name: 'window-1440x900-zoom150', viewport: { width: 960, height: 600 }, deviceScaleFactor: 1.5 },
    { name: 'window-zoom150', viewport: { width: 640, height: 400 }, deviceScaleFactor: 1.5 },
  ];
  for (const w of windows) {
    it(`fits ${w.name}: no sideways scrolling, every toolbar control in reach`, async () => {
      const { page } = await openWithSeed(w);
      expect(await page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([w.viewport.width, w.deviceScaleFactor]);
      expect(await sidewaysOverflow(page)).toEqual([]);
      expect(await unreachableControls(page)).toEqual([]);
      // The briefing keeps a readable width beside both side panes: 24rem, or 45% of a small window.
      expect(await widthOf(page, '#briefing')).toBeGreaterThanOrEqual(Math.min(384, w.viewport.width * 0.45) - 1);
      if (SCREENSHOTS) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `${w.name}.png`) });
      }

      // The other library views and the search results fit too.
      await page.click('#show-notes');
      await page.locator('.note-item').first().waitFor();
      expect(await sidewaysOverflow(page)).toEqual([]);
      await page.click('#show-articles');
      await page.fill('#search-box', 'Tokayev');
      await page.press('#search-box', 'Enter');
      await page.locator('.search-group').first().waitFor();
      expect(await sidewaysOverflow(page)).toEqual([]);
      expect(await unreachableControls(page)).toEqual([]);
    });
  }

  it('resizes the side panes by keyboard and pointer, collapses them, and remembers it all after a reload', async () => {
    const { library, page } = await openWithSeed();
    const splitter = page.locator('#splitter-library');
    expect(await splitter.getAttribute('role')).toBe('separator');
    expect(await splitter.getAttribute('aria-valuenow')).toBe('17.5');
    const libraryBefore = await widthOf(page, 'nav.library');

    // Keyboard: two steps to the right widen the library by 2rem.
    await splitter.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await splitter.getAttribute('aria-valuenow')).toBe('19.5');
    expect(await widthOf(page, 'nav.library')).toBeCloseTo(libraryBefore + 32, 0);

    // Pointer: dragging the notes splitter 80px to the left widens the notes by 80px (to the quarter rem).
    const notesBefore = await widthOf(page, 'aside.notes');
    const box = (await page.locator('#splitter-notes').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 40, box.y + 200, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 - 80, box.y + 200, { steps: 4 });
    await page.mouse.up();
    expect(Math.abs((await widthOf(page, 'aside.notes')) - notesBefore - 80)).toBeLessThanOrEqual(4);
    const notesWidth = Number(await page.locator('#splitter-notes').getAttribute('aria-valuenow'));
    expect(notesWidth).toBeCloseTo((notesBefore + 80) / 16, 0);

    // Collapse the library from the toolbar: the briefing takes its room.
    const briefingBefore = await widthOf(page, '#briefing');
    await page.click('#toggle-library');
    await expect.poll(() => page.locator('nav.library').isVisible()).toBe(false);
    expect(await page.locator('#toggle-library').getAttribute('aria-expanded')).toBe('false');
    expect(await widthOf(page, '#briefing')).toBeGreaterThan(briefingBefore + 250);

    // The notes show the preview only.
    await page.click('.note-view-button[data-view="preview"]');
    expect(await page.locator('#note-editor').isVisible()).toBe(false);
    expect(await page.locator('#note-preview').isVisible()).toBe(true);

    // Saved in the library's settings (a moment after the last change), and applied after a reload.
    await expect.poll(() => library.settings.get().layout).toEqual({ libraryWidth: 19.5, notesWidth, libraryCollapsed: true, notesCollapsed: false, notesView: 'preview' });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('nav.library').isVisible()).toBe(false);
    expect(await page.locator('#note-editor').isVisible()).toBe(false);
    expect(await page.locator('.note-view-button[data-view="preview"]').getAttribute('aria-pressed')).toBe('true');
    expect(await widthOf(page, 'aside.notes')).toBeCloseTo(notesWidth * 16, 0);
    if (SCREENSHOTS) {
      await page.screenshot({ path: join(SCREENSHOTS, 'layout-collapsed-1440.png') });
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.screenshot({ path: join(SCREENSHOTS, 'layout-collapsed-1024.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }

    // Enter on the focused splitter shows the library again, at its remembered width.
    await page.locator('#splitter-library').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('nav.library').isVisible()).toBe(true);
    expect(await widthOf(page, 'nav.library')).toBeCloseTo(19.5 * 16, 0);
  });

  it('editor only, preview only, or both side by side when the notes pane is wide enough', async () => {
    const { page } = await openWithSeed();
    const top = (selector: string) => page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().top));
    await page.click('.note-view-button[data-view="edit"]');
    expect([await page.locator('#note-editor').isVisible(), await page.locator('#note-preview').isVisible()]).toEqual([true, false]);
    await page.click('.note-view-button[data-view="split"]');
    // At the default width (23.75rem) they are one above the other; at 36rem side by side.
    expect(await top('#note-preview')).toBeGreaterThan(await top('#note-editor'));
    await page.locator('#splitter-notes').focus();
    for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#splitter-notes').getAttribute('aria-valuenow')).toBe('36.75');
    expect(await top('#note-preview')).toBe(await top('#note-editor'));
    expect(await sidewaysOverflow(page)).toEqual([]);
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'notes-side-by-side-1440.png') });
    }

    // Going to the notes (Ctrl+J) from the preview-only view brings the editor back to type in.
    await page.click('.note-view-button[data-view="preview"]');
    expect(await page.locator('#note-editor').isVisible()).toBe(false);
    await page.keyboard.press('Control+J');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('note-editor');
    expect(await page.locator('.note-view-button[data-view="split"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('refuses a layout outside the pane range, and keeps the one saved', async () => {
    const { library, page } = await openWithSeed();
    const result = await page.evaluate(() =>
      window.briefing.updateSettings({ layout: { libraryWidth: 5000, notesWidth: 20, libraryCollapsed: false, notesCollapsed: false, notesView: 'edit' } }),
    );
    expect(result.ok).toBe(false);
    expect(library.settings.get().layout.libraryWidth).toBe(17.5);
  });
});
