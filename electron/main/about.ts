// Help > About (the app menu's About on macOS): version and the licences of the bundled software.
// The list is read when the dialog opens, not at start-up: the first paint does not need it.
import { app, clipboard, dialog, type BrowserWindow } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aboutText, type BundledLicences } from './aboutText';

export async function showAbout(owner: BrowserWindow | null): Promise<void> {
  let text: { message: string; detail: string };
  try {
    const licences = JSON.parse(readFileSync(join(app.getAppPath(), 'dist', 'licenses.json'), 'utf8')) as BundledLicences;
    text = aboutText(licences, { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node });
  } catch (err) {
    text = { message: `${app.getName()} ${app.getVersion()}`, detail: `The list of bundled software could not be read: ${(err as Error).message}` };
  }
  const options = { type: 'info' as const, title: `About ${app.getName()}`, ...text, buttons: ['OK', 'Copy'], defaultId: 0, cancelId: 0 };
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  if (response === 1) clipboard.writeText(`${text.message}\n\n${text.detail}`);
}
