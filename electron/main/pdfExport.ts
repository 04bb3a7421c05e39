// Writes a briefing PDF with Electron's printToPDF from a hidden, script-less window that loads the
// same print HTML the command line uses.
import { BrowserWindow, dialog } from 'electron';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Library } from '../core/library';
import { briefingHtml } from '../core/print/briefingHtml';
import { footerTemplate, HEADER_TEMPLATE, PDF_MARGINS_CM } from '../core/print/pdfOptions';

const CM_PER_INCH = 2.54;

export async function printBriefingPdf(library: Library, articleId: number): Promise<Buffer> {
  const briefing = library.briefing(articleId);
  if (!briefing) throw new Error(`There is no article ${articleId}.`);
  const { pageSize } = library.settings.get();
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(briefingHtml(briefing))}`);
    const m = PDF_MARGINS_CM;
    return await win.webContents.printToPDF({
      pageSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: HEADER_TEMPLATE,
      footerTemplate: footerTemplate(briefing.article.title),
      margins: { top: m.top / CM_PER_INCH, bottom: m.bottom / CM_PER_INCH, left: m.left / CM_PER_INCH, right: m.right / CM_PER_INCH },
    });
  } finally {
    win.destroy();
  }
}

export async function exportPdfWithDialog(owner: BrowserWindow, library: Library, articleId: number, defaultDir: string) {
  const article = library.articles.get(articleId);
  const base = (article?.title ?? 'briefing').replace(/[^\w\- ]+/g, '').trim().slice(0, 60) || 'briefing';
  const { canceled, filePath } = await dialog.showSaveDialog(owner, {
    title: 'Export briefing as PDF',
    defaultPath: join(defaultDir, `${base}.pdf`),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (canceled || !filePath) return null;
  writeFileSync(filePath, await printBriefingPdf(library, articleId));
  return { path: filePath };
}
