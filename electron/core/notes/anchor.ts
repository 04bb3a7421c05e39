// A note's anchor is a passage of the article: its position, the quoted text, and a little context
// either side. Positions move when the stored text changes (a re-import with other line endings or
// header handling); the quote and its context find the passage again. An anchor that cannot be found
// is reported as lost, never dropped.
import type { NoteAnchor, ResolvedAnchor } from '../model';

export const CONTEXT_CHARS = 32;

export function makeAnchor(text: string, start: number, end: number): NoteAnchor {
  if (!(start >= 0 && end > start && end <= text.length)) throw new RangeError(`anchor ${start}-${end} is outside the article`);
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Finds an anchor given by its quoted text (e.g. from the command line), nearest the start if repeated. */
export function anchorForQuote(text: string, quote: string): NoteAnchor | null {
  const at = text.indexOf(quote);
  return quote && at >= 0 ? makeAnchor(text, at, at + quote.length) : null;
}

export function resolveAnchor(text: string, anchor: NoteAnchor): ResolvedAnchor {
  if (text.slice(anchor.start, anchor.end) === anchor.quote) return { ...anchor, status: 'exact' };
  const hits: number[] = [];
  for (let at = text.indexOf(anchor.quote); at >= 0 && anchor.quote; at = text.indexOf(anchor.quote, at + 1)) hits.push(at);
  if (hits.length) {
    // Several copies of the passage: the one whose context matches best, then the one nearest the old place.
    const score = (at: number) => commonSuffix(text.slice(Math.max(0, at - CONTEXT_CHARS), at), anchor.prefix) + commonPrefix(text.slice(at + anchor.quote.length, at + anchor.quote.length + CONTEXT_CHARS), anchor.suffix);
    const best = hits.reduce((a, b) => (score(b) > score(a) || (score(b) === score(a) && Math.abs(b - anchor.start) < Math.abs(a - anchor.start)) ? b : a));
    return { ...anchor, start: best, end: best + anchor.quote.length, status: 'moved' };
  }
  // White space may have changed (line endings, wrapped lines): match the quote with flexible spaces.
  const flexible = new RegExp(anchor.quote.trim().split(/\s+/).map(escapeRegExp).join('\\s+'));
  const m = anchor.quote.trim() ? flexible.exec(text) : null;
  if (m) return { ...anchor, start: m.index, end: m.index + m[0].length, status: 'moved' };
  return { ...anchor, status: 'lost' };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
