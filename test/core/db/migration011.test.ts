// Migration 011 on a library of version 10 holding analysed articles and the analyst's rows: nothing is
// lost, and the two new tables take merges and kinds (names matched regardless of case).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { articlesRepository } from '../../../electron/core/db/articlesRepository';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { openLibrary } from '../../../electron/core/library';
import { addAnalystRows } from '../../helpers/analystRows';
import { keptRows } from '../../helpers/keptRows';
import { tempDir } from '../../helpers/temp';

const BODY = 'ALMATY, May 2 – "We will open the border crossing," Minister Ayan Bek said.';

describe('011_entity_merges_and_kinds', () => {
  it('keeps every row and stores merges and kinds', () => {
    const file = join(tempDir(), 'v10.db');
    const db = new Database(file);
    migrate(db, 10);
    articlesRepository(db).insertWithAnalysis({ contentHash: 'h0', title: 'T0', date: null, source: null, fileName: null, encoding: 'UTF-8', body: BODY }, analyzeArticle(BODY, null));
    addAnalystRows(db);
    const rows = (d: Database.Database) => keptRows(d, ['articles', 'analyses', 'passages', 'notes', 'corrections']);
    const before = rows(db);
    db.close();
    const library = openLibrary(file);
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_VERSION);
      expect(rows(library.db)).toEqual(before);
      library.entityMerges.merge('Bek', 'Ayan Bek');
      library.entityMerges.merge('BEK', 'Minister Ayan Bek');
      expect(library.entityMerges.list()).toEqual([{ alias: 'BEK', into: 'Minister Ayan Bek' }]);
      library.entityMerges.setKind('ayan bek', 'person');
      expect(library.entityMerges.state().kinds.get('ayan bek')).toBe('person');
      expect(() => library.db.prepare("INSERT INTO entity_kinds VALUES ('x', 'planet', '')").run()).toThrow(/CHECK/);
    } finally {
      library.close();
    }
  });
});
