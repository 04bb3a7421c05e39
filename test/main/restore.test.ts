// Restoring a backup while the library is busy (findings 4 and 7): every thread that holds the file (the
// import's coordinator, the daily check) has let go of it before it is moved, which Windows requires
// (there a file still open cannot be renamed, and the app was left with a closed library); then the app
// restarts the executable the analyst launched, not a portable build's or an AppImage's temporary copy.
// Real files under Node; which files the process holds open is read from /proc (Linux, as on CI).
import { existsSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase } from '../../electron/core/db/backups';
import { openLibrary } from '../../electron/core/library';
import { backupsForWindow, openLibraryAtStart } from '../../electron/main/libraryStartup';
import { relaunchOptions, restartApp } from '../../electron/main/relaunch';
import type { MessageBox } from '../../electron/main/shell';
import { fakeElectron } from '../helpers/fakeElectron';
import { tempDir } from '../helpers/temp';

/** The files under `dir` this process (any of its threads) holds open. */
function openFilesUnder(dir: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(dir) ? [target] : [];
    } catch {
      return []; // closed meanwhile
    }
  });
}

function articles(count: number): string {
  const dir = tempDir('briefing-articles-');
  for (let i = 0; i < count; i++) {
    const body = `Article ${i}. The minister said on Monday that talks on the border would resume in Almaty. `.repeat(30);
    writeFileSync(join(dir, `article-${i}.txt`), `Title ${i}\n\n${body}`);
  }
  return dir;
}

describe.skipIf(process.platform !== 'linux')('restore while the library is busy', () => {
  it('stops the import and the daily check before moving the file, then relaunches the AppImage itself', async () => {
    const libraryDir = tempDir();
    const dbPath = join(libraryDir, 'briefing.db');
    openLibrary(dbPath).close();
    const fake = fakeElectron({ env: { APPIMAGE: '/home/analyst/Apps/Briefing Desk.AppImage' } });
    let heldAtRestart: string[] | null = null;
    const ui = {
      showMessageBox: (options: MessageBox) => fake.dialog.showMessageBox(options),
      restart: () => {
        heldAtRestart = openFilesUnder(libraryDir);
        restartApp(fake.app, fake.env, fake.argv);
      },
    };
    // As at start: the daily check's thread is started with the library.
    const library = await openLibraryAtStart(dbPath, ui);
    const backup = await backupDatabase(library.db, dbPath, 'manual');

    let stored = 0;
    const job = library.importPaths([articles(400)], { onProgress: (p) => (stored = p.imported), progressIntervalMs: 0 });
    await expect.poll(() => stored).toBeGreaterThan(0); // the coordinator has the file open and is writing
    fake.dialog.answers.push('Restore and restart');
    await expect(backupsForWindow(dbPath, () => library, ui).restore(backup.name)).resolves.toEqual({ restarting: true });

    expect(heldAtRestart).toEqual([]);
    const report = await job;
    expect(report.cancelled).toBe(true);
    expect(fake.app.relaunches).toEqual([{ execPath: '/home/analyst/Apps/Briefing Desk.AppImage', args: ['--from-test'] }]);
    expect(fake.app.ended).toEqual({ by: 'exit', code: 0 });
    // The restored file (the backup, taken before the import) is in place; the busy one was set aside.
    const restored = openLibrary(dbPath);
    expect(restored.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
    restored.close();
    expect(readdirSync(libraryDir).some((f) => f.includes('before-restore'))).toBe(true);
    expect(existsSync(dbPath)).toBe(true);
  });
});

describe('relaunch options', () => {
  const argv = ['/tmp/.mount_BriefXYZ/briefing-desk', '--flag'];
  it('relaunches a Windows portable build from its own file, not the unpacked temporary copy', () => {
    expect(relaunchOptions({ PORTABLE_EXECUTABLE_FILE: 'D:\\Tools\\Briefing Desk.exe' }, argv)).toEqual({ execPath: 'D:\\Tools\\Briefing Desk.exe', args: ['--flag'] });
  });
  it('relaunches an AppImage from the image, not its mount', () => {
    expect(relaunchOptions({ APPIMAGE: '/home/a/Briefing.AppImage' }, argv)).toEqual({ execPath: '/home/a/Briefing.AppImage', args: ['--flag'] });
  });
  it('relaunches an installed app as Electron does by default, and exits without quit events', () => {
    const fake = fakeElectron();
    let quitEvents = 0;
    fake.app.on('before-quit', () => quitEvents++);
    restartApp(fake.app, {}, argv);
    expect(fake.app.relaunches).toEqual([undefined]);
    expect(fake.app.ended).toEqual({ by: 'exit', code: 0 });
    expect(quitEvents).toBe(0);
  });
});
