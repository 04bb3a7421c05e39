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

export function keptRows(db: Database.Database, tables: readonly (keyof typeof KEY)[]): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY ${KEY[table]}`).all()]));
}
