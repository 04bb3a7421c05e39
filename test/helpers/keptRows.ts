// The rows a migration must keep, table by table in key order: read before and after migrating, and
// compared whole.
import type Database from 'better-sqlite3';

const KEY: Record<string, string> = {
  articles: 'id',
  analyses: 'article_id',
  names: 'id',
  entities: 'id',
  article_entities: 'article_id, entity_id',
  passages: 'id',
  notes: 'id',
  note_revisions: 'id',
  corrections: 'id',
};

/** Columns a later migration adds (012: the article trash). An older migration's test reads the rows
 *  before migrating (without them) and after migrating to the latest version (with them): they are left
 *  out while they hold their starting value, NULL, and kept (so compared) when they hold anything else. */
const ADDED_LATER: Record<string, string[]> = { articles: ['deleted_at'] };

export function keptRows(db: Database.Database, tables: readonly (keyof typeof KEY)[]): Record<string, unknown[]> {
  const withoutLater = (table: string, row: Record<string, unknown>) => {
    const out = { ...row };
    for (const column of ADDED_LATER[table] ?? []) if (out[column] === null) delete out[column];
    return out;
  };
  return Object.fromEntries(
    tables.map((table) => [table, (db.prepare(`SELECT * FROM ${table} ORDER BY ${KEY[table]}`).all() as Record<string, unknown>[]).map((row) => withoutLater(table, row))]),
  );
}
