// Paragraphs and sentences of an article, as offsets into the text.
// Sentence ends are found at . ! ? (plus closing quotes/brackets) followed by space and a capital,
// digit or opening quote, unless the word before the full stop is a known abbreviation or an initial.
import { isSpaceAt } from './whiteSpace';
import type { Span } from '../types';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph holding the sentence. */
  para: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

// Abbreviations that are followed by a full stop inside a sentence (titles, months, corporate forms).
const ABBREV = new Set(
  ('mr mrs ms dr prof sen rep gov gen lt col maj capt sgt cmdr adm st jr sr rev hon messrs mt ft ' +
    'inc corp co ltd bros no nos vs v etc approx est dept univ assn ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo')
    .split(' '),
);
// Initialisms that commonly end a sentence ("...in the U.S. The...") are still treated as
// sentence-internal only when the next word is lower case; see isBoundary.
const WORD_BEFORE = /([\p{L}.]+)\.$/u;

/** Each line's text without the white space around it (trim's white space, which is /\s/'s), read by offsets. */
export function splitParagraphs(text: string): Paragraph[] {
  const paras: Paragraph[] = [];
  for (let from = 0; from < text.length; ) {
    const nl = text.indexOf('\n', from);
    let e = nl < 0 ? text.length : nl;
    let s = from;
    while (s < e && isSpaceAt(text, s)) s++;
    while (e > s && isSpaceAt(text, e - 1)) e--;
    if (e > s) paras.push({ start: s, end: e });
    if (nl < 0) break;
    from = nl + 1;
  }
  return paras;
}

// Candidate ends: terminal punctuation, then closing quotes/brackets, then spaces, then what follows.
const END_RE = /[.!?]+["'”’)\]]*(?=\s+(["'“‘([]?)(\S))/g;

export function splitSentences(text: string, paras: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paras.forEach((p, pi) => {
    const body = text.slice(p.start, p.end);
    let from = 0;
    END_RE.lastIndex = 0;
    for (let m = END_RE.exec(body); m; m = END_RE.exec(body)) {
      const end = m.index + m[0].length;
      if (!isBoundary(body, m.index, m[0], m[2]!)) continue;
      pushTrimmed(out, text, p.start + from, p.start + end, pi);
      from = end;
    }
    pushTrimmed(out, text, p.start + from, p.end, pi);
  });
  return out;
}

function isBoundary(body: string, at: number, mark: string, next: string): boolean {
  if (!opensSentence(next)) return false;
  if (mark[0] !== '.' || mark.length > 1) return true;
  const w = wordBefore(body, at);
  if (w === null) return true;
  if (ABBREV.has(w.toLowerCase())) return false;
  // A single capital ("J. Smith") is an initial; dotted initials ("S.M. Krishna", "U.N.", "U.S.", "H.E.")
  // never end a sentence either.
  return !isInitials(w);
}

/** Whether the character after a full stop may open a sentence: /[\p{Lu}\p{N}“"‘']/u, by code for ASCII. */
function opensSentence(next: string): boolean {
  const c = next.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39;
  return /[\p{Lu}\p{N}“"‘']/u.test(next);
}

/**
 * The letters and dots just before the full stop at `at` (within 20 characters), as WORD_BEFORE reads
 * them, or null. Read back by character codes while they are ASCII; a character outside ASCII hands the
 * reading to the expression.
 */
function wordBefore(body: string, at: number): string | null {
  const from = Math.max(0, at - 20);
  let j = at;
  for (; j > from; j--) {
    const c = body.charCodeAt(j - 1);
    if (c >= 128) return WORD_BEFORE.exec(body.slice(from, at + 1))?.[1] ?? null;
    if (!(c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  return j < at ? body.slice(j, at) : null;
}

/** /^\p{Lu}$/u or /^(?:\p{L}\.)+\p{L}$/u, by character codes for a word of ASCII letters and dots. */
function isInitials(w: string): boolean {
  if (!isAsciiWord(w)) return /^\p{Lu}$/u.test(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w);
  if (w.length === 1) return w.charCodeAt(0) <= 90 && w.charCodeAt(0) !== 46;
  if (w.length % 2 === 0) return false;
  for (let j = 0; j < w.length; j++) if ((w.charCodeAt(j) === 46) !== (j % 2 === 1)) return false;
  return true;
}

/** Only ASCII letters and dots, as wordBefore reads them off ASCII text. */
function isAsciiWord(w: string): boolean {
  for (let j = 0; j < w.length; j++) {
    const c = w.charCodeAt(j);
    if (!(c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

function pushTrimmed(out: Sentence[], text: string, s: number, e: number, para: number): void {
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (e > s) out.push({ start: s, end: e, para });
}


export function spanOf(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}
