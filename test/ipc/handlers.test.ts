// Every channel refuses malformed, oversized and wrong-typed payloads with a clear error and leaves
// the database as it was; good payloads work end to end on a real library.
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/ipc/contract';
import { createHandlers } from '../../electron/ipc/handlers';
import { SEED_FILE, tempLibrary } from '../helpers/temp';

function setup() {
  const { library } = tempLibrary();
  library.importFiles([SEED_FILE]);
  const handle = createHandlers({ library, exportBriefings: async () => ({ path: '/tmp/x.pdf' }), chooseFiles: async () => null });
  const state = () => JSON.stringify(library.db.prepare('SELECT * FROM notes').all()) + JSON.stringify(library.db.prepare('SELECT id, content_hash FROM articles').all()) + JSON.stringify(library.db.prepare('SELECT * FROM settings').all());
  return { library, handle, state };
}

const bad: unknown[] = [null, 42, 'text', [], { extra: true }, { articleId: -1 }, { articleId: 1.5 }, { articleId: '1' }, { noteId: 1e20 }, { body: 'x'.repeat(1_000_001), articleId: 1 }, { paths: [] }, { pageSize: 'A3' }, { __proto__: { articleId: 1 } }];

describe('IPC handlers', () => {
  it('answer good requests on a real library', async () => {
    const { handle } = setup();
    const list = await handle('briefing:list-articles', {});
    expect(list.ok && (list.value as { items: { title: string }[] }).items[0]!.title).toMatch(/Tokayev/);
    const created = await handle('briefing:create-note', { articleId: 1, body: 'first' });
    expect(created.ok).toBe(true);
    const saved = await handle('briefing:save-note', { noteId: 1, body: 'second' });
    expect(saved.ok && (saved.value as { body: string }).body).toBe('second');
    const settings = await handle('briefing:update-settings', { pageSize: 'Letter' });
    expect(settings.ok && (settings.value as { pageSize: string }).pageSize).toBe('Letter');
    const filtered = await handle('briefing:list-articles', { filter: 'no such words' });
    expect(filtered).toEqual({ ok: true, value: { total: 0, offset: 0, items: [], index: null } });
  });

  for (const channel of CHANNELS) {
    it(`${channel} refuses malformed payloads without touching the database`, async () => {
      const { handle, state } = setup();
      const before = state();
      for (const payload of bad) {
        const result = await handle(channel, payload);
        if (result.ok) {
          // Only channels that take no fields or only optional ones may accept some of these, and only harmless ones.
          expect(['briefing:list-articles', 'briefing:get-settings', 'briefing:choose-and-import', 'briefing:update-settings']).toContain(channel);
          continue;
        }
        expect(result.error.code).toBe('INVALID_REQUEST');
        expect(result.error.message).toMatch(new RegExp(`^Invalid request to ${channel}`));
      }
      expect(state()).toBe(before);
    });
  }

  it('refuses an unknown channel', async () => {
    const { handle } = setup();
    expect(await handle('briefing:drop-tables', {})).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown request "briefing:drop-tables".' } });
    expect((await handle('__proto__', {})).ok).toBe(false);
    expect((await handle('constructor', {})).ok).toBe(false);
  });

  it('says NOT_FOUND for an article or note that does not exist', async () => {
    const { handle } = setup();
    expect(await handle('briefing:get-briefing', { articleId: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await handle('briefing:save-note', { noteId: 99, body: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reports a full disk clearly and keeps the last saved note intact', async () => {
    const { handle, library } = setup();
    await handle('briefing:create-note', { articleId: 1, body: 'kept safe' });
    // Cap the file at its current size: the next write that needs a new page fails with SQLITE_FULL.
    const pages = library.db.pragma('page_count', { simple: true }) as number;
    library.db.pragma(`max_page_count = ${pages}`);
    const result = await handle('briefing:save-note', { noteId: 1, body: 'y'.repeat(200_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(library.notes.get(1)!.body).toBe('kept safe');
  });

  it('moves a deleted note to the trash instead of erasing it', async () => {
    const { handle, library } = setup();
    await handle('briefing:create-note', { articleId: 1, body: 'to trash' });
    expect((await handle('briefing:delete-note', { noteId: 1 })).ok).toBe(true);
    expect(library.notes.forArticle(1)).toEqual([]);
    expect(library.db.prepare('SELECT body FROM notes WHERE id = 1 AND deleted_at IS NOT NULL').pluck().get()).toBe('to trash');
  });
});
