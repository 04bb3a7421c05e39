// The ways scripts/electron-native.mjs gets better-sqlite3 for Electron, in the order it tries them: the
// project's prebuilt binary for this Electron version, platform and architecture (no compiler needed),
// then a compile against Electron's headers. Both fetch from the network the first time.
export function nativeBuildSteps({ electronVersion, platform, arch, prebuildInstall, nodeGyp }) {
  const where = `Electron ${electronVersion} (${platform}-${arch})`;
  return [
    {
      kind: 'prebuilt',
      say: `Fetching better-sqlite3's prebuilt binary for ${where}.`,
      args: [prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--platform', platform, '--arch', arch, '--verbose'],
    },
    {
      kind: 'compile',
      say: `Compiling better-sqlite3 for ${where}: this needs a C++ toolchain and takes a minute or two, once.`,
      args: [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', `--arch=${arch}`],
    },
  ];
}
