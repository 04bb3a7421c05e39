// Builds the app into dist/: main process and command line (Node, CommonJS), the sandboxed preload
// (one self-contained file), and the renderer (one browser script plus its HTML and CSS).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { bundledLicenses } from './bundledLicenses.mjs';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node20', platform: 'node', format: 'cjs' };
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/renderer', { recursive: true });

await Promise.all([
  // Dependencies stay in node_modules (native better-sqlite3 above all); electron is provided at run time.
  build({ ...common, entryPoints: { main: 'electron/main/main.ts' }, outdir: 'dist', packages: 'external' }),
  build({ ...common, entryPoints: { cli: 'electron/cli/briefing.ts' }, outdir: 'dist', packages: 'external' }),
  // The import job's worker threads load this file by path (dist/importWorker.js).
  build({ ...common, entryPoints: { importWorker: 'electron/core/importer/importWorker.ts' }, outdir: 'dist', packages: 'external' }),
  // A sandboxed preload may require only 'electron': everything else is bundled in.
  build({ ...common, entryPoints: { preload: 'electron/preload/preload.ts' }, outdir: 'dist', external: ['electron'] }),
  build({ ...common, platform: 'browser', format: 'iife', target: 'chrome120', entryPoints: { renderer: 'renderer/main.ts' }, outdir: 'dist/renderer' }),
]);
cpSync('renderer/index.html', 'dist/renderer/index.html');
cpSync('renderer/styles.css', 'dist/renderer/styles.css');
// The About dialog lists the version and licence of every production dependency the package ships.
writeFileSync('dist/licenses.json', JSON.stringify(bundledLicenses(process.cwd()), null, 1));
