// The entity page's channel on a real library: true totals, filters by kind, words and date, grouping by
// article newest first, and refusals of bad payloads with a code.
import { describe, expect, it } from 'vitest';
import type { EntityPageView } from '../../electron/core/search/entityPageTypes';
import { createHandlers } from '../../electron/ipc/handlers';
import { importEntityArticles } from '../helpers/entityArticles';
import { tempLibrary } from '../helpers/temp';

describe('entity page handler', () => {
  it('answers the name’s quotes and proposals with totals, and applies each filter', async () => {
    const { library, dir } = tempLibrary();
    const ids = importEntityArticles(library, dir);
    const handle = createHandlers({ library, exportBriefings: async () => null, chooseFiles: async () => null });
    const page = async (request: object) => {
      const r = await handle('briefing:entity-page', request);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as EntityPageView;
    };
    // Any capitalisation finds the name; the page spells it as the library does.
    const all = await page({ name: 'kassym-jomart tokayev' });
    expect(all).toMatchObject({ name: 'Kassym-Jomart Tokayev', types: ['person'], totals: { quotes: 12, proposals: 9, articles: 3 }, mentionedIn: 3, more: false });
    expect(all.matching).toEqual(all.totals);
    // Grouped by article, newest first; within an article, in reading order.
    expect(all.groups.map((g) => g.articleId)).toEqual([ids.grain, ids.seed, ids.bridge]);
    expect(all.groups[0]!.rows.map((r) => r.text)).toEqual(['The grain harvest this year is the best in a decade,', 'Farmers deserve cheaper credit and new storage,']);
    const starts = all.groups[1]!.rows.map((r) => r.start!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // The timeline counts every month of the span, empty ones included.
    expect(all.months.map((m) => `${m.month}:${m.count}`)).toEqual(['2024-03:4', '2024-04:0', '2024-05:0', '2024-06:15', '2024-07:0', '2024-08:0', '2024-09:2']);

    const proposals = await page({ name: 'Kassym-Jomart Tokayev', kind: 'proposal' });
    expect(proposals.matching).toEqual({ quotes: 0, proposals: 9, articles: 2 });
    expect(proposals.totals).toEqual(all.totals);
    expect(proposals.groups.flatMap((g) => g.rows).every((r) => r.kind === 'proposal')).toBe(true);

    const words = await page({ name: 'Kassym-Jomart Tokayev', words: 'GRAIN decade' });
    expect(words.matching).toEqual({ quotes: 1, proposals: 0, articles: 1 });
    expect(words.groups[0]!.rows[0]!.text).toMatch(/grain harvest/);
    // A word matches where a word begins ("harv" finds "harvest", "arvest" finds nothing), as the index does.
    expect((await page({ name: 'Kassym-Jomart Tokayev', words: 'harv' })).matching.quotes).toBe(1);
    expect((await page({ name: 'Kassym-Jomart Tokayev', words: 'arvest' })).matching).toEqual({ quotes: 0, proposals: 0, articles: 0 });
    // Pieces that are no word (punctuation, a lone quotation mark) do not break the query.
    expect((await page({ name: 'Kassym-Jomart Tokayev', words: '" -- grain' })).matching.quotes).toBe(1);

    const dated = await page({ name: 'Kassym-Jomart Tokayev', from: '2024-03-01', to: '2024-03-31' });
    expect(dated.matching).toEqual({ quotes: 2, proposals: 2, articles: 1 });
    expect(dated.groups.map((g) => g.articleId)).toEqual([ids.bridge]);
    expect(dated.matchingArticleIds).toEqual([ids.bridge]);
    expect(all.matchingArticleIds).toEqual([ids.grain, ids.seed, ids.bridge]);
    // The strip keeps the whole span, so the range chosen can be seen within it.
    expect(dated.months).toEqual(all.months);

    // The limit cuts the rows listed, never the counts.
    const cut = await page({ name: 'Kassym-Jomart Tokayev', limit: 3 });
    expect(cut.groups.flatMap((g) => g.rows)).toHaveLength(3);
    expect(cut).toMatchObject({ more: true, matching: all.totals });
    // "Add to pack" with nothing ticked adds every matching article, also those past the rows listed.
    expect(cut.matchingArticleIds).toEqual(all.matchingArticleIds);

    const nobody = await page({ name: 'Nobody Known' });
    expect(nobody).toMatchObject({ name: 'Nobody Known', types: [], totals: { quotes: 0, proposals: 0, articles: 0 }, mentionedIn: 0, groups: [], months: [] });
  });

  it('leaves out an article in the trash, and shows it again once restored', async () => {
    const { library, dir } = tempLibrary();
    const ids = importEntityArticles(library, dir);
    const handle = createHandlers({ library, exportBriefings: async () => null, chooseFiles: async () => null });
    const page = async () => {
      const r = await handle('briefing:entity-page', { name: 'Kassym-Jomart Tokayev' });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as EntityPageView;
    };
    const before = await page();
    expect(await handle('briefing:trash-articles', { articleIds: [ids.grain] })).toMatchObject({ ok: true, value: { moved: 1 } });
    const trashed = await page();
    // The grain article held 2 quotes: they leave the totals, the rows, the timeline and "mentioned in".
    expect(trashed.totals).toEqual({ quotes: before.totals.quotes - 2, proposals: before.totals.proposals, articles: before.totals.articles - 1 });
    expect(trashed.mentionedIn).toBe(before.mentionedIn - 1);
    expect(trashed.groups.map((g) => g.articleId)).not.toContain(ids.grain);
    expect(trashed.matchingArticleIds).not.toContain(ids.grain);
    await handle('briefing:restore-articles', { articleIds: [ids.grain] });
    expect((await page()).totals).toEqual(before.totals);
  });

  it('refuses bad payloads and bad dates with a code', async () => {
    const { library } = tempLibrary();
    const handle = createHandlers({ library, exportBriefings: async () => null, chooseFiles: async () => null });
    for (const bad of [{}, { name: '' }, { name: '   ' }, { name: 7 }, { name: 'x'.repeat(201) }, { name: 'Tokayev', kind: 'note' }, { name: 'Tokayev', limit: 0 }, { name: 'Tokayev', words: 'w'.repeat(201) }, { name: 'Tokayev', sql: 'DROP TABLE articles' }]) {
      expect(await handle('briefing:entity-page', bad)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await handle('briefing:entity-page', { name: 'Tokayev', from: 'June' })).toMatchObject({ ok: false, error: { code: 'BAD_QUERY', message: expect.stringMatching(/From must be a date/) } });
    expect(await handle('briefing:entity-page', { name: 'Tokayev', from: '2025-01-01', to: '2024-01-01' })).toMatchObject({ ok: false, error: { code: 'BAD_QUERY', message: expect.stringMatching(/empty/) } });
  });
});
