// Paragraphs and sentences of an article, as offsets into the text.
// Sentence ends are found at . ! ? (plus closing quotes/brackets) followed by space and a capital,
// digit or opening quote, unless the word before the full stop is a known abbreviation or an initial.
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

export function splitParagraphs(text: string): Paragraph[] {
  const paras: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index + (m[0].length - m[0].trimStart().length);
    const e = m.index + m[0].trimEnd().length;
    if (e > s) paras.push({ start: s, end: e });
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
  if (!/[\p{Lu}\p{N}“"‘']/u.test(next)) return false;
  if (mark[0] !== '.' || mark.length > 1) return true;
  const before = WORD_BEFORE.exec(body.slice(Math.max(0, at - 20), at + 1));
  if (!before) return true;
  const w = before[1]!;
  if (ABBREV.has(w.toLowerCase())) return false;
  // A single capital ("J. Smith") is an initial; dotted initials ("S.M. Krishna", "U.N.", "U.S.", "H.E.")
  // never end a sentence either.
  if (/^\p{Lu}$/u.test(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w)) return false;
  return true;
}

function pushTrimmed(out: Sentence[], text: string, s: number, e: number, para: number): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, para });
}

export function spanOf(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}
