// Run before `npm start` (package.json "prestart"): on Linux, stops with a clear message when Chromium's
// sandbox cannot start for the Electron in node_modules (scripts/linuxSandbox.mjs), instead of Electron's
// abort. Electron's binary not installed yet (it downloads on first start) is not a problem to report.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { machineFacts, sandboxProblem } from './linuxSandbox.mjs';

if (process.platform === 'linux') {
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  const executable = existsSync(pathFile) ? join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()) : join(dir, 'dist', 'electron');
  const problem = sandboxProblem(machineFacts(executable));
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
