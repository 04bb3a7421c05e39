// How an article's body is stored (migration 009): compressed, since the bodies were the largest part of a
// library (issue 4: database size <= 3x the text imported; the articles table was 1.15x the text at 1,000
// articles, of which the bodies 1.05x).
//
// `articles.body` holds either the text itself (TEXT: every body stored before 009, and a body that does not
// shrink) or a BLOB: one format byte, then the raw DEFLATE of its UTF-8. Compressing each body alone keeps
// reading one article cheap (~16 µs to inflate a 2 KB body) and needs no shared state between rows.
// JavaScript reads bodies with bodyText(); SQL with the function article_body(), which every connection
// registers (openDatabase.ts): the full-text index reads its text through the view article_texts, and its
// triggers and a passage's `substr` go through it too.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Db } from './openDatabase';

/** Format 1: raw DEFLATE of the UTF-8 text. A new encoding gets a new byte; bodyText keeps reading this one. */
const FORMAT_1 = 1;

export type StoredBody = string | Buffer;

/** The stored form of a body: compressed when that makes it smaller, the text itself otherwise. */
export function packBody(text: string): StoredBody {
  const utf8 = Buffer.from(text, 'utf8');
  const packed = Buffer.concat([Buffer.of(FORMAT_1), deflateRawSync(utf8, { level: 6 })]);
  return packed.length < utf8.length ? packed : text;
}

/** The text of a stored body, whichever form it is in. */
export function bodyText(stored: StoredBody | Uint8Array): string {
  if (typeof stored === 'string') return stored;
  if (stored[0] !== FORMAT_1) throw new Error(`stored article body in an unknown format (${stored[0]})`);
  return inflateRawSync(stored.subarray(1)).toString('utf8');
}

/** What a connection's article_body() inflated last. */
interface LastBody {
  stored: Buffer | null;
  text: string;
}
const lastBodies = new WeakMap<Db, LastBody>();

/** Registers article_body(body) on a connection. Passages are read article by article, so it remembers the
 *  last body it inflated: the quotes of one article cut from its body inflate it once, not once each. */
export function registerBodyFunction(db: Db): void {
  const last: LastBody = { stored: null, text: '' };
  lastBodies.set(db, last);
  db.function('article_body', { deterministic: true }, (stored: unknown) => {
    if (typeof stored === 'string' || stored === null) return stored;
    if (!Buffer.isBuffer(stored)) throw new TypeError('article_body() takes a stored article body');
    // better-sqlite3 hands every call a copy of the BLOB, so the bytes are compared, never the object.
    if (last.stored && last.stored.equals(stored)) return last.text;
    last.text = bodyText(stored);
    last.stored = stored;
    return last.text;
  });
}

/** Tells the connection's article_body() the text of a body about to be stored, so that the trigger
 *  indexing it reads it without inflating what was just compressed. */
export function rememberBody(db: Db, stored: StoredBody, text: string): void {
  const last = lastBodies.get(db);
  if (last && Buffer.isBuffer(stored)) {
    last.stored = stored;
    last.text = text;
  }
}
