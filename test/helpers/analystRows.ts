// The analyst's own rows that migration tests put into an old library before migrating it: a note, a
// trashed note and a speaker correction, all on article 1 (which the test must have added).
import type Database from 'better-sqlite3';

export function addAnalystRows(db: Database.Database): void {
  db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (1, 'Ask the embassy about the crossing', 'c', 'u')").run();
  db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at, deleted_at) VALUES (1, 'trashed idea about customs', 'c', 'u', 'd')").run();
  db.prepare("INSERT INTO corrections (article_id, kind, target, value_json, created_at) VALUES (1, 'speaker', '16:49', ?, 'now')").run(
    JSON.stringify({ kind: 'speaker', target: '16:49', name: 'Ayan Bekov' }),
  );
}
