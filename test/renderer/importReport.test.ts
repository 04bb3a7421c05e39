// The import's report in the real window: a folder with a good file, a duplicate, an empty file and a
// binary file; each listed with what happened in plain words, and "Retry refused files" after the
// analyst fixed one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/projectRoot';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { SEED_FILE, tempLibrary } from '../helpers/temp';

let session: RendererSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const GOOD = `date 2025-03-14\nMinisters meet in Vienna on water sharing\n\nVIENNA — Foreign ministers of Austria and Hungary met in Vienna on Friday.\n\n"The river belongs to all of us," Austrian Foreign Minister Karl Weber said.\n`;
const FIXED = `date 2025-03-15\nTrade talks resume on the rail corridor\n\nBUDAPEST — Trade ministers resumed talks on the rail corridor on Wednesday.\n`;

describe('the import report', () => {
  it('lists each file with its plain reason, and retries the refused ones', async () => {
    const { library, dir } = tempLibrary();
    library.importFiles([SEED_FILE]);
    const seedTitle = library.articles.get(1)!.title;
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'a-good.txt'), GOOD);
    writeFileSync(join(inbox, 'b-duplicate.txt'), readFileSync(SEED_FILE));
    writeFileSync(join(inbox, 'c-empty.txt'), '');
    writeFileSync(join(inbox, 'd-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x00, 0x10]));
    session = await launchRenderer(library, dir, async () => [inbox]);
    const { page } = session;
    await session.open();

    await page.click('#import-button');
    const dialog = page.getByRole('dialog', { name: 'Import report' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const rows = () => page.locator('#import-report-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
    expect(await rows()).toEqual([
      ['a-good.txt', 'Imported as “Ministers meet in Vienna on water sharing”'],
      ['b-duplicate.txt', `Duplicate of “${seedTitle}”, already in the library`],
      ['c-empty.txt', 'Refused: the file is empty'],
      ['d-binary.txt', 'Refused: the file is binary, not text'],
    ]);
    expect(await page.locator('#import-report-summary').textContent()).toBe('1 file imported, 1 duplicate, 2 files refused.');
    if (process.env.UPDATE_SCREENSHOTS) {
      for (const [width, height] of [[1440, 900], [1024, 640]] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: join(PROJECT_ROOT, 'docs', 'screenshots', `import-report-${width}.png`) });
      }
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    // Plain words only: no path, no URL, no stack.
    const text = (await dialog.textContent()) ?? '';
    expect(text).not.toContain(dir);
    expect(text).not.toMatch(/:\/\/|\bat \S+ \(|Error\b/);

    // The analyst fixes the empty file and retries: it is imported, the binary one is refused again.
    writeFileSync(join(inbox, 'c-empty.txt'), FIXED);
    await page.getByRole('button', { name: 'Retry refused files' }).click();
    await expect.poll(rows).toEqual([
      ['c-empty.txt', 'Imported as “Trade talks resume on the rail corridor”'],
      ['d-binary.txt', 'Refused: the file is binary, not text'],
    ]);
    expect(await page.locator('#import-report-summary').textContent()).toBe('1 file imported, 0 duplicates, 1 file refused.');
    expect(library.articles.get(3)?.title).toBe('Trade talks resume on the rail corridor');

    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });
});
