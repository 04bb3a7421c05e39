// The analyst corrects the analysis in the window; corrections are stored and survive re-analysis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRenderer, type RendererSession } from '../helpers/renderer';
import { SEED_DIR, suiteLibrary } from '../helpers/temp';

describe('correcting the analysis in the window', () => {
  let session: RendererSession;
  let ctx: ReturnType<typeof suiteLibrary>;

  beforeAll(async () => {
    ctx = suiteLibrary();
    ctx.library.importSeedsOnce(SEED_DIR);
    session = await launchRenderer(ctx.library, ctx.dir);
    await session.open();
  });
  afterAll(async () => {
    await session?.close();
    ctx?.cleanup();
  });

  it('shows the words that name the speaker when a quote is chosen', async () => {
    const { page } = session;
    const card = page.locator('.card.quote', { hasText: 'Kazakhstan removed the Taliban regime' });
    await card.click();
    const markId = await card.getAttribute('data-mark');
    const mention = page.locator(`#mark-m${markId!.slice(1)}`);
    await expect.poll(() => mention.textContent()).toBe('he');
    await expect.poll(() => mention.getAttribute('class')).toContain('flash');
  });

  it('corrects a speaker, marks it, and keeps it through re-analysis', async () => {
    const { page } = session;
    const wrap = page.locator('.card-wrap', { hasText: 'We consider it extremely important' });
    await wrap.getByRole('button', { name: 'Correct the speaker' }).click();
    await page.getByRole('combobox', { name: 'Speaker' }).fill('Nurlan Yermekbayev');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.card-wrap', { hasText: 'We consider it extremely important' }).textContent()).toMatch(/Nurlan Yermekbayev.*corrected/);
    expect(ctx.library.corrections.forArticle(1)).toMatchObject([{ kind: 'speaker', name: 'Nurlan Yermekbayev' }]);
    // A corrected card no longer says how the analysis named its speaker ("via “he”").
    const first = page.locator('.card-wrap', { hasText: 'Kazakhstan removed the Taliban regime' });
    expect(await first.textContent()).toContain('via “he”');
    await first.getByRole('button', { name: 'Correct the speaker' }).click();
    await page.getByRole('combobox', { name: 'Speaker' }).fill('Nurlan Yermekbayev');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.card-wrap', { hasText: 'Kazakhstan removed the Taliban regime' }).textContent()).toMatch(/Nurlan Yermekbayev.*corrected/);
    expect(await page.locator('.card-wrap', { hasText: 'Kazakhstan removed the Taliban regime' }).textContent()).not.toContain('via');

    ctx.library.db.prepare('UPDATE analyses SET version = 0').run();
    expect(await ctx.library.reanalyseStale()).toBe(1);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.locator('.card-wrap', { hasText: 'We consider it extremely important' }).textContent()).toContain('Nurlan Yermekbayev');
  });

  it('changes an entity\'s kind and aliases, and undoes a correction', async () => {
    const { page } = session;
    await page.locator('.entity-group.organization .chip', { hasText: 'Taliban' }).click();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('person');
    await page.getByRole('textbox', { name: 'Other names, separated by semicolons' }).fill('the Taliban regime');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.entity-group.person .chip', { hasText: 'Taliban' }).count()).toBe(1);
    await page.locator('.entity-group.person .chip', { hasText: 'Taliban' }).click();
    await page.getByRole('button', { name: 'Undo correction' }).click();
    await expect.poll(() => page.locator('.entity-group.organization .chip', { hasText: 'Taliban' }).count()).toBe(1);
    expect(ctx.library.corrections.forArticle(1).filter((c) => c.kind === 'entity')).toEqual([]);
  });

  it('keeps a rename when the entity is corrected again', async () => {
    const { page } = session;
    await page.locator('.entity-group.place .chip', { hasText: 'Almaty' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Almaty (city)');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.entity-group.place .chip', { hasText: 'Almaty (city)' }).count()).toBe(1);
    await page.locator('.entity-group.place .chip', { hasText: 'Almaty (city)' }).click();
    await page.getByRole('textbox', { name: 'Other names, separated by semicolons' }).fill('Alma-Ata');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.entity-group.place .chip', { hasText: 'Almaty (city)' }).getAttribute('title')).toContain('Alma-Ata');
  });
});
