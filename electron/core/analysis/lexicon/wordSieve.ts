// A sieve before the hash look-up of a word in a word list: a bit per hash of the word's first two
// letters, last letter and length. A word of the list always passes; most other words of a text fail
// it for the cost of a few character codes, where the look-up costs a hash probe (~100 ns here).
const BITS = 15;
const MASK = (1 << BITS) - 1;
// A one-letter word reads NaN for its second letter, and NaN & MASK is 0: the same for list and text.
const key = (w: string): number => (w.charCodeAt(0) * 961 + w.charCodeAt(1) * 31 + w.charCodeAt(w.length - 1) + w.length * 7919) & MASK;

/** Whether a word may be one of `words`: never false for one of them. */
export function wordSieve(words: Iterable<string>): (w: string) => boolean {
  const table = new Uint8Array(1 << BITS);
  for (const w of words) table[key(w)] = 1;
  return (w) => table[key(w)] === 1;
}
