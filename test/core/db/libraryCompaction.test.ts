// The tidy-up after an import (libraryCompaction.ts) on real library files: the FTS5 segments of many
// small commits are merged, the indexes rebuilt, the freed pages given back and the WAL truncated, with
// search finding exactly what it found before; and an import job leaves its library that way.
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_VACUUM_INCREMENTAL, compactAfterImport } from '../../../electron/core/db/libraryCompaction';
import { NEW_PAGE_SIZE, WAL_SIZE_LIMIT } from '../../../electron/core/db/openDatabase';
import type { Library } from '../../../electron/core/library';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { SEED_FILE, tempLibrary } from '../../helpers/temp';

const WORDS = ['border', 'crossing', 'minister', 'trade', 'grain', 'pipeline', 'treaty', 'summit', 'customs', 'railway', 'tariff', 'election'];
const bodyOf = (i: number) =>
  `ASTANA, May ${1 + (i % 28)} – "We will open the ${WORDS[i % 12]} to ${WORDS[(i * 5) % 12]} talks number ${i}," Minister Dana Ospan${i % 7} said. ` +
  `The ministry proposed to build a ${WORDS[(i * 7) % 12]} near item${i}. Farmers in district ${i} welcomed the ${WORDS[(i * 3) % 12]}.`;

/** `n` analysed articles, committed a few at a time as an import's batches are (each commit a segment). */
function fill(library: Library, from: number, n: number): void {
  for (let s = from; s < from + n; s += 4) {
    library.db.transaction(() => {
      for (let i = s; i < Math.min(from + n, s + 4); i++) {
        const body = bodyOf(i);
        library.articles.insertWithAnalysis({ contentHash: `h${i}`, title: `Report ${i} on the ${WORDS[i % 12]}`, date: `2024-0${1 + (i % 9)}-1${i % 10}`, source: 'Kazinform', fileName: null, encoding: 'UTF-8', body }, analyzeArticle(body, null));
      }
    })();
  }
}

/** What searches return, to compare before and after. */
function answers(library: Library): unknown[] {
  const queries = [{ query: 'border' }, { query: '"open the treaty"' }, { query: 'rail*' }, { query: 'talks', speaker: 'Dana Ospan3' }, { query: 'dam OR grain', from: '2024-03-01', to: '2024-05-31' }, { query: 'said', entity: 'astana' }];
  return queries.map((q) => library.search(q).groups.map((g) => [g.article.id, g.hits.map((h) => [h.kind, h.start, h.end, h.snippet])]));
}

/** Bytes of the full-text indexes an import fills: each segment repeats the terms it holds. */
const indexBytes = (library: Library) => library.db.prepare("SELECT sum(length(block)) FROM (SELECT block FROM articles_fts_data UNION ALL SELECT block FROM speakers_fts_data)").pluck().get() as number;

describe('compactAfterImport', () => {
  it('merges the segments, rebuilds the indexes and gives the freed pages back, and search answers as before', async () => {
    const { library, dbPath } = tempLibrary();
    expect(library.db.pragma('auto_vacuum', { simple: true })).toBe(AUTO_VACUUM_INCREMENTAL);
    expect(library.db.pragma('page_size', { simple: true })).toBe(NEW_PAGE_SIZE);
    fill(library, 0, 400);
    const before = answers(library);
    const bytesBefore = indexBytes(library);
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    const pagesBefore = library.db.pragma('page_count', { simple: true }) as number;

    const report = await compactAfterImport(library.db, 400);
    expect(report.merged).toBe(true);
    expect(report.mergeSteps).toBeGreaterThan(0);
    expect(report.reindexed).toEqual(expect.arrayContaining(['articles_live_by_list_order', 'names_nocase', 'passages_by_speaker', 'article_entities_by_entity']));
    expect(report.pagesReleased).toBeGreaterThan(0);
    expect(report.walTruncated).toBe(true);

    expect(library.db.pragma('freelist_count', { simple: true })).toBe(0);
    expect(library.db.pragma('page_count', { simple: true }) as number).toBeLessThan(pagesBefore);
    expect(statSync(`${dbPath}-wal`).size).toBe(0);
    // One segment per index now, holding each term once.
    expect(indexBytes(library)).toBeLessThan(bytesBefore);
    library.db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
    library.db.prepare("INSERT INTO speakers_fts (speakers_fts) VALUES ('integrity-check')").run();
    expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(answers(library)).toEqual(before);
    expect(before.every((groups) => (groups as unknown[]).length > 0)).toBe(true);
    // A second tidy-up finds nothing left to merge.
    expect((await compactAfterImport(library.db, 400)).mergeSteps).toBe(0);
  }, 60_000);

  it('leaves the indexes alone when the import is a small part of the library, and stops when told to', async () => {
    const { library } = tempLibrary();
    fill(library, 0, 200);
    const bytes = indexBytes(library);
    fill(library, 200, 20);
    const small = await compactAfterImport(library.db, 20);
    expect([small.merged, small.mergeSteps, small.reindexed]).toEqual([false, 0, []]);
    expect(indexBytes(library)).toBeGreaterThan(bytes);
    const stopped = new AbortController();
    stopped.abort();
    expect(await compactAfterImport(library.db, 220, stopped.signal)).toEqual({ merged: false, mergeSteps: 0, reindexed: [], pagesReleased: 0, walTruncated: false });
  }, 60_000);

  it('works on a library made before incremental auto_vacuum, which keeps its free pages for later writes', async () => {
    const { library, dbPath } = tempLibrary();
    library.close();
    // An older library: 4 KiB pages and no auto_vacuum (changing either needs a VACUUM).
    const old = new Database(dbPath);
    old.pragma('journal_mode = DELETE');
    old.pragma('auto_vacuum = 0');
    old.pragma('page_size = 4096');
    old.exec('VACUUM');
    old.close();
    const { openLibrary } = await import('../../../electron/core/library');
    const reopened = openLibrary(dbPath);
    try {
      expect(reopened.db.pragma('auto_vacuum', { simple: true })).toBe(0);
      fill(reopened, 0, 120);
      const before = answers(reopened);
      const report = await compactAfterImport(reopened.db, 120);
      expect(report.merged).toBe(true);
      expect(report.pagesReleased).toBe(0);
      expect(reopened.db.pragma('freelist_count', { simple: true }) as number).toBeGreaterThan(0);
      expect(answers(reopened)).toEqual(before);
    } finally {
      reopened.close();
    }
  }, 60_000);
});

describe('an import job', () => {
  it('leaves its library tidied: no WAL, no free pages, one segment per index', async () => {
    const { library, dir, dbPath } = tempLibrary();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const seed = readFileSync(SEED_FILE, 'utf8');
    for (let i = 0; i < 120; i++) writeFileSync(join(inbox, `a${i}.txt`), `${seed}\n\nFiled as item ${i}: ${bodyOf(i)}`);
    const report = await library.importPaths([inbox]);
    expect(report.imported).toBe(120);
    expect(statSync(`${dbPath}-wal`).size).toBe(0);
    expect(library.db.pragma('freelist_count', { simple: true })).toBe(0);
    // Nothing left to merge: the job merged what its batches wrote.
    expect((await compactAfterImport(library.db, 0)).mergeSteps).toBe(0);
    const merge = library.db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('merge', -64)");
    const changes = library.db.prepare('SELECT total_changes()').pluck();
    const c0 = changes.get() as number;
    merge.run();
    expect((changes.get() as number) - c0).toBeLessThan(2);
    expect(library.search({ query: 'item7' }).groups.map((g) => g.article.title)).toHaveLength(1);
  }, 120_000);

  it('keeps the WAL within journal_size_limit after a checkpoint', () => {
    const { library } = tempLibrary();
    expect(library.db.pragma('journal_size_limit', { simple: true })).toBe(WAL_SIZE_LIMIT);
  });
});
