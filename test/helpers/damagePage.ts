// Damage to one page of a real library file, as a bad disk block would leave it.
import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';

/** Overwrites the b-tree header of the first leaf page of a table; returns that page's number. */
export function damageFirstLeafOf(file: string, table: string): number {
  const raw = new Database(file, { readonly: true });
  const page = raw.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1").pluck().get(table) as number;
  const size = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(12, 0xff), 0, 12, (page - 1) * size);
  closeSync(fd);
  return page;
}
