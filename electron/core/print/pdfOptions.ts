// Page set-up shared by both PDF writers (Electron's printToPDF and headless Chromium via Playwright),
// so the app and the command line produce the same document.
import type { PageSize } from '../model';
import { escapeHtml } from './escapeHtml';

export const PDF_MARGINS_CM = { top: 1.8, bottom: 1.8, left: 1.8, right: 1.8 };

export function footerTemplate(title: string): string {
  // Chromium fills .pageNumber and .totalPages; the template's own CSS must set a font size.
  return `<div style="font-size:8px;font-family:'DejaVu Sans',Arial,sans-serif;color:#555;width:100%;padding:0 1.8cm;display:flex;justify-content:space-between;">
<span>${escapeHtml(title.length > 90 ? `${title.slice(0, 87)}…` : title)}</span>
<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

export const HEADER_TEMPLATE = '<div></div>';

export interface PdfRequest {
  html: string;
  title: string;
  pageSize: PageSize;
}
