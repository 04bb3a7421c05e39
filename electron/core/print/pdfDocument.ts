// Writes the briefing PDF in two passes: the first learns on which page each section starts (from the
// PDF's named destinations, which Chromium makes for every linked id), the second prints the table of
// contents with those page numbers. The numbers sit in fixed-width slots, so the pages do not move.
// A compact export has no contents, so it is printed once.
import type { Briefing, Settings } from '../model';
import { loadPdfjs } from '../pdf/loadPdfjs';
import { packHtml } from './briefingHtml';
import { DEFAULT_EXPORT_OPTIONS, packTitle, type ExportOptions } from '../../common/exportOptions';
import { footerTemplate, headerTemplate, type PdfPrinter } from './pdfOptions';

export async function briefingsPdf(
  briefings: Briefing[],
  settings: Settings,
  print: PdfPrinter,
  generatedAt = new Date(),
  layout: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): Promise<Uint8Array> {
  if (!briefings.length) throw new Error('Nothing to export.');
  const title = briefings.length === 1 ? briefings[0]!.article.title : packTitle(layout, briefings.length);
  const options = { pageSize: settings.pageSize, headerTemplate: headerTemplate(settings.classification), footerTemplate: footerTemplate(title, settings.classification) };
  const meta = { analystName: settings.analystName, classification: settings.classification, generatedAt, options: layout };
  if (layout.compact) return print(packHtml(briefings, meta), options);
  loadPdfjs().catch(() => {}); // loads while the first pass prints; a failure is reported where it is awaited
  const draft = await print(packHtml(briefings, meta), options);
  const pages = await destinationPages(draft);
  return print(packHtml(briefings, { ...meta, pages }), options);
}

/** Page number (1-based) of every named destination in a PDF. */
export async function destinationPages(pdf: Uint8Array): Promise<Record<string, number>> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const dests = (await doc.getDestinations()) as Record<string, unknown[]>;
    const out: Record<string, number> = {};
    for (const [name, dest] of Object.entries(dests)) {
      const ref = dest?.[0];
      if (ref && typeof ref === 'object') out[name] = (await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
    }
    return out;
  } finally {
    await doc.destroy();
  }
}
