// Hard-wrapped text read as running text. Wires, readouts and e-mailed releases break their lines at a
// fixed width (~65-80 columns); every other step of the analysis treats a line break as the end of a
// paragraph, so a sentence wrapped over three lines would be three fragments. The analysis runs on a
// copy of the text in which each line break that only wraps is replaced by a space: the copy has the
// same length, so every offset still points into the stored text.

import { isSpaceAt } from './whiteSpace';

/** Lines longer than this are not from a fixed-width wrapper. */
const MAX_WRAP_WIDTH = 110;
/** Fewest wrapped-looking lines before a text is read as hard-wrapped. */
const MIN_FULL_LINES = 3;
/** A wrapper's width is not exact (a long word, a trailing space): how far short of it a line may end. */
const SLACK = 3;
const LIST_ITEM = /^(?:[-*•·▪–—]|\(?\d{1,2}[.)]|\(?[a-z][.)]\s|[IVX]{1,4}[.)])/u;
const SENTENCE_END = /[.!?:;…]["'”’)\]]*$/u;

interface Line {
  start: number;
  /** End of the line's text, before trailing white space. */
  end: number;
  /** Where the line's text starts after its indentation. */
  textStart: number;
}

export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  // Built from slices, not an array of characters: a 5 MB text stays a few string pieces.
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.end === a.textStart || b.end === b.textStart) continue; // a blank line ends a paragraph
    if (!continues(text, a, b, width)) continue;
    parts.push(text.slice(from, a.end), ' '.repeat(b.textStart - a.end));
    from = b.textStart;
  }
  if (!parts.length) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    let end = stop;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    let textStart = start;
    while (textStart < end && isSpaceAt(text, textStart)) textStart++;
    lines.push({ start, end, textStart });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/** The width the text was wrapped at, or 0 when it does not look hard-wrapped. */
function wrapWidth(lines: Line[]): number {
  const lengths = lines.filter((l) => l.end > l.textStart).map((l) => l.end - l.start);
  if (lengths.length < MIN_FULL_LINES + 1) return 0;
  const long = lengths.filter((n) => n > MAX_WRAP_WIDTH).length;
  if (long > lengths.length * 0.1) return 0;
  const sorted = lengths.filter((n) => n <= MAX_WRAP_WIDTH).sort((x, y) => x - y);
  const width = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  if (width < 40) return 0;
  const full = sorted.filter((n) => n >= width - 12).length;
  return full >= MIN_FULL_LINES ? width : 0;
}

/** Whether line b carries on line a's paragraph. */
function continues(text: string, a: Line, b: Line, width: number): boolean {
  const next = text.slice(b.textStart, Math.min(b.end, b.textStart + 40));
  if (LIST_ITEM.test(next)) return false;
  const lastOfA = text.slice(Math.max(a.textStart, a.end - 3), a.end);
  // A line that stops mid-sentence before one that starts in lower case carries on, whatever the width.
  if (!SENTENCE_END.test(lastOfA) && /^[\p{Ll}(]/u.test(next) && a.end - a.textStart > 20) return true;
  if (!width) return false;
  // An indented line opens a new paragraph (the wire services' layout) unless a is indented as much.
  if (b.textStart - b.start > a.textStart - a.start) return false;
  // The greedy wrapper's rule: a broke before b's first word because that word did not fit.
  const firstWord = /^\S+/.exec(next)?.[0].length ?? 0;
  return a.end - a.start + 1 + firstWord > width - SLACK;
}
