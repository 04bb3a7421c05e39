// Splits an article file's text into the body that is analysed and the metadata its header gives.
// The body must stay a passage of the file, unchanged, so offsets into it can be mapped back to the file.
import { headlineFromLead } from './leadHeadline';

export interface ParsedArticle {
  /** The analysed body: the file's text less a recognised header and outer white space. */
  text: string;
  /** ISO date from a leading `date YYYY-MM-DD` line, or null. */
  date: string | null;
  /** A headline line followed by a blank line, or null. */
  title: string | null;
}

const DATE_PREFIX = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?/i;
// A headline: one line of at most 200 characters, followed by an empty line.
const HEADLINE = /^([^\n]{1,200})\n[ \t]*\r?\n/;

export function parseArticle(raw: string): ParsedArticle {
  let rest = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let date: string | null = null;
  const dateMatch = DATE_PREFIX.exec(rest);
  if (dateMatch && isRealDate(dateMatch[1]!)) {
    date = dateMatch[1]!;
    rest = rest.slice(dateMatch[0].length);
  }
  let title: string | null = null;
  const trimmedStart = rest.replace(/^\s+/, '');
  // A date line that runs on into the body (as in the seed) leaves no room for a headline.
  const dateRanOn = dateMatch !== null && date !== null && !dateMatch[0].endsWith('\n');
  const headline = dateRanOn ? null : HEADLINE.exec(trimmedStart);
  if (headline && looksLikeHeadline(headline[1]!)) {
    title = headline[1]!.trim();
    rest = trimmedStart.slice(headline[0].length);
  }
  return { text: rest.trim(), date, title };
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}

// A headline is short and does not read like the first sentence of a paragraph that runs on.
function looksLikeHeadline(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length > 0 && words.length <= 25;
}

/** A title for an article whose file has no headline: a short headline built from its lead. */
export function fallbackTitle(text: string): string {
  return headlineFromLead(text);
}
