// The import's progress bar: files done and left, refusals so far, and a Cancel button. Main sends the
// progress; the bar hides when the import's report arrives.
import type { ImportProgress } from '../electron/core/importer/importJob';
import { api, unwrap } from './api';
import { h } from './dom';
import { announce } from './statusBar';

export interface ImportProgressView {
  hide(): void;
}

export function createImportProgress(): ImportProgressView {
  const bar = h('progress', { id: 'import-progress-bar', max: 1, value: 0, 'aria-label': 'Import progress' });
  const text = h('span', { id: 'import-progress-text' });
  const cancel = h('button', { id: 'import-cancel', type: 'button', title: 'Stop the import: articles already imported stay' }, 'Cancel');
  const box = h('div', { id: 'import-progress', className: 'import-progress', role: 'status', 'aria-live': 'polite', hidden: true }, bar, text, cancel);
  const status = document.getElementById('status');
  status?.parentElement?.insertBefore(box, status);

  cancel.addEventListener('click', () => {
    cancel.disabled = true;
    text.textContent = `${text.textContent ?? ''} — cancelling…`;
    void unwrap(api().cancelImport()).catch((err: Error) => announce(err.message, 'error'));
  });

  api().onImportProgress((p: ImportProgress) => {
    box.hidden = false;
    bar.max = Math.max(1, p.total);
    bar.value = p.done;
    const refused = p.refused ? ` · ${p.refused} refused` : '';
    text.textContent = `Importing: ${p.done.toLocaleString()} of ${p.total.toLocaleString()} files · ${p.left.toLocaleString()} left${refused}`;
    box.dataset.done = String(p.done);
  });

  return {
    hide() {
      box.hidden = true;
      cancel.disabled = false;
    },
  };
}
