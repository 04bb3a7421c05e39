// A new user's first look: an empty library says what can be imported, and there is nothing to write a note on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { suiteLibrary } from '../helpers/temp';

describe('an empty library', () => {
  let session: RendererSession;
  let cleanup = () => {};

  beforeAll(async () => {
    const ctx = suiteLibrary();
    cleanup = ctx.cleanup;
    session = await launchRenderer(ctx.library, ctx.dir);
    await session.open();
  });
  afterAll(async () => {
    await session?.close();
    cleanup();
  });

  it('lists every format it can import, and keeps the note editor disabled until an article is open', async () => {
    const { page } = session;
    const empty = page.locator('#library-list .empty');
    await expect.poll(() => empty.textContent()).toMatch(/No articles yet/);
    const text = (await empty.textContent()) ?? '';
    for (const format of ['.txt', '.md', '.html', '.pdf', '.docx']) expect(text).toContain(format);
    expect(await page.locator('#note-editor').isDisabled()).toBe(true);
  });
});
