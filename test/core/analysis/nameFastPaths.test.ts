import { describe, expect, it } from 'vitest';
import { acronymKey, initials } from '../../../electron/core/analysis/entities/organisationAliases';

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
});
