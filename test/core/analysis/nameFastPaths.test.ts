import { describe, expect, it } from 'vitest';
import { acronymKey, initials } from '../../../electron/core/analysis/entities/organisationAliases';
import { COMMON, FIRST_NAMES, NAMES as LEXICON } from '../../../electron/core/analysis/lexicon/entityLexicon';
import { isCommonWord, isFirstName, lookupName, lookupWord, mayCloseName, mayOpenName } from '../../../electron/core/analysis/lexicon/gazetteer';
import { mayHold, nameSieve } from '../../../electron/core/analysis/lexicon/nameSieve';
import { wordBefore } from '../../../electron/core/analysis/names/gender';
import { capitalise, contentWords } from '../../../electron/core/analysis/speakers/coref';

// The names stage reads some words by character codes where it ran regular expressions: each fast path
// must answer as the expression it replaced, on ordinary and on awkward inputs.
const NOT_INITIAL = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'on', 'in', '&']);
const initialsByExpression = (name: string): string =>
  name.split(/[\s-]+/).filter((w) => w && !NOT_INITIAL.has(w.toLowerCase())).map((w) => w[0]!).join('').toUpperCase();
const acronymKeyByExpression = (name: string): string | null => (/^(?:\p{Lu}\.?){2,6}$/u.test(name) ? name.replace(/\./g, '') : null);

const NAMES = ['European Union', 'United Nations', 'Bank of England', 'Council of the CSTO Parliamentary Assembly', 'U.N.', 'UN', 'U.S.A.',
  'EU', 'E', '', ' ', '-', 'A-B', 'Guinea-Bissau', '  Lead  and  Trail  ', 'THE Of AND', 'İstanbul Of', 'ΟΔΟΣ Ιστορίας', 'Ärzte ohne Grenzen',
  'Société Générale', 'Les Échos de la Bourse', 'A\u00a0B', 'A\u2003B\u3000C', 'Tab\tNew\nLine', 'x\ufeffy', 'of-the-and', 'ÉU', 'ÉÜ', 'É.U.',
  'ABCDEFG', 'A.B.C.D.E.F.', 'A.B.C.D.E.F.G.', 'Ab', 'A1', 'A.b', '\ud801\udc00\ud801\udc01', '\ud801\udc00 \ud801\udc01x', 'ß straße',
  'DES Moines', 'Des', 'dES', 'ǅemal Bijedić', 'ǅ', 'ǄǄ', 'ⅯⅭ', 'Ⓐⓑ', 'ABC.', '.AB', 'A..B', 'AB CD', 'de la Rue', 'IN ON'];

/** Names made of pieces that sit on the edges of the fast paths (seeded, so a failure repeats). */
function randomNames(count: number): string[] {
  const pieces = ['of', 'OF', 'The', 'and', '&', 'de', 'Des', 'la', 'in', 'On', 'for', 'A', 'B', 'Ab', 'é', 'É', 'İ', 'ß', '.', ' ', '  ', '-', '\t', '\n',
    '\u00a0', '\u2003', '\ufeff', '\ud801\udc00', '\ud801', 'x', 'Word', 'Σ', 'σ', '1'];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let m = next(8); m >= 0; m--) s += pieces[next(pieces.length)];
    out.push(s);
  }
  return out;
}

describe('names stage fast paths', () => {
  it('reads initials as the split by expression did', () => {
    for (const n of NAMES) expect(initials(n), n).toBe(initialsByExpression(n));
    for (const n of randomNames(3000)) expect(initials(n), n).toBe(initialsByExpression(n));
  });
  it('reads acronym keys as the expression did', () => {
    for (const n of [...NAMES, ...randomNames(3000)]) expect(acronymKey(n), n).toBe(acronymKeyByExpression(n));
    for (let c = 0; c < 0x3000; c++) {
      for (const n of [String.fromCharCode(c) + 'B', 'A' + String.fromCharCode(c), String.fromCharCode(c, c)]) expect(acronymKey(n), n).toBe(acronymKeyByExpression(n));
    }
  });
  it('lets every word of a list through its sieve', () => {
    const words = ['', 'a', 'A', 'ab', 'é', '\ud801\udc00', 'Σ', 'New York', 'St. Louis', 'x'.repeat(300), ...NAMES];
    const table = nameSieve(words);
    for (const w of words) expect(mayHold(table, w), w).toBe(true);
    // ... and keeps most other words out.
    let through = 0;
    for (let k = 0; k < 1000; k++) if (mayHold(table, `Word${k}x`)) through++;
    expect(through).toBeLessThan(100);
  });
  it('finds every name and word of the lexicon behind the sieves', () => {
    for (const line of LEXICON.split('\n')) {
      const name = line.slice(0, line.indexOf('\t'));
      expect(lookupName(name, false), name).toBeDefined();
      if (!/\s/.test(name)) expect(lookupWord(name, name.toLowerCase(), false), name).toBeDefined();
      const words = name.split(/\s/);
      if (words.length > 1) {
        expect(mayOpenName(words[0]!, words[0]!.toLowerCase(), false), name).toBe(true);
        expect(mayCloseName(words[words.length - 1]!, words[words.length - 1]!.toLowerCase(), false), name).toBe(true);
      }
    }
    for (const w of COMMON.split(' ')) expect(isCommonWord(w), w).toBe(true);
    for (const w of FIRST_NAMES.split(' ')) expect(isFirstName(w), w).toBe(true);
  });
  it('reads the word before a mention, capitals and a phrase\'s words as the expressions did', () => {
    const DETS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
    const texts = [...NAMES, ...randomNames(3000), 'said Mr. Smith', 'Mrs\u00a0Jones', 'the actress  Kim', 'x\u2028y', ' , ,', ',', '', 'the, a  its ,Her', 'Dr.\tNo'];
    for (const t of texts) {
      for (let at = 0; at <= t.length + 2; at++) {
        expect(wordBefore(t, at), `${t}@${at}`).toBe(/([A-Za-z.]+)\s+$/.exec(t.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase());
      }
      expect(capitalise(t), t).toBe(t.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
      expect(contentWords(t), t).toEqual(t.toLowerCase().split(/[\s,]+/).filter((w) => !DETS.has(w)));
    }
    expect(wordBefore('spokesman for Congresswoman   ', 31)).toBe('congresswoman');
  });
});
