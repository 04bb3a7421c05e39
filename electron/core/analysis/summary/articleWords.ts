// The words of an article as integer ids, read once: the summary scores and compares sentences by
// their words. A word's kind (stop word, act word, title word) is found once per distinct word of the
// article, not once per use; its document frequency is counted in an array by id, and comparing two
// sentences marks ids in an array where a Set of strings per sentence cost a hash per word.
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import { sentenceWords } from './sentenceWords';
import { WordTable, wordHash } from './wordTable';

/** A word of the article that carries content: longer than two letters and no stop word. */
export const CONTENT = 1;
/** A word reporting an act (saying, intending, deciding). */
export const ACT = 2;

/** An article's words; its arrays are the reader's own, good until it reads the next article (and
 *  those by sentence hold stale entries past the article's sentences). */
export interface ArticleWords {
  /** Kind bits (CONTENT, ACT) per word id. */
  kind: Uint8Array;
  /** Per word id, for the words of this article: in how many of its sentences the word stands. */
  df: Int32Array;
  /** Each sentence's distinct words, flat: sentence i's are all[allFrom[i]] up to all[allFrom[i + 1]]. */
  all: Int32Array;
  allFrom: Int32Array;
  /** Each sentence's distinct content words in the order of their first use, flat like `all`. */
  content: Int32Array;
  contentFrom: Int32Array;
  /** Per sentence: its number of content words (each use counted). */
  lengths: Int32Array;
  /** Per sentence: 1 when one of its words reports an act. */
  acts: Uint8Array;
  /** Per word id: 1 for a content word the title holds too. */
  title: Uint8Array;
  /** Scratch per word id for comparing sentences: sentence i's own mark is `base + i + 1`, met in no other article. */
  mark: Int32Array;
  base: number;
}

/** What is kept per word id; the arrays are reused from article to article (ids are the article's own). */
interface WordTables {
  kind: Uint8Array;
  df: Int32Array;
  /** The last sentence that held the word, numbered on over all articles read (see `base`). */
  last: Int32Array;
  title: Uint8Array;
  mark: Int32Array;
  /** Room for the flat lists of distinct words of ArticleWords, by article (not by id). */
  all: Int32Array;
  content: Int32Array;
  /** Room for the arrays by sentence of ArticleWords (allocating four typed arrays per article cost
   *  more than reading its words into them). */
  bySentence: BySentence;
}

interface BySentence {
  allFrom: Int32Array;
  contentFrom: Int32Array;
  lengths: Int32Array;
  acts: Uint8Array;
}

function bySentence(n: number): BySentence {
  return { allFrom: new Int32Array(n + 1), contentFrom: new Int32Array(n + 1), lengths: new Int32Array(n), acts: new Uint8Array(n) };
}

/** Distinct words of an article past which its tables are let go after it (they hold ~60 bytes a word). */
const KEEP_WORDS = 1 << 16;

/**
 * Reads an article's words into ids, sentence by sentence. `kindOf` tells a word's kind bits (given
 * the word and its wordHash); it is asked once per distinct word of an article.
 */
export function wordReader(
  kindOf: (w: string, hash: number) => number,
): (text: string, sentences: Sentence[], tokens: Token[] | undefined, titleWords: readonly string[]) => ArticleWords {
  let v = tables(1024);
  // Sentences are numbered on from article to article (`base` is the first of this article), so a
  // stamp left in the reused arrays by an earlier article is never taken for one of this article.
  let base = 0;
  let scratch: string[] = [];
  let scratchHashes: number[] = [];
  let ids = new WordTable();
  return (text, sentences, tokens, titleWords) => {
    const n = sentences.length;
    // The tables grown for a huge text are not kept for the articles after it.
    const huge = ids.size > KEEP_WORDS || scratch.length > KEEP_WORDS || v.bySentence.acts.length > KEEP_WORDS || v.all.length > 16 * KEEP_WORDS || v.content.length > 16 * KEEP_WORDS;
    if (base + n + 1 >= 0x7fffffff || huge) {
      v = tables(1024);
      base = 0;
      scratch = [];
      scratchHashes = [];
      ids = new WordTable();
    }
    ids.clear();
    const wordsOf = sentenceWords(text, sentences, tokens);
    let { all, content } = v;
    let allLen = 0;
    let contentLen = 0;
    if (v.bySentence.lengths.length < n) v.bySentence = bySentence(2 * n);
    // Entries past n are stale: the summary reads sentences 0..n only.
    const { allFrom, contentFrom, lengths, acts } = v.bySentence;
    for (let i = 0; i < n; i++) {
      const sentence = base + i;
      allFrom[i] = allLen;
      contentFrom[i] = contentLen;
      let len = 0;
      let act = 0;
      const count = wordsOf(i, scratch, scratchHashes);
      for (let k = 0; k < count; k++) {
        const w = scratch[k]!;
        const h = scratchHashes[k]!;
        let id = ids.find(w, h);
        if (id < 0) {
          id = ids.add(w, h);
          if (id === v.kind.length) v = grown(v);
          const f = kindOf(w, h);
          v.kind[id] = f;
          v.df[id] = 0;
          v.last[id] = -1;
          v.title[id] = 0;
        }
        const f = v.kind[id]!;
        act |= f & ACT;
        if (f & CONTENT) len++;
        if (v.last[id] === sentence) continue;
        // The word's first use in this sentence.
        v.last[id] = sentence;
        if (allLen === all.length) all = copied(all, new Int32Array(allLen * 2));
        all[allLen++] = id;
        if (f & CONTENT) {
          v.df[id] = v.df[id]! + 1;
          if (contentLen === content.length) content = copied(content, new Int32Array(contentLen * 2));
          content[contentLen++] = id;
        }
      }
      lengths[i] = len;
      acts[i] = act ? 1 : 0;
    }
    allFrom[n] = allLen;
    contentFrom[n] = contentLen;
    v.all = all;
    v.content = content;
    // The title's few words looked up, rather than each word of the article in the title.
    for (const w of titleWords) {
      const id = ids.find(w, wordHash(w));
      if (id >= 0 && v.kind[id]! & CONTENT) v.title[id] = 1;
    }
    const out = { kind: v.kind, df: v.df, all, allFrom, content, contentFrom, lengths, acts, title: v.title, mark: v.mark, base };
    base += n;
    return out;
  };
}

function tables(size: number): WordTables {
  return { kind: new Uint8Array(size), df: new Int32Array(size), last: new Int32Array(size), title: new Uint8Array(size), mark: new Int32Array(size),
    all: new Int32Array(4 * size), content: new Int32Array(2 * size), bySentence: bySentence(64) };
}

function grown(v: WordTables): WordTables {
  const size = v.kind.length * 2;
  return {
    kind: copied(v.kind, new Uint8Array(size)),
    df: copied(v.df, new Int32Array(size)),
    last: copied(v.last, new Int32Array(size)),
    title: copied(v.title, new Uint8Array(size)),
    mark: copied(v.mark, new Int32Array(size)),
    all: v.all,
    content: v.content,
    bySentence: v.bySentence,
  };
}

function copied<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
