// An article's words to ids, by a hash of the word that the reader of the words computes while it
// reads their characters anyway (to tell a plain word from one to split). A Map of strings hashed
// each token's text again and grew its table from empty for every article; this table is kept from
// article to article and only its used slots are cleared.
//
// The hash is FNV-1a, fixed and easy to collide on purpose: a text built of words that share their
// slot bits would pile into one run of slots, and linear probing would turn quadratic (80,000 such
// words took 19 s where the Map took 0.6 s). So a probe stops after MAX_PROBE slots, and a word that
// finds no free slot within them goes to an ordinary Map: hostile text costs at most MAX_PROBE steps
// a word more, and ordinary text never reaches the Map.
const MAX_PROBE = 32;

const SEED = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

/** One step of the word hash (FNV-1a over UTF-16 units). */
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, PRIME);
export const HASH_SEED = SEED;
/** The hash of a whole word, as hashStep from HASH_SEED over its units gives it. */
export function wordHash(w: string): number {
  let h = SEED;
  for (let j = 0; j < w.length; j++) h = hashStep(h, w.charCodeAt(j));
  return h;
}

/**
 * A sieve before the look-up of a word in word lists, on the word's hash: never false for a word of
 * `words`, false for most other words for the cost of one array read (the hash is known already).
 */
export function hashSieve(words: Iterable<string>): (h: number) => boolean {
  const table = new Uint8Array(1 << 15);
  for (const w of words) table[wordHash(w) & 0x7fff] = 1;
  return (h) => table[h & 0x7fff] === 1;
}

export class WordTable {
  /** Per slot: id + 1 of the word there, 0 when empty. */
  private slots: Int32Array = new Int32Array(2048);
  private mask = 2047;
  /** Per id: the word, its hash and its slot. */
  private words: string[] = [];
  private hashes: Int32Array = new Int32Array(1024);
  private slotOf: Int32Array = new Int32Array(1024);
  /** The words that found no free slot within MAX_PROBE (hostile text only), word to id. */
  private overflow: Map<string, number> | null = null;
  size = 0;

  /** Forgets all words: ids start again at 0. */
  clear(): void {
    for (let id = 0; id < this.size; id++) {
      const s = this.slotOf[id]!;
      if (s >= 0) this.slots[s] = 0;
    }
    this.size = 0;
    this.words.length = 0;
    this.overflow = null;
  }

  /** The id of word w whose hash is h, or -1. */
  find(w: string, h: number): number {
    const { slots, mask } = this;
    let s = (h ^ (h >>> 15)) & mask;
    for (let step = 0; step < MAX_PROBE; step++, s = (s + 1) & mask) {
      const e = slots[s]!;
      if (e === 0) return -1;
      if (this.hashes[e - 1] === h && this.words[e - 1] === w) return e - 1;
    }
    // Slots only fill until clear(), so a word put in the overflow found these MAX_PROBE slots taken too.
    return this.overflow?.get(w) ?? -1;
  }

  /** Gives word w (hash h), not in the table, the next id. */
  add(w: string, h: number): number {
    const id = this.size++;
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.slotOf = grown(this.slotOf);
    }
    this.words[id] = w;
    this.hashes[id] = h;
    if (this.size * 2 > this.slots.length) this.rehash();
    else this.place(id, h);
    return id;
  }

  private place(id: number, h: number): void {
    const { slots, mask } = this;
    let s = (h ^ (h >>> 15)) & mask;
    for (let step = 0; step < MAX_PROBE; step++, s = (s + 1) & mask) {
      if (slots[s] === 0) {
        slots[s] = id + 1;
        this.slotOf[id] = s;
        return;
      }
    }
    (this.overflow ??= new Map()).set(this.words[id]!, id);
    this.slotOf[id] = -1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    this.overflow = null;
    for (let id = 0; id < this.size; id++) this.place(id, this.hashes[id]!);
  }
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
