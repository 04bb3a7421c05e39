// A sieve before a look-up in one of the lexicon's long lists (thousands of names or words): a bit per
// hash of a word's first two and last two characters and its length. Every word of the list sets its
// bit, so a word whose bit is clear is not in the list, told for four character codes; a look-up hashes
// the whole word (the first time that string is looked up at all) and probes a table that the rest of
// the analysis has pushed out of the cache: ~400 ns per look-up here, and most words looked up miss.
// (lexicon/wordSieve.ts keeps a byte per hash, for short lists; these lists want more bits, packed.)
const BITS = 16;

function key(w: string): number {
  const n = w.length;
  // `| 0` reads a missing character (a word of one letter, or none) as 0, for list and text alike.
  const h = (((w.charCodeAt(0) | 0) * 31 + (w.charCodeAt(1) | 0)) * 31 + (w.charCodeAt(n - 2) | 0)) * 31 + (w.charCodeAt(n - 1) | 0) + n * 65599;
  return Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
}

/** The sieve of `words`, for mayHold. */
export function nameSieve(words: Iterable<string>): Uint32Array {
  const table = new Uint32Array(1 << (BITS - 5));
  for (const w of words) {
    const k = key(w);
    table[k >>> 5]! |= 1 << (k & 31);
  }
  return table;
}

/** False when `w` is not one of the words `table` was made of; true for each of them (and a few others). */
export function mayHold(table: Uint32Array, w: string): boolean {
  const k = key(w);
  return (table[k >>> 5]! & (1 << (k & 31))) !== 0;
}
