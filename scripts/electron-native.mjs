// Builds better-sqlite3 for Electron's ABI into .cache/electron-native/<electron>-<platform>-<arch>/,
// leaving node_modules' build (Node's ABI, used by the tests and the command line) alone. Runs before
// `npm start` and `npm run dist`; does nothing when the build for this Electron version exists.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const target = join('.cache', 'electron-native', `${electronVersion}-${process.platform}-${process.arch}`);
const output = join(target, 'better_sqlite3.node');
// electron-builder packs .cache/electron-native/current into the app's resources/native.
const current = join('.cache', 'electron-native', 'current');
const publish = () => {
  mkdirSync(current, { recursive: true });
  cpSync(output, join(current, 'better_sqlite3.node'));
};
if (existsSync(output)) {
  publish();
  process.exit(0);
}

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = join('.cache', 'electron-native', 'build');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
for (const part of ['package.json', 'binding.gyp', 'src', 'deps']) cpSync(join(source, part), join(work, part), { recursive: true });

console.log(`Building better-sqlite3 for Electron ${electronVersion} (${process.platform}-${process.arch}); this takes a minute or two, once.`);
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
execFileSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`], {
  cwd: work,
  stdio: 'inherit',
  env: { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' },
});
mkdirSync(target, { recursive: true });
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), output);
rmSync(work, { recursive: true, force: true });
publish();
console.log(`Built ${output}`);
