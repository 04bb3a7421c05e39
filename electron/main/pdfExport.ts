// Exports from the app: PDF written with Electron's printToPDF from a hidden, script-less window that
// loads the same print HTML as the command line; Markdown and self-contained HTML written directly.
import { BrowserWindow, dialog } from 'electron';
import { hostPrintDocument } from './appProtocol';
import { join } from 'node:path';
import type { Library } from '../core/library';
import { exportBriefings } from '../core/print/exportBriefings';
import { writeExportFile } from '../core/print/writeExportFile';
import { PDF_MARGINS_CM, type PdfPrinter } from '../core/print/pdfOptions';
import type { ExportFormat } from '../ipc/contract';
import type { ExportOptions } from '../common/exportOptions';

const CM_PER_INCH = 2.54;

async function withElectronPrinter<T>(work: (print: PdfPrinter) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    const m = PDF_MARGINS_CM;
    return await work(async (html, options) => {
      const doc = hostPrintDocument(html);
      try {
        await win.loadURL(doc.url);
      } finally {
        doc.release();
      }
      return win.webContents.printToPDF({
        pageSize: options.pageSize,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: options.headerTemplate,
        footerTemplate: options.footerTemplate,
        margins: { top: m.top / CM_PER_INCH, bottom: m.bottom / CM_PER_INCH, left: m.left / CM_PER_INCH, right: m.right / CM_PER_INCH },
      });
    });
  } finally {
    win.destroy();
  }
}

const FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML', extensions: ['html'] },
};

export async function exportWithDialog(owner: BrowserWindow, library: Library, articleIds: number[], format: ExportFormat, defaultDir: string, options?: Partial<ExportOptions>) {
  const first = library.articles.get(articleIds[0]!);
  const base = articleIds.length > 1 ? `briefing-pack-${articleIds.length}` : (first?.title ?? 'briefing').replace(/[^\w\- ]+/g, '').trim().slice(0, 60) || 'briefing';
  const { canceled, filePath } = await dialog.showSaveDialog(owner, {
    title: `Export as ${FILTERS[format].name}`,
    defaultPath: join(defaultDir, `${base}.${format}`),
    filters: [FILTERS[format]],
  });
  if (canceled || !filePath) return null;
  writeExportFile(filePath, await exportBriefings(library, articleIds, format, withElectronPrinter, new Date(), options));
  return { path: filePath };
}
