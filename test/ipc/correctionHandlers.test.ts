// Corrections across the library over IPC (issue 14): bad payloads are refused with a clear error and
// change nothing; good ones dismiss, add, merge, split and set kinds on a real library.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/ipc/handlers';
import type { Briefing } from '../../electron/core/model';
import { SEED_FILE, tempLibrary } from '../helpers/temp';

function setup() {
  const { library } = tempLibrary();
  library.importFiles([SEED_FILE]);
  const handle = createHandlers({ library, exportBriefings: async () => null, chooseFiles: async () => null });
  const state = () => JSON.stringify([library.db.prepare('SELECT * FROM corrections').all(), library.db.prepare('SELECT * FROM entity_merges').all(), library.db.prepare('SELECT * FROM entity_kinds').all()]);
  return { library, handle, state };
}

const span = { start: 10, end: 20, quote: 'some words' };
const badCorrections: unknown[] = [
  { kind: 'dismiss-quote', start: 10, quote: 'x' },
  { kind: 'dismiss-quote', ...span, name: 'extra field' },
  { kind: 'dismiss-proposal', start: 20, end: 10, quote: 'backwards' },
  { kind: 'dismiss-entity', name: '   ' },
  { kind: 'add-quote', ...span, quote: '   ', name: 'Anna' },
  { kind: 'add-quote', start: -1, end: 5, quote: 'x', name: 'Anna' },
  { kind: 'add-proposal', ...span, name: 'Anna' },
  { kind: 'add-proposal', ...span, name: 'Anna', proposalKind: 'wish' },
  { kind: 'add-quote', ...span, name: 'x'.repeat(201) },
  { kind: 'delete-everything' },
];

describe('correction requests', () => {
  it('refuse malformed corrections, merges and kinds, changing nothing', async () => {
    const { handle, state } = setup();
    const before = state();
    for (const correction of badCorrections) {
      for (const channel of ['briefing:correct', 'briefing:undo-correction']) {
        const r = await handle(channel, { articleId: 1, correction });
        expect(r.ok ? 'accepted' : r.error.code, JSON.stringify(correction)).toBe('INVALID_REQUEST');
      }
    }
    for (const [channel, payload] of [
      ['briefing:merge-entities', { alias: 'A' }],
      ['briefing:merge-entities', { alias: '', into: 'B' }],
      ['briefing:merge-entities', { alias: 'A', into: 'B', extra: 1 }],
      ['briefing:split-alias', { alias: 42 }],
      ['briefing:set-entity-kind', { name: 'Taliban', type: 'planet' }],
      ['briefing:set-entity-kind', { name: 'Taliban' }],
      ['briefing:list-dismissed', { articleId: 0 }],
    ] as const) {
      const r = await handle(channel, payload);
      expect(r.ok ? 'accepted' : r.error.code, `${channel} ${JSON.stringify(payload)}`).toBe('INVALID_REQUEST');
    }
    // Well formed but wrong: a clear error, nothing stored.
    expect(await handle('briefing:merge-entities', { alias: 'Taliban', into: 'taliban' })).toMatchObject({ ok: false, error: { code: 'INVALID_MERGE', message: expect.stringMatching(/same name/) } });
    expect(await handle('briefing:split-alias', { alias: 'Nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await handle('briefing:list-dismissed', { articleId: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(state()).toBe(before);
  });

  it('dismiss, restore, add, merge, split and set kinds', async () => {
    const { handle, library } = setup();
    const body = library.articles.get(1)!.body;
    const entity = { kind: 'dismiss-entity', name: 'Taliban' };
    const dismissed = await handle('briefing:correct', { articleId: 1, correction: entity });
    expect(dismissed.ok && (dismissed.value as Briefing).analysis.entities.some((e) => e.name === 'Taliban')).toBe(false);
    expect(await handle('briefing:list-dismissed', { articleId: 1 })).toEqual({ ok: true, value: [{ what: 'entity', label: 'Taliban', correction: entity }] });
    const restored = await handle('briefing:undo-correction', { articleId: 1, correction: entity });
    expect(restored.ok && (restored.value as Briefing).analysis.entities.some((e) => e.name === 'Taliban')).toBe(true);

    const added = await handle('briefing:correct', { articleId: 1, correction: { kind: 'add-proposal', start: 0, end: 13, quote: body.slice(0, 13), name: 'Someone', proposalKind: 'plan' } });
    expect(added.ok && (added.value as Briefing).analysis.added).toMatchObject({ p0: { kind: 'add-proposal' } });

    expect(await handle('briefing:merge-entities', { alias: 'CSTO', into: 'Collective Security Treaty Organization' })).toEqual({ ok: true, value: { merges: [{ alias: 'CSTO', into: 'Collective Security Treaty Organization' }], replaced: null } });
    expect(await handle('briefing:list-merges', {})).toMatchObject({ ok: true, value: [{ alias: 'CSTO' }] });
    expect(await handle('briefing:split-alias', { alias: 'csto' })).toEqual({ ok: true, value: { merges: [], removed: { alias: 'CSTO', into: 'Collective Security Treaty Organization' } } });
    expect(await handle('briefing:set-entity-kind', { name: 'Taliban', type: 'person' })).toEqual({ ok: true, value: { previous: null } });
    expect(await handle('briefing:set-entity-kind', { name: 'Taliban', type: null })).toEqual({ ok: true, value: { previous: 'person' } });
  });
});
