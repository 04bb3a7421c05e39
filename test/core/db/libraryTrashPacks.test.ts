// The library's table order, the article trash, named packs and edited details, on a real library file:
// migration 012 on a library holding the analyst's work, then each repository as the window uses it.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { openLibrary, type Library } from '../../../electron/core/library';
import { addAnalystRows } from '../../helpers/analystRows';
import { keptRows } from '../../helpers/keptRows';
import { tempDir, tempLibrary } from '../../helpers/temp';

const add = (library: Library, i: number, extra: { title?: string; date?: string | null; source?: string | null } = {}) =>
  library.articles.insertWithAnalysis(
    { contentHash: `h${i}`, title: extra.title ?? `Article ${i}`, date: extra.date === undefined ? `2024-01-${String(i).padStart(2, '0')}` : extra.date, source: extra.source === undefined ? 'Wire' : extra.source, fileName: null, encoding: 'UTF-8', body: `Ministers discussed the customs union, item ${i}.` },
    analyzeArticle(`Ministers discussed the customs union, item ${i}.`, null),
  );

describe('migration 012', () => {
  it('keeps every row of a library holding notes and corrections, and lists through the new partial indexes', () => {
    const file = join(tempDir(), 'v10.db');
    const db = new Database(file);
    migrate(db, 10);
    // As version 10 stored an article (today's repository already reads the column 012 adds).
    db.prepare("INSERT INTO articles (content_hash, title, date, source, encoding, body, imported_at) VALUES ('h1', 'Border talks', '2024-05-02', 'Kazinform', 'UTF-8', 'Talks on the border resumed.', '2024-05-03T00:00:00Z')").run();
    addAnalystRows(db);
    const before = keptRows(db, ['articles', 'notes', 'corrections']);
    db.close();
    const library = openLibrary(file);
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_VERSION);
      const after = keptRows(library.db, ['articles', 'notes', 'corrections']);
      expect(after.notes).toEqual(before.notes);
      expect(after.corrections).toEqual(before.corrections);
      expect(library.articleList.page({}).items.map((a) => a.title)).toEqual(['Border talks']);
      for (const [sort, index] of [['date', 'articles_live_by_list_order'], ['title', 'articles_live_by_title'], ['source', 'articles_live_by_source']] as const) {
        const key = { date: 'coalesce(a.date, substr(a.imported_at, 1, 10))', title: 'a.title COLLATE NOCASE', source: "coalesce(a.source, '') COLLATE NOCASE" }[sort];
        const plan = library.db.prepare(`EXPLAIN QUERY PLAN SELECT a.id FROM articles a WHERE a.deleted_at IS NULL ORDER BY ${key} ASC, a.id ASC LIMIT 10`).all() as { detail: string }[];
        expect(plan.map((p) => p.detail).join(' | ')).toContain(index);
      }
      expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      library.close();
    }
  });
});

describe('the library table', () => {
  it('sorts by date, title, source and notes both ways, paged, and finds an article\'s place in each order', () => {
    const { library } = tempLibrary();
    add(library, 1, { title: 'banana', source: 'Reuters' });
    add(library, 2, { title: 'Apple', source: null });
    add(library, 3, { title: 'cherry', source: 'AFP' });
    library.notes.create(1, 'one');
    library.notes.create(1, 'two');
    library.notes.create(3, 'three');
    const titles = (sort: 'date' | 'title' | 'source' | 'notes', direction: 'asc' | 'desc') => library.articleList.page({ sort, direction }).items.map((a) => a.title);
    expect(titles('date', 'desc')).toEqual(['cherry', 'Apple', 'banana']);
    expect(titles('date', 'asc')).toEqual(['banana', 'Apple', 'cherry']);
    expect(titles('title', 'asc')).toEqual(['Apple', 'banana', 'cherry']);
    expect(titles('title', 'desc')).toEqual(['cherry', 'banana', 'Apple']);
    // No source sorts first going up (as an empty name), last going down.
    expect(titles('source', 'asc')).toEqual(['Apple', 'cherry', 'banana']);
    expect(titles('source', 'desc')).toEqual(['banana', 'cherry', 'Apple']);
    expect(titles('notes', 'desc')).toEqual(['banana', 'cherry', 'Apple']);
    const page = library.articleList.page({ sort: 'title', direction: 'asc', limit: 1, around: 3 });
    expect(page).toMatchObject({ index: 2, offset: 2, total: 3 });
    expect(page.items.map((a) => a.title)).toEqual(['cherry']);
  });
});

describe('the table sorted by notes', () => {
  it('pages and places every article as sorting by count, then date, then id would, both ways and filtered', () => {
    const { library } = tempLibrary();
    const items: { id: number; date: string; notes: number; title: string }[] = [];
    library.db.transaction(() => {
      for (let i = 0; i < 120; i++) {
        const date = `2024-0${(i % 9) + 1}-${String((i % 27) + 1).padStart(2, '0')}`;
        const title = i % 3 ? `Trade item ${i}` : `Border item ${i}`;
        const id = add(library, 1000 + i, { title, date });
        const notes = i % 7 === 0 ? 3 : i % 5 === 0 ? 1 : i % 11 === 0 ? 2 : 0;
        for (let n = 0; n < notes; n++) library.notes.create(id, `note ${n}`);
        // A note in the trash does not count.
        if (i % 13 === 0) library.notes.moveToTrash(library.notes.create(id, 'trashed').id);
        items.push({ id, date, notes, title });
      }
    })();
    library.articleTrash.moveToTrash([items[14]!.id]);
    const live = items.filter((_, i) => i !== 14);
    for (const direction of ['desc', 'asc'] as const) {
      for (const filter of [undefined, 'border']) {
        const sign = direction === 'desc' ? -1 : 1;
        const expected = live
          .filter((a) => !filter || a.title.toLowerCase().includes(filter))
          .sort((a, b) => sign * (a.notes - b.notes) || sign * a.date.localeCompare(b.date) || sign * (a.id - b.id))
          .map((a) => a.id);
        const read: number[] = [];
        for (let offset = 0; offset < expected.length; offset += 7) {
          const page = library.articleList.page({ sort: 'notes', direction, filter, limit: 7, offset });
          expect(page.total).toBe(expected.length);
          read.push(...page.items.map((a) => a.id));
        }
        expect(read).toEqual(expected);
        for (const at of [0, 3, 17, 40, expected.length - 1].filter((i) => i < expected.length)) {
          const page = library.articleList.page({ sort: 'notes', direction, filter, limit: 7, around: expected[at]! });
          expect(page.index).toBe(at);
          expect(page.items.map((a) => a.id)).toEqual(expected.slice(Math.floor(at / 7) * 7, Math.floor(at / 7) * 7 + 7));
        }
      }
    }
  });
});

describe('the article trash', () => {
  it('importing the text of an article in the trash restores it with its notes, and says so', () => {
    const { library, dir } = tempLibrary();
    const file = join(dir, 'talks.txt');
    writeFileSync(file, 'date 2024-03-05\nTalks resume in Geneva\n\n"We are ready," Foreign Minister Anna Berg said.\n');
    const first = library.importFiles([file]).outcomes[0]!;
    expect(first.status).toBe('imported');
    const id = (first as { articleId: number }).articleId;
    const note = library.notes.create(id, 'kept');
    library.articleTrash.moveToTrash([id]);
    const again = library.importFiles([file]).outcomes[0]!;
    expect(again).toMatchObject({ status: 'duplicate', articleId: id, notices: ['It was in the trash: restored with its notes.'] });
    expect(library.articleTrash.isTrashed(id)).toBe(false);
    expect(library.briefing(id)!.notes.map((n) => n.id)).toEqual([note.id]);
    // A duplicate of a live article says nothing of the kind.
    expect(library.importFiles([file]).outcomes[0]).toMatchObject({ status: 'duplicate', notices: [] });
  });

  it('hides a trashed article from the list and search with its notes kept, restores it whole, and empties for good', () => {
    const { library } = tempLibrary();
    const kept = add(library, 1);
    const trashed = add(library, 2, { title: 'Customs talks' });
    const note = library.notes.create(trashed, 'The analyst\'s **customs** note');
    library.articleTags.set(trashed, ['Customs']);

    expect(library.articleTrash.moveToTrash([trashed])).toBe(1);
    expect(library.articleList.page({}).items.map((a) => a.id)).toEqual([kept]);
    expect(library.articles.list().map((a) => a.id)).toEqual([kept]);
    expect(library.search({ query: 'customs' }).groups.map((g) => g.article.id)).toEqual([kept]);
    expect(library.articleTrash.list()).toEqual([expect.objectContaining({ id: trashed, title: 'Customs talks', noteCount: 1 })]);
    // The note is untouched while its article is in the trash, and All notes leaves it out until then.
    expect(library.notes.get(note.id)?.body).toBe(note.body);
    expect(library.notes.list().map((n) => n.id)).not.toContain(note.id);
    expect(library.notes.list({ articleId: trashed }).map((n) => n.id)).toEqual([note.id]);

    expect(library.articleTrash.restore([trashed])).toBe(1);
    expect(library.articleList.page({}).items.map((a) => a.id)).toEqual([trashed, kept]);
    expect(library.briefing(trashed)?.notes.map((n) => n.body)).toEqual([note.body]);
    expect(library.notes.list().map((n) => n.id)).toContain(note.id);
    expect(library.briefing(trashed)?.article.tags).toEqual(['Customs']);
    expect(library.search({ query: 'customs' }).groups.map((g) => g.article.id).sort()).toEqual([kept, trashed].sort());

    library.articleTrash.moveToTrash([trashed]);
    expect(library.articleTrash.empty()).toEqual({ articles: 1, notes: 1 });
    expect(library.articles.get(trashed)).toBeNull();
    expect(library.articles.get(kept)).not.toBeNull();
    expect(library.articleTrash.list()).toEqual([]);
    expect(library.db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('packs', () => {
  it('are named, hold articles in the order added, and survive closing and reopening the library', () => {
    const { library, dbPath } = tempLibrary();
    const [a, b, c] = [add(library, 1), add(library, 2), add(library, 3)];
    const first = library.packs.addToCurrent([b, a]);
    expect(first).toMatchObject({ name: 'Pack 1', articleIds: [b, a] });
    const second = library.packs.create('Kazakhstan week');
    library.packs.addArticles(second.id, [c, a, c]);
    expect(() => library.packs.create('kazakhstan WEEK')).toThrow(/already a pack named/);
    library.packs.rename(first.id, 'Border');
    library.packs.removeArticles(first.id, [b]);
    library.packs.setCurrent(first.id);
    library.close();

    const reopened = openLibrary(dbPath);
    try {
      expect(reopened.packs.list()).toEqual({
        currentId: first.id,
        packs: [
          { id: first.id, name: 'Border', articleIds: [a], titles: ['Article 1'] },
          { id: second.id, name: 'Kazakhstan week', articleIds: [c, a], titles: ['Article 3', 'Article 1'] },
        ],
      });
      // A trashed article leaves the pack's list and comes back with a restore.
      reopened.articleTrash.moveToTrash([c]);
      expect(reopened.packs.get(second.id)?.articleIds).toEqual([a]);
      reopened.articleTrash.restore([c]);
      expect(reopened.packs.get(second.id)?.articleIds).toEqual([c, a]);
      reopened.packs.delete(first.id);
      expect(reopened.packs.list().currentId).toBeNull();
      expect(reopened.articles.get(a)).not.toBeNull();
    } finally {
      reopened.close();
    }
  });
});

describe('article details', () => {
  it('stores the analyst\'s title, date and source, which the list, search and re-analysis keep', async () => {
    const { library } = tempLibrary();
    const id = add(library, 1, { title: 'r1.txt', date: null, source: null });
    expect(library.articleDetails.update(id, { title: 'Talks resume in Geneva', date: '2024-03-05', source: 'Reuters' })).toEqual({ title: 'Talks resume in Geneva', date: '2024-03-05', source: 'Reuters' });
    library.db.prepare('UPDATE analyses SET version = 1').run();
    expect(await library.reanalyseStale()).toBe(1);
    expect(library.articleList.page({}).items[0]).toMatchObject({ title: 'Talks resume in Geneva', date: '2024-03-05', source: 'Reuters' });
    expect(library.search({ query: 'Geneva' }).groups.map((g) => g.article.title)).toEqual(['Talks resume in Geneva']);
    expect(library.articleDetails.update(9999, { title: 'x', date: null, source: null })).toBeNull();
  });
});
