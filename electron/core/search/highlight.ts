// Marks what a search matched in a text, and cuts a snippet around the best matches, in JavaScript from
// texts the search reads anyway. FTS5's highlight() and snippet() would need another MATCH over the index
// per search (for a prefix, another expansion of every word it starts); FTS5 is used to find and rank
// matches, and this reads the shown texts the way its tokenizer does (unicode61, remove_diacritics 2):
// tokens are runs of letters, numbers and private-use characters, compared without case or diacritics.
// The snippet window is chosen as FTS5's snippet() chooses it (sqlite/ext/fts5/fts5_aux.c), so results
// read as they did when SQLite cut them.
import { MATCH_CLOSE, MATCH_OPEN } from '../db/searchRepository';
import type { QueryItem } from './parseQuery';

/** One query item as FTS5 reads it: consecutive folded tokens, the last one a prefix for `word*`. */
interface Phrase {
  tokens: string[];
  prefix: boolean;
  /** Its index among the query's items. */
  item: number;
}

export type Matcher = Phrase[];

/** A text's tokens: where each starts and ends, and its folded form (`folded(i)`, computed when asked). */
interface Tokens {
  starts: number[];
  ends: number[];
  /** Whether token i, folded, equals `want` (or starts with it, for a prefix). */
  is(i: number, want: string, prefix: boolean): boolean;
}

/** Where a phrase matched: token indexes `first`..`last` (inclusive). */
interface Instance {
  phrase: number;
  first: number;
  last: number;
}

export interface Cut {
  /** The text (or the snippet of it) with every match between MATCH_OPEN and MATCH_CLOSE. */
  marked: string;
  /** Where the first marked match lies in the whole text (string offsets), or null when none is marked. */
  first: { start: number; end: number } | null;
}

const TOKEN = /[\p{L}\p{N}\p{Co}\p{Mn}]+/gu;
/** Text with nothing outside ASCII folds by lower-casing alone, which keeps every offset. */
const NON_ASCII = /[^\t\n\r -~]/;

/** As unicode61 with remove_diacritics 2 folds a token: lower case, and Latin letters without their
 *  diacritics (café → cafe); other scripts keep theirs (Cyrillic й and ё stay themselves). */
export function fold(token: string): string {
  return !NON_ASCII.test(token) ? token.toLowerCase() : token.normalize('NFD').replace(LATIN_DIACRITICS, '$1').normalize('NFC').toLowerCase();
}

const LATIN_DIACRITICS = /(\p{Script=Latin})\p{M}+/gu;

/** A letter, number or mark outside ASCII: only texts holding one need Unicode tokens and folding. */
const NON_ASCII_TOKEN_CHAR = /(?![\0-\x7f])[\p{L}\p{N}\p{Co}\p{Mn}]/u;

/** In most texts every letter and number is ASCII (curly quotes, dashes and £ are separators): their tokens
 *  are found by char code and compared inside the lower-cased text, with no string made per token. Other
 *  texts go through the Unicode classes and fold each token. */
function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  if (!NON_ASCII_TOKEN_CHAR.test(text)) {
    const lower = text.toLowerCase();
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0;
      const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (word && start < 0) start = i;
      else if (!word && start >= 0) {
        starts.push(start);
        ends.push(i);
        start = -1;
      }
    }
    return {
      starts,
      ends,
      is: (i, want, prefix) => (prefix || ends[i]! - starts[i]! === want.length) && lower.startsWith(want, starts[i]!) && ends[i]! - starts[i]! >= want.length,
    };
  }
  const folded: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    folded.push(fold(m[0]));
  }
  return { starts, ends, is: (i, want, prefix) => (prefix ? folded[i]!.startsWith(want) : folded[i] === want) };
}

/** A text's words as the tokenizer finds them, as written (FTS5 folds them when it reads a query). */
export function wordsOf(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[0]);
}

export function matcherOf(items: readonly QueryItem[]): Matcher {
  return items
    .map((item, index) => ({ tokens: [...item.text.matchAll(TOKEN)].map((m) => fold(m[0])), prefix: item.kind === 'prefix', item: index }))
    .filter((p) => p.tokens.length > 0);
}

/** Whether a text could hold one item of every group, tested before tokenizing it: in a text whose letters
 *  and numbers are all ASCII (tokenized by char code, see tokenize) a matching token is a substring of the
 *  lower-cased text, so a text without one is no match; any other text may be. */
export function mayMatch(text: string, matcher: Matcher, groups: readonly number[][]): boolean {
  if (NON_ASCII_TOKEN_CHAR.test(text)) return true;
  const lower = text.toLowerCase();
  return groups.every((group) => group.some((item) => matcher.some((p) => p.item === item && lower.includes(p.tokens[0]!))));
}

/** The indexes of the query items found in a text. */
export function itemsFound(text: string, matcher: Matcher): Set<number> {
  return new Set(instances(tokenize(text), matcher).map((inst) => matcher[inst.phrase]!.item));
}

function instances(tokens: Tokens, matcher: Matcher): Instance[] {
  const out: Instance[] = [];
  const count = tokens.starts.length;
  for (let i = 0; i < count; i++) {
    for (let phrase = 0; phrase < matcher.length; phrase++) {
      const p = matcher[phrase]!;
      const n = p.tokens.length;
      if (i + n > count) continue;
      let k = 0;
      while (k < n && tokens.is(i + k, p.tokens[k]!, p.prefix && k === n - 1)) k++;
      if (k === n) out.push({ phrase, first: i, last: i + n - 1 });
    }
  }
  return out;
}

/** The whole text with every match marked (as FTS5's highlight()). */
export function highlightAll(text: string, matcher: Matcher): Cut {
  const tokens = tokenize(text);
  return render(text, tokens, instances(tokens, matcher), 0, tokens.starts.length);
}

/** At most `size` tokens around the best matches, '…' where the text goes on (as FTS5's snippet()). */
export function snippet(text: string, matcher: Matcher, size: number): Cut {
  const tokens = tokenize(text);
  const count = tokens.starts.length;
  const found = instances(tokens, matcher);
  const score = (from: number) => {
    const seen = new Set<number>();
    let value = 0;
    let first = -1;
    let last = 0;
    for (const inst of found) {
      if (inst.first < from || inst.first >= from + size) continue;
      value += seen.has(inst.phrase) ? 1 : 1000;
      seen.add(inst.phrase);
      if (first < 0) first = inst.first;
      last = inst.last + 1;
    }
    let adjusted = first - Math.trunc((size - (last - first)) / 2);
    if (adjusted + size > count) adjusted = count - size;
    return { value, adjusted: Math.max(0, adjusted) };
  };
  const sentences = count > size && found.length ? sentenceStarts(text, tokens) : [];
  let best = 0;
  let bestStart = 0;
  for (const inst of found) {
    const at = score(inst.first);
    if (at.value > best) [best, bestStart] = [at.value, at.adjusted];
    if (sentences.length) {
      // A window opening at the start of the sentence holding the match reads better: FTS5's bonus.
      let s = 0;
      while (s < sentences.length - 1 && sentences[s + 1]! <= inst.first) s++;
      const from = sentences[s]!;
      if (from < inst.first) {
        const value = score(from).value + (from === 0 ? 120 : 100);
        if (value > best) [best, bestStart] = [value, from];
      }
    }
  }
  return render(text, tokens, found, bestStart, Math.min(count, bestStart + size));
}

/** Tokens that open a sentence: the first, and any after a '.' or ':' and white space. */
function sentenceStarts(text: string, tokens: Tokens): number[] {
  const out = [0];
  for (let i = 1; i < tokens.starts.length; i++) {
    let at = tokens.starts[i]! - 1;
    while (at >= 0 && ' \t\n\r'.includes(text[at]!)) at--;
    if (at !== tokens.starts[i]! - 1 && at >= 0 && (text[at] === '.' || text[at] === ':')) out.push(i);
  }
  return out;
}

/** Tokens from..to (exclusive) with the matches that start among them marked; text before the first
 *  token only when the window opens the text, after the last only when it closes it. */
function render(text: string, tokens: Tokens, found: Instance[], from: number, to: number): Cut {
  const { starts, ends } = tokens;
  if (!starts.length) return { marked: text, first: null };
  // Overlapping matches are marked once, as one.
  const spans: { first: number; last: number }[] = [];
  for (const inst of [...found].sort((a, b) => a.first - b.first || b.last - a.last)) {
    if (inst.first < from || inst.first >= to) continue;
    const prev = spans[spans.length - 1];
    if (prev && inst.first <= prev.last) prev.last = Math.max(prev.last, inst.last);
    else spans.push({ first: inst.first, last: inst.last });
  }
  const begin = from === 0 ? 0 : starts[from]!;
  const finish = to >= starts.length ? text.length : ends[to - 1]!;
  let marked = from > 0 ? '…' : '';
  let offset = begin;
  let first: Cut['first'] = null;
  for (const span of spans) {
    const start = starts[span.first]!;
    const end = ends[Math.min(span.last, to - 1)]!;
    marked += `${text.slice(offset, start)}${MATCH_OPEN}${text.slice(start, end)}${MATCH_CLOSE}`;
    first ??= { start, end };
    offset = end;
  }
  marked += text.slice(offset, finish) + (to < starts.length ? '…' : '');
  return { marked, first };
}
