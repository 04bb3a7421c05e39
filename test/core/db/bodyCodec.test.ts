// The stored body: read back exactly, in JavaScript and through SQL's article_body(), smaller than its text
// when that is possible, left as text when it is not, and refused when its format is unknown.
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyText, packBody, registerBodyFunction } from '../../../electron/core/db/bodyCodec';
import { SEED_DIR } from '../../helpers/temp';

const seeds = () => readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));

describe('bodyCodec', () => {
  it('reads back every seed exactly, at under 60% of its UTF-8', () => {
    for (const text of seeds()) {
      const stored = packBody(text);
      expect(Buffer.isBuffer(stored)).toBe(true);
      expect((stored as Buffer).length).toBeLessThan(Buffer.byteLength(text) * 0.6);
      expect(bodyText(stored)).toBe(text);
    }
  });

  it('keeps any character (outside the BMP, combining, CR) and leaves a text that would not shrink as text', () => {
    const mixed = 'Алматы 😀 e\u0301 \r\n 中文 '.repeat(20);
    expect(bodyText(packBody(mixed))).toBe(mixed);
    expect(packBody('Short.')).toBe('Short.');
    expect(packBody('')).toBe('');
    expect(bodyText('as stored before 009')).toBe('as stored before 009');
  });

  it('refuses a stored body in a format it does not know', () => {
    expect(() => bodyText(Buffer.from([9, 1, 2, 3]))).toThrow(/unknown format \(9\)/);
  });

  it('gives SQL the same text, row after row, whichever body came before', () => {
    const db = new Database(':memory:');
    registerBodyFunction(db);
    const [a, b] = seeds().concat('Second article. '.repeat(40));
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const add = db.prepare('INSERT INTO t (body) VALUES (?)');
    // A, A, B, A, text: the function remembers the last body it inflated, and must not give it for another.
    for (const text of [a!, a!, b!, a!]) add.run(packBody(text));
    add.run('plain text body');
    const read = db.prepare('SELECT article_body(body) FROM t ORDER BY id').pluck().all();
    expect(read).toEqual([a, a, b, a, 'plain text body']);
    expect(db.prepare('SELECT substr(article_body(body), 1, 6) FROM t WHERE id = 3').pluck().get()).toBe(b!.slice(0, 6));
    // Two bodies that differ in one letter pack to BLOBs of the same length: the memo compares bytes.
    const [c, d] = ['c', 'd'].map((first) => first + 'Second article. '.repeat(40));
    const [pc, pd] = [packBody(c!), packBody(d!)] as Buffer[];
    expect(pc!.length).toBe(pd!.length);
    const byte = db.prepare('SELECT article_body(?)').pluck();
    expect([byte.get(pc), byte.get(pd), byte.get(pc)]).toEqual([c, d, c]);
    expect(() => db.prepare('SELECT article_body(x\'0901\')').get()).toThrow(/unknown format/);
    db.close();
  });
});
