// Words that hostile text could choose to collide in the summary's word table (summary/wordTable.ts),
// for its tests and the hostile-text tests.
import { wordHash } from '../../electron/core/analysis/summary/wordTable';

/** n words of six letters whose slot (h ^ h >>> 15) has bits 11–17 clear: one run of slots at any table size. */
export function collidingWords(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    let w = '';
    for (let k = 0, m = i; k < 6; k++, m = Math.floor(m / 26)) w += String.fromCharCode(97 + (m % 26));
    const h = wordHash(w);
    if (((h ^ (h >>> 15)) & 0x3f800) === 0) out.push(w);
  }
  return out;
}
