// Tokens of the analysed text: words and single punctuation marks, with offsets into the text.
// One pass over the character codes, so the analysis stays linear in the article length.
import { isSpaceCode } from './whiteSpace';

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
// apostrophes ("Kassym-Jomart", "AT&T", "O'Brien"), decimals and thousands ("3.5", "1,000"), but a
// possessive "'s" is its own token so "Kazakhstan's" yields the name "Kazakhstan". Anything else that
// is not space is one mark. The tokens are those of the regular expression
//   /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+|['’](?![sS]\b)[\p{L}\p{N}]+|\.\d+|,\d{3}(?!\d))*|['’][sS]\b|\S/gu
// read by hand over character codes: the expression's match arrays and Unicode classes made tokenizing
// a tenth of the whole analysis. test/core/analysis/tokens.test.ts holds the two to the same tokens.
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (isSpaceCode(c)) { p++; continue; }
    const end = tokenEnd(text, p);
    const t = text.slice(p, end);
    // The classes of the first character: of its code point for `cap` (a surrogate pair may be a capital).
    const unit = classOfUnit(c);
    const first = c < 128 ? unit : classAt(text, p);
    const word = (unit & LETTER_OR_DIGIT) !== 0 || (t.length === 2 && (t[1] === 's' || t[1] === 'S'));
    const lower = seen & CASED ? t.toLowerCase() : t;
    tokens.push({ start: p, end, text: t, lower, word, cap: (first & UPPER) !== 0 });
    p = end;
  }
  return tokens;
}

// The classes of the letters of the token tokenEnd last read: only one with a capital or a character
// outside ASCII needs toLowerCase, a call that cost as much as reading the token.
let seen = 0;

/** End of the token that starts at p (text[p] is not space). */
function tokenEnd(text: string, p: number): number {
  const c0 = text.charCodeAt(p);
  // Most tokens start with an ASCII letter or digit: read off the table, and no initialism unless a
  // capital has its dot.
  if (c0 < 128) {
    const k = ASCII[c0]!;
    if (k & LETTER_OR_DIGIT && (!(k & UPPER) || text.charCodeAt(p + 1) !== DOT)) {
      seen = k;
      return wordEnd(text, p + 1);
    }
  }
  const first = classAt(text, p);
  seen = first;
  const size = unitsAt(text, p);
  if (first & UPPER) {
    // An initialism: two or more capitals, each with its dot.
    let q = p;
    let letters = 0;
    while (classAt(text, q) & UPPER && text.charCodeAt(q + unitsAt(text, q)) === DOT) {
      q += unitsAt(text, q) + 1;
      letters++;
    }
    if (letters >= 2) return q;
  }
  if (first & LETTER_OR_DIGIT) return wordEnd(text, p + size);
  const c = text.charCodeAt(p);
  if ((c === APOSTROPHE || c === RIGHT_QUOTE) && isPossessiveS(text, p + 1)) {
    seen |= classAt(text, p + 1);
    return p + 2;
  }
  return p + size;
}

/** End of a word whose first letter or digit ends before q: its runs of letters and digits and what joins them. */
function wordEnd(text: string, q: number): number {
  q = skipLettersAndDigits(text, q);
  for (;;) {
    const c = text.charCodeAt(q);
    if (c === HYPHEN || c === AMPERSAND) {
      if (!(classAt(text, q + 1) & LETTER_OR_DIGIT)) return q;
      q = skipLettersAndDigits(text, q + 1);
    } else if (c === APOSTROPHE || c === RIGHT_QUOTE) {
      if (isPossessiveS(text, q + 1) || !(classAt(text, q + 1) & LETTER_OR_DIGIT)) return q;
      q = skipLettersAndDigits(text, q + 1);
    } else if (c === DOT) {
      if (!isDigit(text.charCodeAt(q + 1))) return q;
      q += 2;
      while (isDigit(text.charCodeAt(q))) q++;
    } else if (c === COMMA) {
      if (!(isDigit(text.charCodeAt(q + 1)) && isDigit(text.charCodeAt(q + 2)) && isDigit(text.charCodeAt(q + 3)) && !isDigit(text.charCodeAt(q + 4)))) return q;
      q += 4;
    } else return q;
  }
}

/** "s" or "S" at q ending a word ("\b" of the expression: no ASCII letter, digit or underscore after it). */
function isPossessiveS(text: string, q: number): boolean {
  const c = text.charCodeAt(q);
  if (c !== 115 && c !== 83) return false;
  const after = text.charCodeAt(q + 1);
  return !(after < 128 && ASCII[after]! & ASCII_WORD);
}

function skipLettersAndDigits(text: string, q: number): number {
  let classes = seen;
  for (;;) {
    const c = text.charCodeAt(q);
    // ASCII by the table in a tight loop; past the end charCodeAt gives NaN, which goes on to classAt (0).
    if (c < 128) {
      const k = ASCII[c]!;
      if (!(k & LETTER_OR_DIGIT)) break;
      classes |= k;
      q++;
      continue;
    }
    const k = classAt(text, q);
    if (!(k & LETTER_OR_DIGIT)) break;
    classes |= k;
    q += unitsAt(text, q);
  }
  seen = classes;
  return q;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const DOT = 46;
const COMMA = 44;
const HYPHEN = 45;
const AMPERSAND = 38;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

// Character classes as bits: a table for ASCII, and for the rest of the Basic Multilingual Plane one
// filled on first sight of a character (64 KB at most), so each Unicode class is tested once per character.
const LETTER_OR_DIGIT = 1;
const UPPER = 2;
const ASCII_WORD = 8;
const KNOWN = 16;
/** A capital or any character outside ASCII: one toLowerCase may change. */
const CASED = 32;
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
const UPPER_RE = /^\p{Lu}$/u;
function classify(ch: string): number {
  return KNOWN | (LETTER_OR_DIGIT_RE.test(ch) ? LETTER_OR_DIGIT : 0) | (UPPER_RE.test(ch) ? UPPER : 0) |
    (ch.charCodeAt(0) >= 128 || UPPER_RE.test(ch) ? CASED : 0);
}
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = classify(String.fromCharCode(c)) | (/\w/.test(String.fromCharCode(c)) ? ASCII_WORD : 0);
const BMP = new Uint8Array(0x10000);

/** Classes of one UTF-16 unit taken alone (a surrogate half is in none). */
function classOfUnit(c: number): number {
  if (c < 128) return ASCII[c]!;
  let k = BMP[c]!;
  if (!k) BMP[c] = k = classify(String.fromCharCode(c));
  return k;
}

/** Classes of the code point at q (0 past the end). */
function classAt(text: string, q: number): number {
  if (q >= text.length) return 0;
  const c = text.charCodeAt(q);
  if (c < 128) return ASCII[c]!;
  if (c >= 0xd800 && c <= 0xdbff && q + 1 < text.length) {
    const d = text.charCodeAt(q + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(String.fromCodePoint(text.codePointAt(q)!));
  }
  return classOfUnit(c);
}

/** UTF-16 units of the code point at q: 2 for a surrogate pair. */
function unitsAt(text: string, q: number): number {
  const c = text.charCodeAt(q);
  if (c < 0xd800 || c > 0xdbff || q + 1 >= text.length) return 1;
  const d = text.charCodeAt(q + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
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
