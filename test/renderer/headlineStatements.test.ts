// What a headline attributes ("Pence blames media for …") stands under the briefing's title in the
// real renderer, with the speaker the body names; an article whose headline attributes nothing has no
// such list.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { PROJECT_ROOT, suiteLibrary } from '../helpers/temp';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;

describe('headline statements', () => {
  let session: RendererSession;
  let ctx: ReturnType<typeof suiteLibrary>;

  beforeAll(async () => {
    ctx = suiteLibrary();
    const said = join(ctx.dir, 'pence.txt');
    writeFileSync(said, 'Pence blames media for the uproar over the remarks\n\nMike Pence spoke to supporters in Ohio on Monday. "We will win in November," Pence said.\n');
    const plain = join(ctx.dir, 'storm.txt');
    writeFileSync(plain, 'Storm floods coastal towns\n\nHeavy rain flooded three towns on the coast on Sunday night.\n');
    await ctx.library.importPaths([said, plain], { workers: 1 });
    session = await launchRenderer(ctx.library, ctx.dir);
    await session.open();
  });
  afterAll(async () => {
    await session?.close();
    ctx?.cleanup();
  });

  const open = async (title: string) => {
    await session.page.locator('#library-rows [role=row][data-id]', { hasText: title }).click();
    await expect.poll(() => session.page.locator('#briefing-title').textContent()).toBe(title);
  };

  it('lists the headline statement under the title, with its speaker and cue', async () => {
    await open('Pence blames media for the uproar over the remarks');
    const items = session.page.locator('.headline-claims li');
    expect(await items.allTextContents()).toEqual(['Mike Pence (blames): media for the uproar over the remarks']);
    expect(await session.page.locator('.headline-claims ul').getAttribute('aria-labelledby')).toBe('headline-label');
    expect(await session.page.locator('#headline-label').textContent()).toBe('In the headline');
    if (SCREENSHOTS) await session.page.screenshot({ path: join(SCREENSHOTS, 'headline-1440.png') });
  });

  it('shows no list when the headline attributes nothing', async () => {
    await open('Storm floods coastal towns');
    expect(await session.page.locator('.headline-claims').count()).toBe(0);
  });
});
