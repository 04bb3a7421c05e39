// Settings: the analyst's name and the marking for exports, the PDF page size, and the backups of the
// library with a way to restore one.
import type { Settings } from '../electron/core/model';
import { api, unwrap } from './api';
import { byId, clear, h } from './dom';
import { showModal } from './modalFocus';
import { announce } from './statusBar';

export function createSettingsDialog(beforeRestore: () => Promise<void>) {
  const dialog = byId<HTMLDialogElement>('settings-dialog');
  const analyst = byId<HTMLInputElement>('setting-analyst');
  const classification = byId<HTMLInputElement>('setting-classification');
  const pageSize = byId<HTMLSelectElement>('page-size');
  const backups = byId<HTMLUListElement>('backup-list');

  const fill = (s: Settings) => {
    analyst.value = s.analystName;
    classification.value = s.classification;
    pageSize.value = s.pageSize;
  };

  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'save') return;
    try {
      fill(await unwrap(api().updateSettings({ analystName: analyst.value.trim(), classification: classification.value.trim(), pageSize: pageSize.value === 'Letter' ? 'Letter' : 'A4' })));
      announce('Settings saved.');
    } catch (err) {
      announce((err as Error).message, 'error');
    }
  });

  return {
    async open() {
      try {
        fill(await unwrap(api().getSettings()));
        const list = await unwrap(api().listBackups());
        clear(backups);
        if (!list.length) backups.append(h('li', { className: 'empty' }, 'No backups yet.'));
        for (const b of list) {
          const restore = h('button', { type: 'button', className: 'link' }, 'Restore…');
          restore.addEventListener('click', async () => {
            try {
              await beforeRestore();
            } catch (err) {
              return announce((err as Error).message, 'error');
            }
            const r = await unwrap(api().restoreBackup(b.name)).catch((err: Error) => {
              announce(err.message, 'error');
              return null;
            });
            if (r?.restarting) announce('Restoring the backup; Briefing Desk restarts…');
          });
          backups.append(h('li', {}, `${new Date(b.createdAt).toLocaleString()} · ${b.reason} · ${Math.ceil(b.bytes / 1024)} KB `, restore));
        }
        showModal(dialog, analyst);
      } catch (err) {
        announce((err as Error).message, 'error');
      }
    },
  };
}
