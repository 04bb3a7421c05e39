// The search and import-job channels on a real library: answers, refusals with codes, one import at a
// time, cancel, progress.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../electron/core/importer/importJob';
import { createHandlers } from '../../electron/ipc/handlers';
import { SEED_FILE, tempLibrary } from '../helpers/temp';
import { importFixtures } from '../core/search/fixtures';

describe('search and import handlers', () => {
  it('search answers grouped results, and refuses bad queries and payloads with a code', async () => {
    const { library, dir } = tempLibrary();
    importFixtures(library, dir);
    const handle = createHandlers({ library, exportBriefings: async () => null, chooseFiles: async () => null });
    const found = await handle('briefing:search', { query: '"water management"', from: '2024-01-01' });
    expect(found.ok && (found.value as { groups: unknown[] }).groups).toHaveLength(2);
    expect(await handle('briefing:search', { query: '"water' })).toMatchObject({ ok: false, error: { code: 'BAD_QUERY', message: expect.stringMatching(/not closed/) } });
    expect(await handle('briefing:search', { query: 'water', from: 'June' })).toMatchObject({ ok: false, error: { code: 'BAD_FILTER' } });
    for (const bad of [{}, { query: 1 }, { query: 'x'.repeat(501) }, { query: 'water', limit: 0 }, { query: 'water', sql: 'DROP TABLE articles' }]) {
      expect(await handle('briefing:search', bad)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
  });

  it('runs one import at a time, sends progress, and cancels', async () => {
    const { library, dir } = tempLibrary();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const seed = readFileSync(SEED_FILE, 'utf8');
    for (let i = 0; i < 300; i++) writeFileSync(join(inbox, `a${i}.txt`), `${seed}\n\nItem ${i}.`);
    const progress: ImportProgress[] = [];
    let changed = 0;
    const handle = createHandlers({
      library,
      exportBriefings: async () => null,
      chooseFiles: async () => [inbox],
      importProgress: (p) => progress.push(p),
      libraryChanged: () => changed++,
    });
    expect(await handle('briefing:cancel-import', {})).toEqual({ ok: true, value: { cancelled: false } });
    const first = handle('briefing:choose-and-import', {});
    // The first import is under way (its files are listed and the first progress sent) before these.
    await new Promise((resolve) => setImmediate(resolve));
    expect(await handle('briefing:import-paths', { paths: [inbox] })).toMatchObject({ ok: false, error: { code: 'IMPORT_RUNNING' } });
    expect(await handle('briefing:cancel-import', {})).toEqual({ ok: true, value: { cancelled: true } });
    const report = await first;
    expect(report.ok).toBe(true);
    const value = report.ok ? (report.value as { cancelled: boolean; imported: number; notStarted: number }) : null;
    expect(value?.cancelled).toBe(true);
    expect(value!.imported + value!.notStarted).toBe(300);
    expect(progress[0]).toMatchObject({ total: 300, done: 0 });
    expect(changed).toBe(value!.imported > 0 ? 1 : 0);
    // The next import finishes the rest.
    const rest = await handle('briefing:import-paths', { paths: [inbox] });
    expect(rest.ok && (rest.value as { imported: number; duplicates: number })).toMatchObject({ imported: 300 - value!.imported, duplicates: value!.imported });
  }, 120_000);
});
