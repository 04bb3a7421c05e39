// What every format's extractor gives back: the article's text and whatever metadata the file holds.
export interface ExtractedDocument {
  /** The article text, paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD). */
  date: string | null;
  author: string | null;
  source: string | null;
}

/** The ISO date at the start of a date or date-time string, if it is a real date. */
export function isoDate(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  if (!m) return null;
  const d = new Date(`${m[1]}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(m[1]!) ? m[1]! : null;
}

/** Collapses runs of spaces inside lines and of blank lines between paragraphs. */
export function tidyParagraphs(text: string): string {
  return text
    .split(/\n[ \t\u00a0]*\n\s*/)
    .map((p) => p.replace(/[ \t\u00a0\r\n]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
