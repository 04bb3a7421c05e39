// Page set-up shared by both PDF writers (Electron's printToPDF and headless Chromium via Playwright),
// so the app and the command line produce the same document.
import type { PageSize } from '../model';
import { escapeHtml } from './escapeHtml';

export const PDF_MARGINS_CM = { top: 2.0, bottom: 2.0, left: 1.8, right: 1.8 };

const FONT = "font-family:'DejaVu Sans',Arial,sans-serif;";

// Chromium fills .pageNumber and .totalPages; a template must set its own font size.
export function headerTemplate(marking: string): string {
  if (!marking) return '<div></div>';
  return `<div style="${FONT}font-size:8px;font-weight:bold;letter-spacing:.08em;width:100%;text-align:center;color:#7a1f1f;">${escapeHtml(marking)}</div>`;
}

export function footerTemplate(title: string, marking: string): string {
  const short = title.length > 80 ? `${title.slice(0, 77)}…` : title;
  return `<div style="${FONT}font-size:8px;color:#555;width:100%;padding:0 1.8cm;">
<div style="display:flex;justify-content:space-between;"><span>${escapeHtml(short)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>
${marking ? `<div style="text-align:center;font-weight:bold;letter-spacing:.08em;color:#7a1f1f;margin-top:2px;">${escapeHtml(marking)}</div>` : ''}</div>`;
}

export interface PdfPageOptions {
  pageSize: PageSize;
  headerTemplate: string;
  footerTemplate: string;
}

/** Prints one HTML document to PDF bytes; each writer (Electron, Chromium) provides one. */
export type PdfPrinter = (html: string, options: PdfPageOptions) => Promise<Uint8Array>;
