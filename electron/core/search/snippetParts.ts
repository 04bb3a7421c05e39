// Snippets come back from SQLite with control-character markers around each match; here they become
// plain text parts the window renders as text nodes (never HTML built from article text).
import { MATCH_CLOSE, MATCH_OPEN } from '../db/searchRepository';
import type { SnippetPart } from './types';

export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  for (const ch of marked) {
    if (ch === MATCH_OPEN || ch === MATCH_CLOSE) {
      if (text) parts.push({ text, match });
      text = '';
      match = ch === MATCH_OPEN;
    } else {
      text += ch;
    }
  }
  if (text) parts.push({ text, match });
  // Adjacent matched words ("Central Asia") read better as one highlight.
  const merged: SnippetPart[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (last && last.match === p.match) last.text += p.text;
    else merged.push({ ...p });
  }
  return merged;
}

export const hasMatch = (parts: SnippetPart[]) => parts.some((p) => p.match);

/** Where the snippet's first match lies in the full text, or null when the snippet is not found there. */
export function matchOffsets(fullText: string, parts: SnippetPart[]): { start: number; end: number } | null {
  const plain = parts.map((p) => p.text).join('').replace(/^…/, '').replace(/…$/, '');
  const at = fullText.indexOf(plain);
  if (at < 0) return null;
  let offset = at;
  let first = true;
  for (const p of parts) {
    const text = first ? p.text.replace(/^…/, '') : p.text;
    first = false;
    if (p.match) return { start: offset, end: offset + text.length };
    offset += text.length;
  }
  return null;
}
