// One tag name is one row of `tags`, shared by notes and articles: this finds (or adds) its id.
import type { Db } from './openDatabase';

export function tagIds(db: Db): (name: string) => number {
  const insert = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING');
  const find = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name = ?');
  return (name) => {
    insert.run(name);
    return find.get(name)!.id;
  };
}
