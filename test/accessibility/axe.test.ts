// axe-core, through Playwright, on the real renderer: no serious or critical violation on the library,
// briefing and notes views, in the light and the dark colour scheme (contrast is checked in both).
// Legacy mode: the renderer helper's page comes from browser.newPage(), and the window has no frames.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { SEED_DIR, tempLibrary } from '../helpers/temp';

let session: RendererSession;
beforeAll(async () => {
  const { library, dir } = tempLibrary();
  library.importSeedsOnce(SEED_DIR);
  library.notes.create(1, '## Assessment\n\n- Tokayev is **courting** Kabul\n- watch the [Almaty centre](https://example.org)');
  session = await launchRenderer(library, dir);
  await session.open();
  await session.page.locator('.card.quote').nth(1).waitFor();
  await session.page.locator('#note-preview strong').waitFor();
});
afterAll(() => session?.close());

async function seriousViolations(include: string) {
  const result = await new AxeBuilder({ page: session.page }).setLegacyMode(true).include(include).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`${scheme} colour scheme`, () => {
      beforeAll(() => session.page.emulateMedia({ colorScheme: scheme }));

      it('library view', async () => {
        expect(await seriousViolations('.library')).toEqual([]);
      });
      it('briefing view', async () => {
        expect(await seriousViolations('#briefing')).toEqual([]);
      });
      it('notes view', async () => {
        expect(await seriousViolations('.notes')).toEqual([]);
      });
      it('the whole window, with the top bar and status line', async () => {
        expect(await seriousViolations('body')).toEqual([]);
      });
    });
  }
});
