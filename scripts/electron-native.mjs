// Puts better-sqlite3 for Electron's ABI into .cache/electron-native/<electron>-<platform>-<arch>/,
// leaving node_modules' build (Node's ABI, used by the tests and the command line) alone. Runs before
// `npm start` and, through build/beforePack.cjs, before electron-builder packs each architecture
// (`--arch=x64|arm64`, default this machine's); does nothing when the build for this Electron version
// and architecture exists. First it tries better-sqlite3's prebuilt binary for this Electron
// (prebuild-install, from the project's GitHub releases: needs the network, no compiler); where there is
// none or no network, it compiles (node-gyp: a C++ toolchain and Electron's headers, also downloaded).
// Cross-building Linux arm64 on x64 uses the aarch64-linux-gnu compilers (Debian/Ubuntu:
// g++-aarch64-linux-gnu); macOS and Windows compilers target both architectures.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nativeBuildSteps } from './electronNativeSteps.mjs';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const arch = process.argv.find((a) => a.startsWith('--arch='))?.slice('--arch='.length) ?? process.arch;
if (!['x64', 'arm64'].includes(arch)) throw new Error(`Unsupported architecture "${arch}" (x64 or arm64).`);
const target = join('.cache', 'electron-native', `${electronVersion}-${process.platform}-${arch}`);
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

const crossLinux = process.platform === 'linux' && arch !== process.arch && arch === 'arm64';
const compilers = crossLinux ? { CC: process.env.CC ?? 'aarch64-linux-gnu-gcc', CXX: process.env.CXX ?? 'aarch64-linux-gnu-g++' } : {};
const steps = nativeBuildSteps({
  electronVersion,
  platform: process.platform,
  arch,
  prebuildInstall: createRequire(join(source, 'package.json')).resolve('prebuild-install/bin.js'),
  nodeGyp: require.resolve('node-gyp/bin/node-gyp.js'),
});
const built = join(work, 'build', 'Release', 'better_sqlite3.node');
for (const step of steps) {
  console.log(step.say);
  try {
    execFileSync(process.execPath, step.args, {
      cwd: work,
      stdio: 'inherit',
      env: { ...nodeGypEnv(), ...(step.kind === 'compile' ? compilers : {}), npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' },
    });
    if (existsSync(built)) break;
  } catch (err) {
    if (step.kind === 'compile') throw err;
    console.log('No prebuilt binary could be fetched (no network, or none for this Electron): compiling it instead.');
  }
}
// A machine-wide `nodedir` (npm config) would silently compile against Node's headers instead of
// Electron's; the module would then fail to load in the app. Check the ABI the module registers for.
const abi = readFileSync(require.resolve('electron/abi_version'), 'utf8').trim();
const registered = /node_register_module_v(\d+)/.exec(readFileSync(built, 'latin1'))?.[1];
if (registered !== abi) throw new Error(`better-sqlite3 was built for ABI ${registered}, not Electron ${electronVersion}'s ${abi}: check node-gyp's header settings.`);
mkdirSync(target, { recursive: true });
cpSync(built, output);
rmSync(work, { recursive: true, force: true });
publish();
console.log(`Built ${output}`);

function nodeGypEnv() {
  // npm passes its config to scripts as npm_config_* variables; nodedir must not point node-gyp at Node.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_nodedir$/i.test(key)) delete env[key];
  return env;
}
