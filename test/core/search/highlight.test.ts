// The snippets and highlights cut in JavaScript must read exactly as FTS5's snippet() and highlight() cut
// them from the same text: checked against SQLite itself, over texts with accents, capitals, punctuation,
// sentences, phrases and prefixes, short and long.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { highlightAll, itemsFound, matcherOf, snippet } from '../../../electron/core/search/highlight';
import { matchesAll, passagesSaying } from '../../../electron/core/search/passageHits';
import { parseQuery } from '../../../electron/core/search/parseQuery';

const WORDS = ['water', 'Water', 'WATER', 'waters', 'watershed', 'management', 'Central', 'Asia', 'café', 'CAFÉ', 'cafe', 'naïve', 'Ürümqi',
  'Tokayev', 'Kassym-Jomart', 'river', 'rivers', 'O’Brien', "don't", 'U.S.', '2024', '5,000', 'the', 'a', 'of', 'in', 'said', 'Ишим', 'мост', 'Мои', 'мой', 'все', 'всё', 'ёлка', 'Елка', '東京', '😀'];
const GAPS = [' ', ' ', ' ', ', ', '. ', ': ', ' – ', '\n\n', ' "', '" ', '; '];

/** A small deterministic generator, so a failure names a text that can be rebuilt. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

function text(next: (n: number) => number): string {
  const n = 1 + next(90);
  let out = next(4) === 0 ? '“' : '';
  for (let i = 0; i < n; i++) out += WORDS[next(WORDS.length)]! + (i < n - 1 ? GAPS[next(GAPS.length)]! : next(2) ? '.' : '');
  return out;
}

const QUERIES = ['water', 'WATER', 'cafe', 'café', 'naive', 'urumqi', '"central asia"', '"water management"', 'wat*', 'river*', 'kassym-jomart',
  '"Kassym-Jomart Tokayev"', 'water OR river', 'asia -nothing', 'U.S.', '5,000', 'obrien', 'o’brien', 'don*', 'ишим', 'мост*', 'мой', 'мои', 'всё', 'елка', 'ёлк*', '東京', 'the water'];

/** 150 generated texts (the same for the same seed) in an FTS5 table tokenised as the library's are. */
function indexed(seed: number) {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')`);
  const next = random(seed);
  const texts = Array.from({ length: 150 }, () => text(next));
  const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
  texts.forEach((x, i) => insert.run(i + 1, x));
  return { db, texts };
}

describe('snippets cut in JavaScript', () => {
  it('equal FTS5 highlight() and snippet() for the same text and query', () => {
    const { db, texts } = indexed(7);
    const fts = db.prepare(`SELECT rowid, highlight(t, 0, char(2), char(3)) AS h, snippet(t, 0, char(2), char(3), '…', 24) AS s24,
      snippet(t, 0, char(2), char(3), '…', 8) AS s8 FROM t WHERE t MATCH ?`);
    let compared = 0;
    for (const q of QUERIES) {
      const { match, items } = parseQuery(q);
      const matcher = matcherOf(items);
      for (const row of fts.all(match) as { rowid: number; h: string; s24: string; s8: string }[]) {
        const x = texts[row.rowid - 1]!;
        const where = `query ${q}, text ${row.rowid}: ${JSON.stringify(x)}`;
        expect(highlightAll(x, matcher).marked, where).toBe(row.h);
        expect(snippet(x, matcher, 24).marked, where).toBe(row.s24);
        expect(snippet(x, matcher, 8).marked, where).toBe(row.s8);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('finds a search in a text exactly where FTS5 finds it (the quotes and proposals shown are chosen so)', () => {
    const { db, texts } = indexed(11);
    const fts = db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').pluck();
    for (const q of QUERIES) {
      const { match, items, groups } = parseQuery(q);
      const matcher = matcherOf(items);
      const found = texts.flatMap((x, i) => (matchesAll(itemsFound(x, matcher), groups) ? [i + 1] : []));
      expect(found, q).toEqual(fts.all(match));
    }
  });

  it('tells a speaker\'s quotes that say a search exactly as FTS5 matched them, words left out included', () => {
    // passagesSaying (migration 008's search of one speaker's words) skips a text with mayMatch before
    // tokenizing it, and checks the excluded words itself: neither may lose or add a match.
    const { db, texts } = indexed(13);
    const fts = db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').pluck();
    const passages = texts.map((said, i) => ({ passageId: i + 1, articleId: 1, start: i, said }));
    for (const q of [...QUERIES, 'water -river', 'asia -"central asia"', 'cafe -naïve', 'мост -ишим*', 'the -wat*']) {
      const { match, items, groups, excluded } = parseQuery(q);
      const found = passagesSaying(passages, matcherOf(items), groups, matcherOf(excluded)).map((p) => p.passageId).sort((a, b) => a - b);
      expect(found, q).toEqual(fts.all(match));
    }
  });

  it('gives where the first match lies in the text', () => {
    const body = 'Officials met on Monday. The water talks in Central Asia went on; water was scarce.';
    const { items } = parseQuery('"central asia" water');
    const cut = snippet(body, matcherOf(items), 24);
    expect(body.slice(cut.first!.start, cut.first!.end)).toBe('water');
    expect(highlightAll('No match here', matcherOf(items)).first).toBeNull();
  });
});
