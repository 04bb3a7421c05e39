// One entry for every export: a briefing or a pack of several, as PDF, Markdown or self-contained HTML.
import type { Library } from '../library';
import type { Briefing } from '../model';
import { packHtml } from './briefingHtml';
import { packMarkdown } from './briefingMarkdown';
import { effectiveOptions, type ExportOptions } from '../../common/exportOptions';
import { briefingsPdf } from './pdfDocument';
import type { PdfPrinter } from './pdfOptions';

export class ExportError extends Error {
  readonly code = 'NOT_FOUND';
}

export function briefingsFor(library: Library, articleIds: readonly number[]): Briefing[] {
  return articleIds.map((id) => {
    const b = library.briefing(id);
    if (!b) throw new ExportError(`There is no article ${id}.`);
    return b;
  });
}

export async function exportBriefings(
  library: Library,
  articleIds: readonly number[],
  format: 'pdf' | 'md' | 'html',
  withPrinter: <T>(work: (print: PdfPrinter) => Promise<T>) => Promise<T>,
  now = new Date(),
  chosen?: Partial<ExportOptions>,
): Promise<Uint8Array | string> {
  const briefings = briefingsFor(library, articleIds);
  const settings = library.settings.get();
  const options = effectiveOptions(chosen, briefings.length);
  if (format === 'md') return packMarkdown(briefings, options);
  if (format === 'html') return packHtml(briefings, { analystName: settings.analystName, classification: settings.classification, generatedAt: now, options });
  return withPrinter((print) => briefingsPdf(briefings, settings, print, now, options));
}
