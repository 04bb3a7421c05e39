// Dismissals, passages added from a selection, and merges across the library: laid over every briefing,
// kept through re-analysis, and seen by search and entity pages (issue 14).
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../electron/core/corrections';
import type { Analysis } from '../../../electron/core/analysis/types';
import { SEED_FILE, tempLibrary } from '../../helpers/temp';
import { importEntityArticles } from '../../helpers/entityArticles';

const BODY = '"We will return," the minister said. Berg called for talks. NATO met. Ann Lee wants peace now.';
const analysis: Analysis = {
  version: 1,
  summary: [],
  quotes: [{ text: 'We will return,', start: 1, end: 16, kind: 'direct', speaker: null, cue: { text: 'said', start: 31, end: 35 } }],
  proposals: [{ text: 'talks', start: 53, end: 58, actor: { name: 'Berg' } }],
  entities: [
    { name: 'Berg', type: 'person', aliases: [], mentions: [{ start: 37, end: 41 }] },
    { name: 'NATO', type: 'place', aliases: [], mentions: [{ start: 60, end: 64 }] },
  ],
};

describe('dismissals and added passages over an analysis', () => {
  it('hides a dismissed quote, proposal and entity, and lists them to restore', () => {
    const out = applyCorrections(analysis, [
      { kind: 'dismiss-quote', start: 1, end: 16, quote: 'We will return,' },
      { kind: 'dismiss-proposal', start: 53, end: 58, quote: 'talks' },
      { kind: 'dismiss-entity', name: 'nato' },
    ]);
    expect(out.quotes).toEqual([]);
    expect(out.proposals).toEqual([]);
    expect(out.entities.map((e) => e.name)).toEqual(['Berg']);
    expect(out.dismissed.map((d) => [d.what, d.label])).toEqual([['quote', 'We will return,'], ['proposal', 'talks'], ['entity', 'nato']]);
  });

  it('adds a quote and a proposal in text order, marked as added, and later corrections index the final list', () => {
    const out = applyCorrections(
      analysis,
      [
        { kind: 'add-proposal', start: BODY.indexOf('peace now.'), end: BODY.indexOf('peace now.') + 10, quote: 'peace now.', name: 'Ann Lee', proposalKind: 'call' },
        { kind: 'add-quote', start: 0, end: 17, quote: '"We will return,"', name: 'Anna Berg' },
        { kind: 'add-proposal', start: 37, end: 49, quote: 'Berg called', name: 'Berg', proposalKind: 'plan' },
        { kind: 'actor', start: 53, end: 58, quote: 'talks', name: 'Someone' },
      ],
      BODY,
    );
    // The added quote overlaps the analysis's own one: not shown twice, it takes the analyst's speaker.
    expect(out.quotes).toHaveLength(1);
    expect(out.quotes[0]!.speaker?.name).toBe('Anna Berg');
    expect(out.proposals.map((p) => [p.text, p.actor?.name, p.kind])).toEqual([['Berg called', 'Berg', 'plan'], ['talks', 'Someone', undefined], ['peace now.', 'Ann Lee', 'call']]);
    expect(Object.keys(out.added).sort()).toEqual(['p0', 'p2', 'q0']);
    expect(out.corrected).toContain('p1');
  });

  it('finds an added passage again by its words when its offsets no longer hold, and drops one whose words are gone', () => {
    const out = applyCorrections(
      analysis,
      [
        { kind: 'add-quote', start: 5, end: 15, quote: 'peace now.', name: 'Ann Lee' },
        { kind: 'add-proposal', start: 0, end: 5, quote: 'not in the text', name: null, proposalKind: 'plan' },
      ],
      BODY,
    );
    expect(out.quotes.map((q) => [q.text, q.start, q.end])).toEqual([['We will return,', 1, 16], ['peace now.', BODY.indexOf('peace now.'), BODY.indexOf('peace now.') + 10]]);
    expect(out.proposals).toHaveLength(1);
  });

  it('merges names across the library: one entity, its speakers and actors under the name merged into', () => {
    const out = applyCorrections(analysis, [], BODY, { merges: new Map([['berg', { alias: 'Berg', into: 'Anna Berg' }], ['nato', { alias: 'NATO', into: 'Berg' }]]), kinds: new Map([['anna berg', 'person']]) });
    expect(out.entities.map((e) => [e.name, e.aliases])).toEqual([['Anna Berg', ['Berg', 'NATO']]]);
    expect(out.entities[0]!.mentions).toHaveLength(2);
    expect(out.proposals[0]!.actor?.name).toBe('Anna Berg');
  });
});

describe('corrections across the library', () => {
  function seeded() {
    const { library } = tempLibrary();
    library.importFiles([SEED_FILE]);
    return library;
  }
  const quoteHits = (library: ReturnType<typeof seeded>, query: string, speaker?: string) =>
    library.search({ query, ...(speaker ? { speaker } : {}) }).groups.flatMap((g) => g.hits).filter((h) => h.kind === 'quote' || h.kind === 'proposal');

  it('keeps dismissals and added passages through re-analysis, in the briefing, search and entity pages', async () => {
    const library = seeded();
    const body = library.articles.get(1)!.body;
    const taliban = library.briefing(1)!.analysis.quotes.find((q) => q.text.includes('Taliban regime'))!;
    expect(quoteHits(library, 'Taliban', 'Tokayev')).toHaveLength(1);
    library.corrections.save(1, { kind: 'dismiss-quote', start: taliban.start, end: taliban.end, quote: taliban.text });
    library.corrections.save(1, { kind: 'dismiss-entity', name: 'Kazinform News Agency' });
    const words = 'Kazakhstan is also determined';
    const at = body.indexOf(words);
    library.corrections.save(1, { kind: 'add-quote', start: at, end: at + words.length, quote: words, name: 'Erlan Karin' });

    const check = () => {
      const briefing = library.briefing(1)!;
      expect(briefing.analysis.quotes.some((q) => q.text.includes('Taliban regime'))).toBe(false);
      expect(briefing.analysis.entities.some((e) => e.name === 'Kazinform News Agency')).toBe(false);
      expect(briefing.analysis.dismissed.map((d) => d.what).sort()).toEqual(['entity', 'quote']);
      const added = briefing.analysis.quotes.find((q) => q.text === words)!;
      expect(added.speaker?.name).toBe('Erlan Karin');
      expect(Object.values(briefing.analysis.added)).toHaveLength(1);
      // Search: the dismissed quote is no longer Tokayev's words; the added one is Karin's.
      expect(quoteHits(library, 'Taliban', 'Tokayev')).toEqual([]);
      expect(quoteHits(library, 'determined', 'Karin').map((h) => h.speaker)).toEqual(['Erlan Karin']);
      expect(library.search.entity('Erlan Karin').quotes.map((q) => q.text)).toEqual([words]);
      expect(library.search.entity('Kassym-Jomart Tokayev').quotes.some((q) => q.text.includes('Taliban regime'))).toBe(false);
      expect(library.search.entity('Kazinform News Agency').articles).toEqual([]);
    };
    check();
    library.db.prepare('UPDATE analyses SET version = 0').run();
    expect(await library.reanalyseStale()).toBe(1);
    check();

    // Undone, everything is as the analysis has it again.
    for (const c of library.corrections.forArticle(1)) library.corrections.remove(1, c);
    expect(quoteHits(library, 'Taliban', 'Tokayev')).toHaveLength(1);
    expect(library.search.entity('Erlan Karin').quotes).toEqual([]);
    expect(library.search.entity('Kazinform News Agency').articles).toHaveLength(1);
  });

  it('merges one name into another for the whole library, and splits it again', () => {
    const library = seeded();
    const council = 'Council of the CSTO Parliamentary Assembly';
    const csto = 'Collective Security Treaty Organization';
    const before = library.search.entity(csto);
    expect(before.proposals).toEqual([]);
    expect(quoteHits(library, 'reinforce', 'Collective Security')).toEqual([]);

    expect(library.entityMerges.merge(council, csto)).toBeNull();
    const page = library.search.entity(csto);
    expect(page.aliases).toEqual([council]);
    expect(page.proposals.map((p) => p.text)).toContain('reinforce the CSTO');
    expect(page.articles).toHaveLength(1);
    // The merged name's page is the same page.
    expect(library.search.entity(council.toUpperCase()).name).toBe(csto);
    expect(quoteHits(library, 'reinforce', 'Collective Security').map((h) => h.speaker)).toEqual([csto]);
    const briefing = library.briefing(1)!;
    expect(briefing.analysis.entities.some((e) => e.name === council)).toBe(false);
    expect(briefing.analysis.entities.find((e) => e.name === csto)!.aliases).toContain(council);
    expect(briefing.analysis.proposals.filter((p) => p.actor?.name === csto)).toHaveLength(2);

    // A cycle is refused: the CSTO is now one of the names of... the name merged into it.
    expect(() => library.entityMerges.merge(csto, council)).toThrow(/already one of its names/);
    expect(() => library.entityMerges.merge(csto, csto.toLowerCase())).toThrow(/same name/);

    expect(library.entityMerges.split(council)).toEqual({ alias: council, into: csto });
    expect(library.entityMerges.split(council)).toBeNull();
    expect(library.search.entity(csto).proposals).toEqual([]);
    expect(library.briefing(1)!.analysis.entities.some((e) => e.name === council)).toBe(true);
  });

  it('sets a kind for the whole library, and undoes it', () => {
    const library = seeded();
    expect(library.entityMerges.setKind('taliban', 'person')).toBeNull();
    expect(library.briefing(1)!.analysis.entities.find((e) => e.name === 'Taliban')!.type).toBe('person');
    expect(library.search.entity('Taliban').types).toEqual(['person']);
    expect(library.entityMerges.setKind('Taliban', null)).toBe('person');
    expect(library.briefing(1)!.analysis.entities.find((e) => e.name === 'Taliban')!.type).toBe('organization');
  });

  it('a search filtered by an entity also finds the articles of the names merged into it', () => {
    const { library, dir } = tempLibrary();
    const ids = importEntityArticles(library, dir);
    const found = () => library.search({ query: 'water OR grain', entity: 'Kassym-Jomart Tokayev' }).groups.map((g) => g.article.id).sort();
    // Tokayev is named in the grain article, not in the water talks (Murat Nurtleu's).
    expect(found()).toEqual([ids.grain]);
    library.entityMerges.merge('Murat Nurtleu', 'Kassym-Jomart Tokayev');
    expect(found()).toEqual([ids.grain, ids.water].sort());
    library.entityMerges.split('Murat Nurtleu');
    expect(found()).toEqual([ids.grain]);
  });
});
