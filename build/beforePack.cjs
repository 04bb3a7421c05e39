// electron-builder calls this before it packs each platform and architecture: it builds better-sqlite3
// for that Electron version and architecture (scripts/electron-native.mjs, cached per version and arch
// under .cache/electron-native/) and puts it in .cache/electron-native/current, which "extraResources"
// copies to resources/native, outside the app archive, where electron/main/nativeBinding.ts loads it.
// better-sqlite3 is the only native module the package carries: PDF.js's optional @napi-rs/canvas
// (installed for the build machine only, so wrong in a package for the other architecture) is left out
// by "files", and the app reads PDFs without it (electron/core/pdf/domMatrix.ts).
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

exports.default = async function beforePack(context) {
  const arch = ARCH_NAMES[context.arch];
  if (context.electronPlatformName !== process.platform) {
    throw new Error(`better-sqlite3 is compiled on the system it ships for: build the ${context.electronPlatformName} packages on ${context.electronPlatformName}, not on ${process.platform}.`);
  }
  if (!arch || arch === 'universal' || arch === 'ia32' || arch === 'armv7l') throw new Error(`Unsupported architecture for the native module: ${arch}`);
  const projectDir = context.packager.projectDir;
  execFileSync(process.execPath, [join(projectDir, 'scripts', 'electron-native.mjs'), `--arch=${arch}`], { cwd: projectDir, stdio: 'inherit' });
};
