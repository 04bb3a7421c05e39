// What an analyst's file name says about the article: "2024-03-05 Reuters - Talks resume.txt" gives the
// date, the outlet and the headline. Used only for what the file's text and metadata do not give. A
// source is read only after a leading date, in "date outlet - headline": elsewhere the words before a
// dash are as likely a topic ("Notes - meeting") as an outlet, and a bare file name is never a source.
import { isoDate } from './extractedDocument';

export interface FileNameMetadata {
  date: string | null;
  source: string | null;
  title: string | null;
}

// 2024-03-05, 2024_03_05, 2024.03.05 or 20240305, as a token of its own.
const DATE = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/;
const LEADING_DATE = /^\s*(?:19|20)\d{2}[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])(?!\d)[\s_.,-]*/;
// "Reuters - Talks resume": an outlet of up to four words (letters, digits, & . '), a dash, the headline.
const OUTLET_TITLE = /^([\p{L}\d][\p{L}\d&.' ]{0,40}?)\s+[-–—]\s+(.+)$/u;

export function fileNameMetadata(fileName: string): FileNameMetadata {
  const stem = fileName.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/_/g, ' ').trim();
  const m = DATE.exec(stem);
  const date = m ? isoDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
  const lead = date ? LEADING_DATE.exec(stem) : null;
  if (!lead) return { date, source: null, title: null };
  const rest = stem.slice(lead[0].length).trim();
  const parts = OUTLET_TITLE.exec(rest);
  if (parts && parts[1]!.trim().split(/\s+/).length <= 4) return { date, source: parts[1]!.trim(), title: tidyTitle(parts[2]!) };
  return { date, source: null, title: rest ? tidyTitle(rest) : null };
}

const tidyTitle = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300) || null;
