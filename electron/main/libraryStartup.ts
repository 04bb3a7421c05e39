// Opening the library at start: a backup before any migration, a damaged file set aside (never
// overwritten) with the newest good backup offered in its place, and the daily backup afterwards, taken
// only after the whole file passed its check on a thread (damage found then is reported the same way).
import { backupBeforeMigration, dailyBackup, isHealthy, listBackups, newestGoodBackup, restoreBackup, setAside } from '../core/db/backups';
import { DatabaseError } from '../core/db/errors';
import { checkWholeFile } from '../core/db/integrityCheck';
import { defaultWorkerScript } from '../core/importer/importJob';
import { openLibrary, type Library } from '../core/library';
import { QuitRequested, type MessageBox } from './shell';

/** What opening the library needs from the app: its dialogs, and a restart on a restored file. Passed in
 *  (not imported from Electron) so that the recovery runs under Node in the tests. */
export interface LibraryUi {
  showMessageBox(options: MessageBox): Promise<{ response: number }>;
  restart(): void;
}

export async function openLibraryAtStart(dbPath: string, ui: LibraryUi): Promise<Library> {
  // A file too damaged to read its version is no reason not to start: the integrity check below finds it.
  await backupBeforeMigration(dbPath).catch((err: unknown) => console.error('[backup] no pre-migration backup:', err));
  let library: Library;
  try {
    library = openLibrary(dbPath);
  } catch (err) {
    if (!(err instanceof DatabaseError) || err.code !== 'DB_CORRUPT') throw err;
    library = await recoverDamagedLibrary(dbPath, err.message, ui);
  }
  // Not awaited: the window need not wait for the check or the copy; a failure to copy is logged. The
  // check's thread holds the file, so it is the library's background work, stopped before a restore.
  void library
    .inBackground((signal) => dailyBackup(library.db, dbPath, () => checkWholeFile(dbPath, defaultWorkerScript(), signal)))
    .then(({ damage }) => (damage ? offerRestoreOfDamaged(dbPath, damage, library, ui) : undefined))
    .catch((e: unknown) => console.error('[backup] daily backup failed:', e));
  return library;
}

/** Damage the daily check found while the app runs: the analyst may restore the newest good backup (the
 *  damaged file is set aside, with what was written since) or keep working, without a backup, until the
 *  next start checks again. */
async function offerRestoreOfDamaged(dbPath: string, problem: string, library: Library, ui: LibraryUi): Promise<void> {
  const backup = newestGoodBackup(dbPath);
  const buttons = backup ? ['Restore the backup and restart', 'Keep working'] : ['Keep working'];
  const { response } = await ui.showMessageBox({
    type: 'warning',
    title: 'The library is damaged',
    message: 'Your library failed its integrity check, so today\'s backup was not taken.',
    detail: `${problem}\n\n${backup ? `The newest good backup is from ${new Date(backup.createdAt).toLocaleString()}. Restoring keeps the damaged file beside it (set aside, not deleted), with anything written since.` : 'There is no good backup to restore.'}`,
    buttons,
    defaultId: buttons.length - 1,
    cancelId: buttons.length - 1,
  });
  if (buttons[response] === 'Restore the backup and restart' && backup) await relaunchOnBackup(dbPath, backup.file, library, ui, 'damaged');
}

/** Closes the library (a file still open cannot be moved on Windows), puts the backup in its place (the
 *  current file set aside: as damaged, or by restoreBackup as before-restore) and restarts on it. */
async function relaunchOnBackup(dbPath: string, backupFile: string, library: Library | null, ui: LibraryUi, damaged?: 'damaged'): Promise<void> {
  // Every thread of the library's (an import's coordinator, the daily check, re-analysis) must let go of
  // the file before it can be moved on Windows.
  await library?.stopBackgroundWork();
  library?.close();
  if (damaged) setAside(dbPath, damaged);
  restoreBackup(dbPath, backupFile);
  ui.restart();
}

async function recoverDamagedLibrary(dbPath: string, problem: string, ui: LibraryUi): Promise<Library> {
  const aside = setAside(dbPath, 'damaged');
  const backup = newestGoodBackup(dbPath);
  const buttons = backup ? ['Restore the backup', 'Start an empty library', 'Quit'] : ['Start an empty library', 'Quit'];
  const { response } = await ui.showMessageBox({
    type: 'warning',
    title: 'The library is damaged',
    message: 'Your library failed its integrity check.',
    detail: `${problem}\n\nThe damaged file was kept at:\n${aside}\n\n${backup ? `The newest good backup is from ${new Date(backup.createdAt).toLocaleString()}.` : 'There is no backup to restore.'}`,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
  });
  const choice = buttons[response];
  // The lifecycle ends the app on this, without the error box a failed start shows.
  if (choice === 'Quit') throw new QuitRequested();
  if (choice === 'Restore the backup' && backup) restoreBackup(dbPath, backup.file);
  return openLibrary(dbPath);
}

/** The backups the window may list and restore; restoring relaunches the app on the restored file. */
export function backupsForWindow(dbPath: string, getLibrary: () => Library | null, ui: LibraryUi) {
  return {
    list: () => listBackups(dbPath),
    async restore(name: string) {
      const backup = listBackups(dbPath).find((b) => b.name === name);
      if (!backup) throw Object.assign(new Error(`There is no backup named ${name}.`), { code: 'NOT_FOUND' });
      const { response } = await ui.showMessageBox({
        type: 'question',
        message: `Restore the backup from ${new Date(backup.createdAt).toLocaleString()}?`,
        detail: 'The current library is kept beside it (set aside, not deleted), and Briefing Desk restarts on the backup.',
        buttons: ['Restore and restart', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      });
      if (response !== 0) return { restarting: false };
      if (!isHealthy(backup.file)) throw Object.assign(new Error(`The backup ${backup.name} is damaged and was not restored.`), { code: 'BACKUP_DAMAGED' });
      await relaunchOnBackup(dbPath, backup.file, getLibrary(), ui);
      return { restarting: true };
    },
  };
}
