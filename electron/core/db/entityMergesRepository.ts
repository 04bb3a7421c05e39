// SQL for the library-wide corrections of entities (migration 011): names merged into others, and kinds
// set for a name across the library.
import type { EntityType } from '../analysis/types';
import { canonicalName, namesOf, type LibraryEntities } from '../libraryEntities';
import type { Db } from './openDatabase';

export interface EntityMerge {
  alias: string;
  into: string;
}

export class MergeError extends Error {
  readonly code = 'INVALID_MERGE';
}

export function entityMergesRepository(db: Db) {
  const all = db.prepare<[], { alias: string; into_name: string }>('SELECT alias, into_name FROM entity_merges ORDER BY alias');
  const upsert = db.prepare(`INSERT INTO entity_merges (alias, into_name, created_at) VALUES (?, ?, ?)
    ON CONFLICT(alias) DO UPDATE SET alias = excluded.alias, into_name = excluded.into_name, created_at = excluded.created_at`);
  const remove = db.prepare<[string]>('DELETE FROM entity_merges WHERE alias = ?');
  const kinds = db.prepare<[], { name: string; type: EntityType }>('SELECT name, type FROM entity_kinds');
  const kindOf = db.prepare<[string], EntityType>('SELECT type FROM entity_kinds WHERE name = ?').pluck();
  const setKind = db.prepare(`INSERT INTO entity_kinds (name, type, created_at) VALUES (?, ?, ?)
    ON CONFLICT(name) DO UPDATE SET name = excluded.name, type = excluded.type, created_at = excluded.created_at`);
  const clearKind = db.prepare<[string]>('DELETE FROM entity_kinds WHERE name = ?');
  const anyMerge = db.prepare<[], number>('SELECT EXISTS (SELECT 1 FROM entity_merges)').pluck();
  const namesById = db.prepare<[string], string>('SELECT name FROM names WHERE id IN (SELECT value FROM json_each(?))').pluck();
  const idsByName = db.prepare<[string], number>('SELECT n.id FROM json_each(?) j JOIN names n ON n.name = j.value COLLATE NOCASE').pluck();
  // Read at every briefing: both tables are the analyst's handful of rows, so reading them whole is cheap,
  // and a version counter would have to follow writes from other connections.
  const state = (): LibraryEntities => ({
    merges: new Map(all.all().map((r) => [r.alias.toLowerCase(), { alias: r.alias, into: r.into_name }])),
    kinds: new Map(kinds.all().map((r) => [r.name.toLowerCase(), r.type])),
  });

  return {
    state,
    list(): EntityMerge[] {
      return all.all().map((r) => ({ alias: r.alias, into: r.into_name }));
    },
    /** Makes `alias` one of `into`'s names across the library. Refuses a name merged into itself, or into
     *  a name that is already merged into it (which would make each the other's alias). Returns the merge
     *  it replaced, if any, so that undo can put it back. */
    merge(alias: string, into: string, now = new Date()): EntityMerge | null {
      return db.transaction(() => {
        const { merges } = state();
        const target = canonicalName(into, merges);
        if (alias.toLowerCase() === into.toLowerCase() || target.toLowerCase() === alias.toLowerCase()) {
          throw new MergeError(`"${alias}" cannot be merged into "${into}": ${target.toLowerCase() === alias.toLowerCase() && alias.toLowerCase() !== into.toLowerCase() ? `"${into}" is already one of its names; split it first` : 'they are the same name'}.`);
        }
        const before = merges.get(alias.toLowerCase());
        upsert.run(alias, into, now.toISOString());
        return before === undefined ? null : { alias, into: before.into };
      }).immediate();
    },
    /** The ids of the names the speakers `ids` stand for and of every name merged with them: what a
     *  search for one speaker's words looks through. A merge group is also taken when the name asked for
     *  (`asked`) is in one of its names, as the one merged into may never speak itself. The ids
     *  themselves when nothing is merged. */
    sameSpeakers(ids: number[], asked: string): number[] {
      if (!anyMerge.get()) return ids;
      const { merges } = state();
      const wanted = asked.trim().toLowerCase();
      const groups = [...merges.values()].map((m) => namesOf(m.into, merges)).filter((names) => names.some((n) => n.toLowerCase().includes(wanted)));
      const names = [...namesById.all(JSON.stringify(ids)).flatMap((n) => namesOf(n, merges)), ...groups.flat()];
      return [...new Set([...ids, ...idsByName.all(JSON.stringify(names))])];
    },
    /** Undoes a merge: `alias` stands for itself again. Returns the merge removed, or null if none was. */
    split(alias: string): EntityMerge | null {
      return db.transaction(() => {
        const merge = state().merges.get(alias.toLowerCase());
        if (merge === undefined) return null;
        remove.run(alias);
        return { alias: merge.alias, into: merge.into };
      }).immediate();
    },
    /** Sets (or with null clears) the kind of `name` across the library; returns the kind it had. */
    setKind(name: string, type: EntityType | null, now = new Date()): EntityType | null {
      return db.transaction(() => {
        const before = kindOf.get(name) ?? null;
        if (type === null) clearKind.run(name);
        else setKind.run(name, type, now.toISOString());
        return before;
      }).immediate();
    },
  };
}

export type EntityMergesRepository = ReturnType<typeof entityMergesRepository>;
