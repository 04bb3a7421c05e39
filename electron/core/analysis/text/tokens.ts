// Tokens of the analysed text: words and single punctuation marks, with offsets into the text.
// One pass with one precompiled regex, so the analysis stays linear in the article length.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  /** True for a word (letters or digits); false for punctuation. */
  word: boolean;
  /** Word starting with an upper-case letter. */
  cap: boolean;
}

// Initialisms ("U.S.", "U.N.") keep their dots; words may hold inner hyphens, ampersands and
// apostrophes ("Kassym-Jomart", "AT&T", "O'Brien"), but a possessive "'s" is its own token so
// "Kazakhstan's" yields the name "Kazakhstan". Anything else that is not space is one mark.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+|['’](?![sS]\b)[\p{L}\p{N}]+|\.\d+|,\d{3}(?!\d))*|['’][sS]\b|\S/gu;
const WORD_START = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const word = WORD_START.test(t[0]!) || (t.length === 2 && (t[1] === 's' || t[1] === 'S'));
    tokens.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase(), word, cap: UPPER_START.test(t) });
  }
  return tokens;
}

/** Index of the first item (token, mention…) whose start is >= pos, in items sorted by start (binary search). */
export function firstAtOrAfter(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in [0, n) for which `before(i)` is false, where `before` holds for a prefix (binary search). */
export function firstNotBefore(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token whose start is >= pos. */
export const tokenAt: (tokens: Token[], pos: number) => number = firstAtOrAfter;

export const isOpenQuote = (t: string): boolean => t === '“' || t === '"' || t === '«';
export const isCloseQuote = (t: string): boolean => t === '”' || t === '"' || t === '»';
export const isQuoteMark = (t: string): boolean => t === '“' || t === '”' || t === '"' || t === '«' || t === '»';
