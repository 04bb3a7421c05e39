import { describe, expect, it } from 'vitest';
import { anchorForQuote } from '../../../electron/core/notes/anchor';
import { SEED_FILE, tempLibrary } from '../../helpers/temp';

function seeded() {
  const ctx = tempLibrary();
  ctx.library.importFiles([SEED_FILE]);
  return ctx;
}

describe('notes repository', () => {
  it('keeps a revision per save burst and restores an earlier one as a new revision', () => {
    const { library } = seeded();
    const t0 = new Date('2024-06-03T10:00:00Z');
    const note = library.notes.create(1, 'v1', null, t0);
    library.notes.update(note.id, 'v1 typed more', new Date(t0.getTime() + 500));
    library.notes.update(note.id, 'v2', new Date(t0.getTime() + 120_000));
    const revs = library.notes.revisions(note.id);
    expect(revs.map((r) => r.body)).toEqual(['v2', 'v1 typed more']);
    const restored = library.notes.restoreRevision(note.id, revs[1]!.id, new Date(t0.getTime() + 240_000))!;
    expect(restored.body).toBe('v1 typed more');
    expect(library.notes.revisions(note.id).map((r) => r.body)).toEqual(['v1 typed more', 'v2', 'v1 typed more']);
  });

  it('starts a new revision every minute of a long session, so a late paste cannot erase earlier text', () => {
    const { library } = seeded();
    const t0 = Date.parse('2024-06-03T10:00:00Z');
    const note = library.notes.create(1, 'draft 0', null, new Date(t0));
    for (let i = 1; i <= 8; i++) library.notes.update(note.id, `draft ${i}`, new Date(t0 + i * 30_000)); // a save every 30 s for 4 minutes
    const bodies = library.notes.revisions(note.id).map((r) => r.body);
    expect(bodies.length).toBeGreaterThanOrEqual(4);
    expect(bodies[0]).toBe('draft 8');
    expect(bodies).toContain('draft 1');
  });

  it('moves deleted notes to a trash they can be restored from, and only emptying it removes them', () => {
    const { library } = seeded();
    const a = library.notes.create(1, 'keep');
    const b = library.notes.create(1, 'bin me');
    library.notes.moveToTrash(b.id);
    expect(library.notes.forArticle(1).map((n) => n.body)).toEqual(['keep']);
    expect(library.notes.list({ trash: true }).map((n) => [n.body, n.articleTitle.length > 0])).toEqual([['bin me', true]]);
    expect(library.notes.restoreFromTrash(b.id)?.body).toBe('bin me');
    library.notes.moveToTrash(b.id);
    expect(library.notes.emptyTrash()).toBe(1);
    expect(library.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(1);
    expect(library.db.prepare('SELECT count(*) FROM note_revisions WHERE note_id = ?').pluck().get(b.id)).toBe(0);
    expect(library.notes.get(a.id)?.body).toBe('keep');
  });

  it('tags notes case-insensitively and lists notes by tag across the library', () => {
    const { library } = seeded();
    const a = library.notes.create(1, 'a');
    const b = library.notes.create(1, 'b');
    library.notes.setTags(a.id, ['Afghanistan', 'CSTO', ' ']);
    library.notes.setTags(b.id, ['afghanistan']);
    expect(library.notes.get(a.id)!.tags).toEqual(['Afghanistan', 'CSTO']);
    expect(library.notes.list({ tag: 'AFGHANISTAN' }).map((n) => n.body).sort()).toEqual(['a', 'b']);
    expect(library.notes.list({ tag: 'csto' }).map((n) => n.body)).toEqual(['a']);
    expect(library.notes.tags()).toEqual([{ name: 'Afghanistan', notes: 2 }, { name: 'CSTO', notes: 1 }]);
  });

  it('stores an anchor and resolves it against the article text in the briefing', () => {
    const { library } = seeded();
    const body = library.articles.get(1)!.body;
    const anchor = anchorForQuote(body, 'UN Regional Center for Sustainable Development Goals')!;
    library.notes.create(1, 'Check the Almaty centre', anchor);
    const note = library.briefing(1)!.notes[0]!;
    expect(note.anchor).toMatchObject({ status: 'exact', quote: 'UN Regional Center for Sustainable Development Goals' });
    // The stored text changes (as a re-import with other line endings would): the anchor follows it.
    library.db.prepare('UPDATE articles SET body = ? WHERE id = 1').run(body.replace(/\n/g, '\r\n'));
    const moved = library.briefing(1)!.notes[0]!.anchor!;
    expect(moved.status).toBe('moved');
    expect(library.articles.get(1)!.body.slice(moved.start, moved.end)).toBe('UN Regional Center for Sustainable Development Goals');
  });
});
