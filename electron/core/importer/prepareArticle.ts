// Turns one file into an article ready to store: its text (per format), title, date, source, author and
// content hash, or an ImportError saying why it is not an article. No database here, so it runs in
// worker threads as well as on the main thread.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { fallbackTitle, parseArticle } from './articleHeader';
import { datelineDate, parseDateline } from './dateline';
import { decodeText } from './decodeText';
import { detectSource } from './detectSource';
import { extractDocx } from './extractDocx';
import type { ExtractedDocument } from './extractedDocument';
import { extractHtml } from './extractHtml';
import { extractPdf } from './extractPdf';
import { fileNameMetadata } from './fileNameMetadata';
import { ImportError } from './importError';
import { readLimited } from './readLimited';
import { checkTextBudget } from './textBudget';

export type ArticleFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

const FORMATS: Record<string, ArticleFormat> = { '.txt': 'txt', '.md': 'md', '.html': 'html', '.htm': 'html', '.pdf': 'pdf', '.docx': 'docx' };
/** Every extension the import job reads. */
export const IMPORT_EXTENSIONS = Object.keys(FORMATS);
/** The formats read without waiting on a parser's promise (PDF.js and mammoth are asynchronous). */
const SYNC_FORMATS: ArticleFormat[] = ['txt', 'md', 'html'];

export interface PreparedArticle {
  file: string;
  fileName: string;
  format: ArticleFormat;
  encoding: string;
  contentHash: string;
  title: string;
  /** The title the file itself gave (headline, meta tag), which the analysis uses; null when guessed. */
  givenTitle: string | null;
  date: string | null;
  source: string | null;
  author: string | null;
  body: string;
  notices: string[];
}

export function formatOf(file: string): ArticleFormat | null {
  return FORMATS[extname(file).toLowerCase()] ?? null;
}

export async function prepareArticle(file: string): Promise<PreparedArticle> {
  const format = requireFormat(file, Object.values(FORMATS));
  const { bytes, modified } = readLimited(file);
  if (format === 'pdf') {
    // A PDF's text starts like a text file's (headline, maybe a date line); its metadata may say more.
    const pdf = await extractPdf(bytes);
    const text = fromPlainText(pdf.text);
    // CreationDate is when the PDF was made, which may be long after the article: only a last resort.
    return finish(file, format, 'PDF', { ...text, title: text.title ?? pdf.title, author: pdf.author }, modified, [], pdf.date);
  }
  if (format === 'docx') {
    const docx = await extractDocx(bytes);
    checkTextBudget(docx.text, 'the Word file');
    const text = fromPlainText(docx.text);
    // dcterms:created, likewise, is when the file was made.
    return finish(file, format, 'DOCX', { ...text, title: text.title ?? docx.title }, modified, [], docx.created);
  }
  return prepareTextBytes(file, format, bytes, modified);
}

/** The synchronous path, for text, Markdown and HTML files. */
export function prepareArticleSync(file: string): PreparedArticle {
  const format = requireFormat(file, SYNC_FORMATS);
  const { bytes, modified } = readLimited(file);
  return prepareTextBytes(file, format, bytes, modified);
}

export function prepareTextBytes(file: string, format: ArticleFormat, bytes: Uint8Array, modified: Date): PreparedArticle {
  const { text, encoding } = decodeText(bytes);
  const notices = encoding !== 'UTF-8' ? [`read as ${encoding}`] : [];
  const doc = format === 'html' ? extractHtml(text) : fromPlainText(text);
  return finish(file, format, encoding, doc, modified, notices);
}

function requireFormat(file: string, allowed: readonly ArticleFormat[]): ArticleFormat {
  const format = formatOf(file);
  if (!format || !allowed.includes(format)) {
    const names = [...new Set(allowed)].map((f) => `.${f}`).join(', ');
    throw new ImportError('UNSUPPORTED_TYPE', `${extname(file) || 'a file without an extension'} cannot be imported (only ${names} files)`);
  }
  return format;
}

// Text and Markdown (and Word's paragraphs): a `date` line and a headline, as articleHeader reads them.
function fromPlainText(raw: string): ExtractedDocument {
  const parsed = parseArticle(raw);
  return { text: parsed.text, title: parsed.title, date: parsed.date, author: null, source: null };
}

/** `fileDate`: a date the file's properties give (a PDF's or Word file's creation), used last. */
function finish(file: string, format: ArticleFormat, encoding: string, doc: ExtractedDocument, modified: Date, notices: string[], fileDate: string | null = null): PreparedArticle {
  const body = doc.text.trim() ? doc.text.replace(/^\s+|\s+$/g, '') : '';
  if (!body) throw new ImportError('NO_TEXT', 'the file holds no article text');
  // What the text and its metadata do not say, the analyst's file name may ("2024-03-05 Reuters - …").
  const named = fileNameMetadata(basename(file));
  let date = doc.date;
  const dateline = parseDateline(body);
  if (!date && named.date) {
    date = named.date;
    notices.push(`date from the file name (${date})`);
  }
  if (!date && dateline) {
    date = datelineDate(dateline, modified);
    if (date && !dateline.year) notices.push(`date from the dateline, year from the file's date (${date})`);
  }
  if (!date && fileDate) {
    date = fileDate;
    notices.push(`date from the file's properties: when it was made (${date})`);
  }
  if (!date) notices.push(format === 'txt' || format === 'md' ? 'no date line: the article has no date' : 'no date found: the article has no date');
  return {
    file,
    fileName: basename(file),
    format,
    encoding,
    contentHash: createHash('sha256').update(body).digest('hex'),
    title: doc.title ?? named.title ?? fallbackTitle(body),
    givenTitle: doc.title ?? named.title,
    date,
    source: doc.source ?? dateline?.source ?? detectSource(body) ?? named.source,
    author: doc.author,
    body,
    notices,
  };
}
