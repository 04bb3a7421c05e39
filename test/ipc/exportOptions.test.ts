// Export options through IPC: the export request's options and the Settings' kept choices are validated;
// a bad one is refused with a clear message and changes nothing; older callers without options still work.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_CHOICES, type ExportOptions } from '../../electron/common/exportOptions';
import { createHandlers } from '../../electron/ipc/handlers';
import { SEED_FILE, tempLibrary } from '../helpers/temp';

function setup() {
  const { library } = tempLibrary();
  library.importFiles([SEED_FILE]);
  const calls: { articleIds: number[]; format: string; options: Partial<ExportOptions> | undefined }[] = [];
  const handle = createHandlers({
    library,
    exportBriefings: async (articleIds, format, options) => {
      calls.push({ articleIds, format, options });
      return { path: `/tmp/x.${format}` };
    },
    chooseFiles: async () => null,
  });
  const settings = () => JSON.stringify(library.db.prepare('SELECT * FROM settings ORDER BY key').all());
  return { library, handle, calls, settings };
}

describe('export options over IPC', () => {
  it('passes good options to the export, and an old request without options still works', async () => {
    const { handle, calls } = setup();
    expect(await handle('briefing:export', { articleIds: [1], format: 'pdf' })).toEqual({ ok: true, value: { path: '/tmp/x.pdf' } });
    const options = { notesFirst: true, compact: true, title: 'Week 49', intro: '**Why**' };
    expect((await handle('briefing:export', { articleIds: [1], format: 'md', options })).ok).toBe(true);
    expect((await handle('briefing:export', { articleIds: [1], format: 'html', options: { notesFirst: true } })).ok).toBe(true);
    expect(calls).toEqual([
      { articleIds: [1], format: 'pdf', options: undefined },
      { articleIds: [1], format: 'md', options },
      { articleIds: [1], format: 'html', options: { notesFirst: true } },
    ]);
  });

  it('refuses bad options with the field named, and exports nothing', async () => {
    const { handle, calls } = setup();
    const bad: [unknown, RegExp][] = [
      [{ notesFirst: 'yes' }, /options\.notesFirst/],
      [{ compact: 1 }, /options\.compact/],
      [{ title: 'x'.repeat(201) }, /options\.title/],
      [{ intro: 'x'.repeat(100_001) }, /options\.intro/],
      [{ intro: 42 }, /options\.intro/],
      [{ script: '<script>' }, /options/],
      [null, /options/],
      ['compact', /options/],
      [[true], /options/],
    ];
    for (const [options, field] of bad) {
      const result = await handle('briefing:export', { articleIds: [1], format: 'pdf', options });
      expect(result.ok, JSON.stringify(options).slice(0, 60)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_REQUEST');
        expect(result.error.message).toMatch(/^Invalid request to briefing:export: /);
        expect(result.error.message).toMatch(field);
      }
    }
    expect(calls).toEqual([]);
  });

  it('keeps the dialog choices in Settings whole, and refuses partial or malformed ones', async () => {
    const { handle, library, settings } = setup();
    expect(library.settings.get().exportChoices).toEqual(DEFAULT_EXPORT_CHOICES);
    const choices = { format: 'md', notesFirst: true, compact: false, title: 'Week 49', intro: '- a\n- b' };
    const saved = await handle('briefing:update-settings', { exportChoices: choices });
    expect(saved.ok && (saved.value as { exportChoices: unknown }).exportChoices).toEqual(choices);
    const before = settings();
    for (const exportChoices of [{ format: 'pdf' }, { ...choices, format: 'docx' }, { ...choices, extra: 1 }, { ...choices, title: 'x'.repeat(201) }, 'pdf']) {
      const result = await handle('briefing:update-settings', { exportChoices });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/exportChoices/);
    }
    expect(settings()).toBe(before);
    expect(library.settings.get().exportChoices).toEqual(choices);
  });
});
