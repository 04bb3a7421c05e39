import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../electron/core/corrections';
import type { Analysis } from '../../electron/core/analysis/types';
import { SEED_FILE, tempLibrary } from '../helpers/temp';

const TEXT = '"We will return," the minister said. Berg called for talks. NATO met.';
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

describe('applyCorrections', () => {
  it('sets a speaker the analysis missed, an actor, and an entity kind, marking what changed', () => {
    const out = applyCorrections(analysis, [
      { kind: 'speaker', start: 1, end: 16, quote: 'We will return,', name: 'Anna Berg' },
      { kind: 'actor', start: 53, end: 58, quote: 'talks', name: null },
      { kind: 'entity', name: 'nato', type: 'organization', aliases: ['North Atlantic Treaty Organization'] },
    ]);
    expect(out.quotes[0]!.speaker?.name).toBe('Anna Berg');
    expect(out.proposals[0]!.actor).toBeNull();
    expect(out.entities[1]).toMatchObject({ name: 'NATO', type: 'organization', aliases: ['North Atlantic Treaty Organization'] });
    expect(out.corrected.sort()).toEqual(['e:nato', 'p0', 'q0']);
    expect(analysis.quotes[0]!.speaker).toBeNull(); // the stored analysis is not changed
    expect(TEXT.slice(1, 16)).toBe('We will return,');
  });

  it('finds a corrected quote again when re-analysis moved its span, by text or by overlap', () => {
    const moved: Analysis = { ...analysis, quotes: [{ ...analysis.quotes[0]!, start: 0, end: 17, text: '"We will return,"' }] };
    const out = applyCorrections(moved, [{ kind: 'speaker', start: 1, end: 16, quote: 'We will return,', name: 'Anna Berg' }]);
    expect(out.quotes[0]!.speaker?.name).toBe('Anna Berg');
    // Undo and re-correction address the stored correction, not the moved span.
    expect(out.spanCorrections.q0).toMatchObject({ start: 1, end: 16 });
  });

  it('renames an entity, keeping the old name as an alias and following it in speakers and actors', () => {
    const out = applyCorrections(analysis, [{ kind: 'entity', name: 'Berg', rename: 'Anna Berg' }]);
    expect(out.entities[0]).toMatchObject({ name: 'Anna Berg', aliases: ['Berg'] });
    expect(out.proposals[0]!.actor?.name).toBe('Anna Berg');
  });
});

describe('corrections in the library', () => {
  it('survive re-analysis of the article', async () => {
    const { library } = tempLibrary();
    library.importFiles([SEED_FILE]);
    const before = library.briefing(1)!;
    const q = before.analysis.quotes.find((x) => x.kind === 'direct')!;
    library.corrections.save(1, { kind: 'speaker', start: q.start, end: q.end, quote: q.text, name: 'Somebody Else' });
    library.corrections.save(1, { kind: 'entity', name: 'Taliban', type: 'organization', aliases: ['the Taliban regime'] });
    // A newer analysis version arrives: the stored analysis is replaced.
    library.db.prepare('UPDATE analyses SET version = 0').run();
    expect(await library.reanalyseStaleInBackground()).toBe(1);
    expect(await library.reanalyseStale()).toBe(0);
    const after = library.briefing(1)!;
    expect(after.analysis.quotes.find((x) => x.text === q.text)?.speaker?.name).toBe('Somebody Else');
    expect(after.analysis.entities.find((e) => e.name === 'Taliban')?.aliases).toEqual(['the Taliban regime']);
    library.corrections.remove(1, { kind: 'speaker', start: q.start, end: q.end, quote: q.text, name: null });
    expect(library.briefing(1)!.analysis.quotes.find((x) => x.text === q.text)?.speaker?.name).toBe('Kassym-Jomart Tokayev');
  });
});
