// The text layer of a PDF, read with PDF.js (no rendering, no fonts loaded, no scripts evaluated).
// Lines of one paragraph are joined; a gap taller than a line starts a new paragraph.
import { loadPdfjs } from '../pdf/loadPdfjs';
import { ImportError } from './importError';
import { tidyParagraphs, type ExtractedDocument } from './extractedDocument';
import { MAX_TEXT_CHARS } from './textBudget';

/** Pages one PDF may have (a page tree of 700,000 references to one page held PDF.js for minutes). */
export const MAX_PDF_PAGES = 2_000;

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const pdfjs = await loadPdfjs();
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new ImportError('NOT_DECODABLE', 'the PDF is protected by a password');
    throw new ImportError('NOT_DECODABLE', `the PDF cannot be read (${(err as Error).message})`);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new ImportError('TOO_LARGE', `the PDF has ${doc.numPages.toLocaleString('en')} pages, over the limit of ${MAX_PDF_PAGES.toLocaleString('en')}`);
    const pages: string[] = [];
    let chars = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((it): it is TextItem & typeof it => 'str' in it)));
      page.cleanup();
      chars += pages[pages.length - 1]!.length;
      if (chars > MAX_TEXT_CHARS) throw new ImportError('TOO_LARGE', `the PDF's text is over the limit of ${MAX_TEXT_CHARS.toLocaleString('en')} characters`);
    }
    const text = tidyParagraphs(pages.join('\n\n'));
    if (text.replace(/\W/g, '').length < 20) {
      throw new ImportError('NO_TEXT_LAYER', `the PDF has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of images, e.g. a scan): run text recognition (OCR) on it first`);
    }
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as { Title?: string; Author?: string; CreationDate?: string };
    return {
      text,
      title: info.Title?.trim() || null,
      date: pdfDate(info.CreationDate),
      author: info.Author?.trim() || null,
      source: null,
    };
  } catch (err) {
    // A damaged page tree (a loop, a missing page) is the file's fault, said as such.
    if (err instanceof ImportError) throw err;
    throw new ImportError('NOT_DECODABLE', `the PDF cannot be read (${(err as Error).message})`);
  } finally {
    await doc.destroy();
  }
}

function pageText(items: TextItem[]): string {
  let out = '';
  let lastY: number | null = null;
  let lineHeight = 0;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const height = item.height || Math.abs(item.transform[3] ?? 0) || 10;
    if (lastY !== null && Math.abs(y - lastY) > 0.5) {
      // A new line: a paragraph break when the gap is clearly taller than a line.
      out += Math.abs(y - lastY) > 1.6 * Math.max(lineHeight, height) ? '\n\n' : out.endsWith('-') ? '' : ' ';
    }
    out += item.str;
    lastY = y;
    lineHeight = height;
  }
  return out;
}

// PDF dates look like "D:20240603101500+05'00'".
function pdfDate(value: string | undefined): string | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})/.exec(value ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
