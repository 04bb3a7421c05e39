// The library list a page at a time: order (date, else import day), pages, the filter (title, source,
// date, tags; letters beyond ASCII), the place of a chosen article, and migration 005 on a library
// that already holds articles.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { openLibrary } from '../../../electron/core/library';
import { tempDir, tempLibrary } from '../../helpers/temp';

const EMPTY = { version: 0, summary: [], quotes: [], proposals: [], entities: [] };

function libraryOf(count: number) {
  const { library } = tempLibrary();
  library.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      library.articles.insertWithAnalysis(
        { contentHash: `h${i}`, title: `Report ${i}`, date: `2020-${String((i % 12) + 1).padStart(2, '0')}-${day}`, source: i % 2 ? 'Wire' : 'Kazinform', fileName: null, encoding: 'UTF-8', body: `Body ${i}.` },
        EMPTY,
      );
    }
  })();
  return library;
}

describe('the library list, a page at a time', () => {
  it('pages through every article newest first, the same order as the whole list', () => {
    const library = libraryOf(250);
    const whole = library.articles.list().map((a) => a.id);
    const paged: number[] = [];
    for (let offset = 0; offset < 250; offset += 100) {
      const page = library.articleList.page({ offset, limit: 100 });
      expect([page.total, page.offset, page.index]).toEqual([250, offset, null]);
      paged.push(...page.items.map((a) => a.id));
    }
    expect(paged).toEqual(whole);
    const dates = paged.map((id) => library.articles.get(id)!.date!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('lists an undated article by the day it was imported, and says where a chosen article is', () => {
    const library = libraryOf(30);
    const undated = library.articles.insertWithAnalysis(
      { contentHash: 'u', title: 'Undated wire', date: null, source: null, fileName: null, encoding: 'UTF-8', body: 'Undated.' },
      EMPTY,
      new Date('2020-06-15T08:00:00Z'),
    );
    const whole = library.articles.list().map((a) => a.id);
    expect(whole.indexOf(undated)).toBeGreaterThan(0);
    for (const id of [whole[0]!, undated, whole.at(-1)!]) {
      const page = library.articleList.page({ around: id, limit: 7 });
      expect(page.index).toBe(whole.indexOf(id));
      expect(page.offset).toBe(Math.floor(page.index! / 7) * 7);
      expect(page.items.map((a) => a.id)).toContain(id);
    }
  });

  it('filters by title, source, date and tag, counting the whole library', () => {
    const library = libraryOf(120);
    library.articleTags.set(5, ['CSTO', 'Afghanistan']);
    library.notes.create(5, 'a note');
    expect(library.articleList.page({ filter: 'kazinform', limit: 500 }).total).toBe(60);
    expect(library.articleList.page({ filter: 'REPORT 11', limit: 500 }).items.map((a) => a.title).sort()).toEqual(['Report 11', 'Report 110', 'Report 111', 'Report 112', 'Report 113', 'Report 114', 'Report 115', 'Report 116', 'Report 117', 'Report 118', 'Report 119']);
    expect(library.articleList.page({ filter: '2020-03-', limit: 500 }).total).toBe(10);
    const tagged = library.articleList.page({ filter: '#csto' });
    expect(tagged.items).toEqual([expect.objectContaining({ id: 5, tags: ['Afghanistan', 'CSTO'], noteCount: 1 })]);
    expect(library.articleList.page({ filter: 'afghan' }).total).toBe(1);
    // A chosen article the filter hides has no place in the list.
    expect(library.articleList.page({ filter: '#csto', around: 6 }).index).toBeNull();
    expect(library.articleList.page({ filter: 'no such words' })).toEqual({ total: 0, offset: 0, items: [], index: null });
    // LIKE's wildcards in the filter are plain characters.
    library.articles.insertWithAnalysis({ contentHash: 'p', title: 'Turnout at 100% in_district', date: null, source: null, fileName: null, encoding: 'UTF-8', body: 'x' }, EMPTY);
    expect(library.articleList.page({ filter: '100%' }).total).toBe(1);
    expect(library.articleList.page({ filter: '0%' }).total).toBe(1);
    expect(library.articleList.page({ filter: 'n_d' }).total).toBe(1);
    expect(library.articleList.page({ filter: 'Report%1' }).total).toBe(0);
    expect(library.articleList.page({ filter: 'Rep_rt' }).total).toBe(0);
  });

  it('folds letters beyond ASCII when filtering (Cyrillic, accents)', () => {
    const library = libraryOf(3);
    library.articles.insertWithAnalysis({ contentHash: 'c', title: 'АСТАНА: Саммит ОДКБ', date: '2024-06-03', source: 'Kazinform', fileName: null, encoding: 'UTF-8', body: 'Текст.' }, EMPTY);
    library.articles.insertWithAnalysis({ contentHash: 'e', title: 'ÉLYSÉE statement', date: '2024-06-04', source: null, fileName: null, encoding: 'UTF-8', body: 'Text.' }, EMPTY);
    expect(library.articleList.page({ filter: 'астана' }).items.map((a) => a.title)).toEqual(['АСТАНА: Саммит ОДКБ']);
    expect(library.articleList.page({ filter: 'élysée' }).items.map((a) => a.title)).toEqual(['ÉLYSÉE statement']);
  });
});

describe('migration 005', () => {
  it('indexes the list order of a library that already holds articles, and the list reads through it', () => {
    const file = join(tempDir(), 'v4.db');
    const db = new Database(file);
    migrate(db, 4);
    db.prepare("INSERT INTO articles (content_hash, title, date, source, encoding, body, imported_at) VALUES ('h1', 'Older', '2024-05-02', 'Kazinform', 'UTF-8', 'Body one.', '2024-05-03T00:00:00Z')").run();
    db.prepare("INSERT INTO articles (content_hash, title, date, source, encoding, body, imported_at) VALUES ('h2', 'Undated', NULL, NULL, 'UTF-8', 'Body two.', '2024-06-01T00:00:00Z')").run();
    db.close();
    const library = openLibrary(file);
    expect(schemaVersion(library.db)).toBeGreaterThanOrEqual(5);
    expect(library.articleList.page({}).items.map((a) => a.title)).toEqual(['Undated', 'Older']);
    const plan = library.db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM articles a WHERE a.deleted_at IS NULL ORDER BY coalesce(a.date, substr(a.imported_at, 1, 10)) DESC, a.id DESC LIMIT 10")
      .all() as { detail: string }[];
    // Migration 012 made the index partial (live articles only); the list asks for live articles.
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/articles_live_by_list_order/);
    // The filter reads the index, not the rows with their bodies.
    const filterPlan = library.db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM articles a WHERE a.deleted_at IS NULL AND (a.title LIKE '%x%' OR a.source LIKE '%x%' OR a.date LIKE '%x%')").all() as { detail: string }[];
    expect(filterPlan.map((p) => p.detail).join(' | ')).toMatch(/COVERING INDEX articles_live_by_(list_order|title|source)/);
    library.close();
  });
});
