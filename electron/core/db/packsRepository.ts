// SQL for the analyst's named briefing packs: a name and its articles in the order they were added. The
// current pack (where "Add to pack" puts articles) is remembered in settings, so it survives a restart.
import type { Db } from './openDatabase';

export interface Pack {
  id: number;
  name: string;
  /** Its articles in the order added; those in the trash are left out (and come back with a restore). */
  articleIds: number[];
  /** Their titles, in the same order. */
  titles: string[];
}

export interface PackList {
  packs: Pack[];
  currentId: number | null;
}

const CURRENT_KEY = 'currentPackId';

/** A request about packs that cannot be done as asked (no such pack, a name already taken). */
export class PackError extends Error {
  constructor(readonly code: 'NOT_FOUND' | 'NAME_TAKEN', message: string) {
    super(message);
    this.name = 'PackError';
  }
}

export function packsRepository(db: Db) {
  // Ids and titles as JSON arrays: a title may hold any character, so no separator would do.
  const articlesOf = (column: string) => `(SELECT json_group_array(${column}) FROM (SELECT a.id, a.title FROM pack_articles pa JOIN articles a ON a.id = pa.article_id
          WHERE pa.pack_id = p.id AND a.deleted_at IS NULL ORDER BY pa.position)) AS ${column === 'id' ? 'ids' : 'titles'}`;
  const PACKS = `SELECT p.id, p.name, ${articlesOf('id')}, ${articlesOf('title')} FROM packs p`;
  type PackRow = { id: number; name: string; ids: string; titles: string };
  const all = db.prepare<[], PackRow>(`${PACKS} ORDER BY p.name COLLATE NOCASE, p.id`);
  const one = db.prepare<[number], PackRow>(`${PACKS} WHERE p.id = ?`);
  const packOf = (r: PackRow): Pack => ({ id: r.id, name: r.name, articleIds: JSON.parse(r.ids) as number[], titles: JSON.parse(r.titles) as string[] });
  const byName = db.prepare<[string], number>('SELECT id FROM packs WHERE name = ? COLLATE NOCASE').pluck();
  const exists = db.prepare<[number], number>('SELECT id FROM packs WHERE id = ?').pluck();
  const insert = db.prepare('INSERT INTO packs (name, created_at) VALUES (?, ?)');
  const rename = db.prepare('UPDATE packs SET name = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM packs WHERE id = ?');
  const nextPosition = db.prepare<[number], number>('SELECT coalesce(max(position), 0) + 1 FROM pack_articles WHERE pack_id = ?').pluck();
  const add = db.prepare('INSERT OR IGNORE INTO pack_articles (pack_id, article_id, position) SELECT ?, id, ? FROM articles WHERE id = ?');
  const drop = db.prepare('DELETE FROM pack_articles WHERE pack_id = ? AND article_id = ?');
  const getCurrent = db.prepare<[], string>(`SELECT value FROM settings WHERE key = '${CURRENT_KEY}'`).pluck();
  const putCurrent = db.prepare(`INSERT INTO settings (key, value) VALUES ('${CURRENT_KEY}', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);

  const need = (id: number) => {
    if (exists.get(id) === undefined) throw new PackError('NOT_FOUND', `There is no pack ${id}.`);
  };
  const freeName = (name: string, self: number | null) => {
    const other = byName.get(name);
    if (other !== undefined && other !== self) throw new PackError('NAME_TAKEN', `There is already a pack named “${name}”.`);
  };
  const currentId = (): number | null => {
    const stored = Number(getCurrent.get());
    return Number.isInteger(stored) && exists.get(stored) !== undefined ? stored : null;
  };

  const repo = {
    list(): PackList {
      return { packs: all.all().map(packOf), currentId: currentId() };
    },
    get(id: number): Pack | null {
      const row = one.get(id);
      return row ? packOf(row) : null;
    },
    /** Creates a pack and makes it the current one. */
    create(name: string, now = new Date()): Pack {
      return db.transaction(() => {
        freeName(name, null);
        const id = Number(insert.run(name, now.toISOString()).lastInsertRowid);
        putCurrent.run(String(id));
        return repo.get(id)!;
      }).immediate();
    },
    rename(id: number, name: string): Pack {
      return db.transaction(() => {
        need(id);
        freeName(name, id);
        rename.run(name, id);
        return repo.get(id)!;
      }).immediate();
    },
    /** Deletes the pack (its articles stay in the library). */
    delete(id: number): void {
      db.transaction(() => {
        need(id);
        remove.run(id);
      }).immediate();
    },
    setCurrent(id: number): void {
      need(id);
      putCurrent.run(String(id));
    },
    /** Adds articles at the end of the pack (those already in it keep their place); unknown ids are skipped. */
    addArticles(id: number, articleIds: readonly number[]): Pack {
      return db.transaction(() => {
        need(id);
        let position = nextPosition.get(id)!;
        for (const articleId of articleIds) if (add.run(id, position, articleId).changes) position++;
        return repo.get(id)!;
      }).immediate();
    },
    /** Adds to the current pack, creating "Pack 1" (or the next free number) when there is none. */
    addToCurrent(articleIds: readonly number[], now = new Date()): Pack {
      return db.transaction(() => {
        let id = currentId();
        if (id === null) {
          let n = 1;
          while (byName.get(`Pack ${n}`) !== undefined) n++;
          id = repo.create(`Pack ${n}`, now).id;
        }
        return repo.addArticles(id, articleIds);
      }).immediate();
    },
    removeArticles(id: number, articleIds: readonly number[]): Pack {
      return db.transaction(() => {
        need(id);
        for (const articleId of articleIds) drop.run(id, articleId);
        return repo.get(id)!;
      }).immediate();
    },
  };
  return repo;
}

export type PacksRepository = ReturnType<typeof packsRepository>;
