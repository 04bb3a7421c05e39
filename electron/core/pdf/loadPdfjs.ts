// PDF.js for reading PDFs under Node (the import's text, the export's page numbers), loaded once, with
// the DOMMatrix it needs at load time supplied first (domMatrix.ts: no native module required).
import { ensureDomMatrix } from './domMatrix';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  ensureDomMatrix();
  return (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').catch((err: unknown) => {
    pdfjs = undefined; // let the next PDF try again
    throw err;
  }));
}
