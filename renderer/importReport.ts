// The import's report, file by file: imported, duplicate of an article already in the library, or
// refused with its reason in plain words (importReasons.ts), and "Retry refused files", which imports
// again the files the last import refused (main keeps their paths) once the analyst has fixed them.
import type { ImportJobReport } from '../electron/core/importer/importJob';
import { plainImportReason } from '../electron/common/importReasons';
import { h } from './dom';

export interface ImportReportView {
  show(report: ImportJobReport): void;
}

const baseName = (p: string) => p.split(/[\\/]/).pop() || p;
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** `retry` runs the retry and shows its own report (through show()); it rejects with a message to say. */
export function createImportReport(retry: () => Promise<void>): ImportReportView {
  const title = h('h2', { id: 'import-report-title' }, 'Import report');
  const summary = h('p', { id: 'import-report-summary', className: 'import-report-summary' });
  const body = h('tbody');
  const table = h(
    'table',
    { className: 'import-report-table', id: 'import-report-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'File'), h('th', { scope: 'col' }, 'Result'))),
    body,
  );
  const status = h('p', { className: 'import-report-status', role: 'status', 'aria-live': 'polite', id: 'import-report-status' });
  const retryButton = h('button', { type: 'button', id: 'import-retry', className: 'primary' }, 'Retry refused files');
  const close = h('button', { type: 'button', id: 'import-report-close' }, 'Close');
  const dialog = h(
    'dialog',
    { id: 'import-report', className: 'import-report', 'aria-labelledby': 'import-report-title' },
    title,
    summary,
    h('div', { className: 'import-report-scroll' }, table),
    status,
    h('div', { className: 'dialog-buttons' }, retryButton, close),
  );
  document.body.append(dialog);
  close.addEventListener('click', () => dialog.close());
  retryButton.addEventListener('click', () => {
    retryButton.disabled = true;
    status.textContent = 'Importing the refused files again…';
    retry().catch((err: Error) => {
      status.textContent = err.message;
      retryButton.disabled = false;
    });
  });

  return {
    show(report) {
      const stopped = report.stoppedBy
        ? ` The import stopped: ${report.stoppedBy.message}. ${count(report.notStarted, 'file')} not imported.`
        : report.cancelled ? ` Cancelled: ${count(report.notStarted, 'file')} not imported.` : '';
      summary.textContent = `${count(report.imported, 'file')} imported, ${count(report.duplicates, 'duplicate')}, ${count(report.refused, 'file')} refused.${stopped}`;
      body.replaceChildren(
        ...report.outcomes.map((o) => {
          const result =
            o.status === 'imported'
              ? h('td', { className: 'imported' }, `Imported as “${o.title}”`)
              : o.status === 'duplicate'
                ? h('td', { className: 'duplicate' }, `Duplicate of “${o.title}”, already in the library${o.notices.length ? `. ${o.notices.join(' ')}` : ''}`)
                : h('td', { className: 'refused' }, `Refused: ${plainImportReason(o.code, o.reason)}`);
          return h('tr', { 'data-status': o.status }, h('th', { scope: 'row' }, baseName(o.file)), result);
        }),
      );
      status.textContent = '';
      retryButton.hidden = report.refused === 0;
      retryButton.disabled = false;
      if (!dialog.open) dialog.showModal();
      (report.refused ? retryButton : close).focus();
    },
  };
}
