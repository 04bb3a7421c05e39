import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences, type Sentence } from '../../../electron/core/analysis/text/sentences';

const split = (t: string) => splitSentences(t, splitParagraphs(t)).map((s) => t.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('keeps abbreviations, titles and initials inside the sentence', () => {
    const t = 'Mr. Smith met Dr. J. Brown in the U.S. capital in Sept. last year. They talked.';
    expect(split(t)).toEqual(['Mr. Smith met Dr. J. Brown in the U.S. capital in Sept. last year.', 'They talked.']);
  });
  it('never ends a sentence at dotted initials or abbreviated titles', () => {
    const t = 'India’s S.M. Krishna met H.E. the Ambassador of the U.N. Mission. Gen. Smith chaired meeting No. 4 in the U.S. Mission.';
    expect(split(t)).toEqual(['India’s S.M. Krishna met H.E. the Ambassador of the U.N. Mission.', 'Gen. Smith chaired meeting No. 4 in the U.S. Mission.']);
  });
  it('ends a sentence after a closing quotation mark and at paragraph breaks', () => {
    const t = '“We will win.” The crowd cheered\n\nA new paragraph begins here.';
    expect(split(t)).toEqual(['“We will win.”', 'The crowd cheered', 'A new paragraph begins here.']);
  });
  it('does not split before a lower-case word', () => {
    expect(split('“Go home,” he said. “Now.” She left.')).toEqual(['“Go home,” he said.', '“Now.”', 'She left.']);
  });
});

// The splitter as it was with regular expressions throughout (white space, the word before a full stop,
// initials): the code-reading fast paths must split every text as it did.
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

function oldParagraphs(text: string): { start: number; end: number }[] {
  const paras: { start: number; end: number }[] = [];
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

function oldSentences(text: string, paras: { start: number; end: number }[]): Sentence[] {
  const out: Sentence[] = [];
  paras.forEach((p, pi) => {
    const body = text.slice(p.start, p.end);
    let from = 0;
    END_RE.lastIndex = 0;
    for (let m = END_RE.exec(body); m; m = END_RE.exec(body)) {
      const end = m.index + m[0].length;
      if (!oldIsBoundary(body, m.index, m[0], m[2]!)) continue;
      oldPushTrimmed(out, text, p.start + from, p.start + end, pi);
      from = end;
    }
    oldPushTrimmed(out, text, p.start + from, p.end, pi);
  });
  return out;
}

function oldIsBoundary(body: string, at: number, mark: string, next: string): boolean {
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

function oldPushTrimmed(out: Sentence[], text: string, s: number, e: number, para: number): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, para });
}


describe('sentence splitting by character codes', () => {
  it('splits every text as the regular expressions did', () => {
    const samples = ['Mr. Smith met Dr. J. Brown in the U.S. capital. They talked.', ' \u00a0 lead\u2003\n\r\n  x.  Y \t\n',
      'Ünïcödé İ. Smith é.Ü. met ΣΑΣ. Then Östen.Å left. 𝐀. B. ½. 2 x.y.z. W', 'a.B.c. D e... F! “G?” H.’ (I.) [J.]', ''];
    const pieces = ['Mr', 'mr', 'U', '.', 'S', 'x', 'Ab', 'é', 'É', '𝐀', ' ', '  ', '\n', '\u00a0', '\u2003', '!', '?', '”', '“', '"', "'", '(', ')', '1', 'Sept', 'ΣΑ', '\t'];
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pieces.length;
    for (let n = 0; n < 3000; n++) samples.push(Array.from({ length: 2 + (n % 17) }, () => pieces[next()]).join(''));
    for (const t of samples) {
      const paras = splitParagraphs(t);
      expect(paras).toEqual(oldParagraphs(t));
      expect(splitSentences(t, paras)).toEqual(oldSentences(t, paras));
    }
  });
});
