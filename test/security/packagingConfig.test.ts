// The packaging configuration (package.json "build"), read the way electron-builder 26 reads it: valid
// against its schema, release fuses set, the test build's one difference, targets for the three systems,
// icons from the one drawing, and the paths the packaged app looks in matching what the package holds.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/temp';

const builderRequire = createRequire(join(PROJECT_ROOT, 'node_modules', 'electron-builder', 'package.json'));
const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, path: null, extra: unknown): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { DebugLogger } = builderRequire('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

type Target = { target: string; arch: string[] };
type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };

/** The configuration electron-builder builds with for one of our npm scripts, CLI overrides included. */
async function effectiveConfig(script: string): Promise<Config> {
  const yargs = builderRequire('yargs') as () => unknown;
  const { configureBuildCommand, normalizeOptions } = builderRequire('./out/builder') as {
    configureBuildCommand(y: unknown): { parse(argv: string[]): unknown };
    normalizeOptions(args: unknown): { config?: Config };
  };
  const argv = pkg.scripts[script]!.split('&&').at(-1)!.trim().split(/\s+/).slice(1); // after "electron-builder"
  const options = normalizeOptions(configureBuildCommand(yargs()).parse(argv));
  const config = await getConfig(PROJECT_ROOT, null, options.config ?? null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

const RELEASE_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('packaging configuration', () => {
  it('is valid for electron-builder 26 and flips the release fuses', async () => {
    const config = await effectiveConfig('dist');
    expect(config.electronFuses).toEqual(RELEASE_FUSES);
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false); // node_modules keeps its Node build for the tests and the CLI
  });

  it("differs in the test build only by what Playwright's _electron needs (--inspect)", async () => {
    const config = await effectiveConfig('dist:e2e');
    expect(config.electronFuses).toEqual({ ...RELEASE_FUSES, enableNodeCliInspectArguments: true });
    expect(pkg.scripts['dist:e2e']).toContain('--dir');
  });

  it('targets Windows, macOS and Linux on x64 and arm64', async () => {
    const config = await effectiveConfig('dist');
    const targets = (platform: string) => Object.fromEntries((config[platform].target as Target[]).map((t) => [t.target, [...t.arch].sort()]));
    expect(targets('win')).toEqual({ nsis: ['arm64', 'x64'], portable: ['arm64', 'x64'] });
    expect(targets('mac')).toEqual({ dmg: ['arm64', 'x64'], zip: ['arm64', 'x64'] });
    expect(targets('linux')).toEqual({ AppImage: ['arm64', 'x64'], deb: ['arm64', 'x64'] });
    // The installer and the portable build are both .exe files: their names must differ.
    expect(config.nsis.artifactName).not.toBe(config.portable.artifactName);
    expect(config.linux.desktop.entry).toMatchObject({ Name: 'Briefing Desk', Categories: 'Office;' });
  });

  it('signs macOS builds with the hardened runtime and only the JIT entitlement', async () => {
    const config = await effectiveConfig('dist');
    expect(config.mac.hardenedRuntime).toBe(true);
    // Signing and notarisation come from the environment (CSC_LINK, APPLE_API_KEY...), never from the file.
    expect(config.mac.identity).toBeUndefined();
    expect(config.mac.notarize).toBeUndefined();
    const plist = readFileSync(join(PROJECT_ROOT, config.mac.entitlements), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements);
  });

  it('has icons for each system, rendered from the one committed drawing', async () => {
    const config = await effectiveConfig('dist');
    expect(existsSync(join(PROJECT_ROOT, 'build', 'icon.svg'))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) expect(pngSize(join(PROJECT_ROOT, config.linux.icon, `${size}x${size}.png`))).toEqual([size, size]);
    const ico = readFileSync(join(PROJECT_ROOT, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(icoSizes).toContain(256); // electron-builder refuses an .ico without a 256-pixel image
    const icns = readFileSync(join(PROJECT_ROOT, config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true); // the 1024-pixel image
  });

  it('ships seeds and the Electron build of better-sqlite3 where the packaged app looks for them', async () => {
    const config = await effectiveConfig('dist');
    const resources = Object.fromEntries((config.extraResources as { from: string; to: string }[]).map((r) => [r.to, r.from]));
    expect(resources).toEqual({ seeds: 'seeds', native: '.cache/electron-native/current' });
    const main = readFileSync(join(PROJECT_ROOT, 'electron', 'main', 'libraryServices.ts'), 'utf8');
    expect(main).toContain("join(process.resourcesPath, 'seeds')");
    const binding = readFileSync(join(PROJECT_ROOT, 'electron', 'main', 'nativeBinding.ts'), 'utf8');
    expect(binding).toContain("join(process.resourcesPath, 'native', 'better_sqlite3.node')");
    // The hook that builds that module for each architecture before electron-builder copies it.
    expect(config.beforePack).toBe('build/beforePack.cjs');
    const hook = createRequire(__filename)(join(PROJECT_ROOT, config.beforePack)) as { default: unknown };
    expect(typeof hook.default).toBe('function');
  });

  it('packs every module the built main process and import threads require, and nothing they must not', async () => {
    const config = await effectiveConfig('dist');
    const files = (config.files as { filter: string[] }[]).flatMap((f) => f.filter);
    expect(files).toContain('dist/**/*');
    expect(files).toContain('!dist/**/*.map');
    const excluded = files.map((f) => /^!node_modules\/((?:@[^/]+\/)?[^/]+)\/\*\*$/.exec(f)?.[1]).filter(Boolean);
    // playwright-core: the command line's PDF printer (the app prints with Electron). @napi-rs/canvas:
    // PDF.js's optional native canvas, installed for the build machine's architecture only; the app reads
    // PDFs without it (electron/core/pdf/domMatrix.ts, test/main/pdfWithoutCanvas.test.ts).
    expect(excluded).toEqual(['playwright-core', '@napi-rs/canvas', '@napi-rs/canvas-*']);
    const builtins = new Set(builderRequire('node:module').builtinModules as string[]);
    // The main process and the import's threads; some modules are required lazily (the HTML parser at
    // the first HTML page), so a missing one would fail only then, not at start.
    for (const bundle of ['main.js', 'importWorker.js']) {
      const code = readFileSync(join(PROJECT_ROOT, 'dist', bundle), 'utf8');
      const required = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))];
      expect(required).toContain('better-sqlite3');
      for (const name of required) {
        if (name === 'electron' || name.startsWith('node:') || builtins.has(name)) continue;
        const packageName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!;
        expect(Object.keys(pkg.dependencies), `${name} is required by dist/${bundle}`).toContain(packageName);
        expect(excluded, `${name} is required by dist/${bundle} but left out of the package`).not.toContain(packageName);
      }
    }
  });
});

describe('release workflow', () => {
  it('builds, tests and packages on the three systems and drafts a release on a version tag', () => {
    const yaml = builderRequire('js-yaml') as { load(text: string): Config };
    const workflow = yaml.load(readFileSync(join(PROJECT_ROOT, '.github', 'workflows', 'release.yml'), 'utf8'));
    expect(workflow.on.push.tags).toEqual(['v*']);
    const job = workflow.jobs.package;
    expect(job.strategy.matrix.include.map((m: { os: string }) => m.os.split('-')[0]).sort()).toEqual(['macos', 'ubuntu', 'windows']);
    const steps = job.steps as { uses?: string; run?: string }[];
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/npm ci/);
    expect(runs).toMatch(/npm test/);
    expect(runs).toMatch(/npm run security/);
    expect(runs).toMatch(/electron-builder --publish never/);
    // Only the code host's own actions; the release is made with its CLI.
    const uses = [...steps, ...workflow.jobs.release.steps].map((s: { uses?: string }) => s.uses).filter((u): u is string => Boolean(u));
    expect(uses.length).toBeGreaterThanOrEqual(4);
    expect(uses.every((u) => u.startsWith('actions/'))).toBe(true);
    expect(workflow.jobs.release.if).toContain("refs/tags/v");
  });
});
