// Finding 8: better-sqlite3 for Electron's ABI comes from the project's prebuilt binaries where the
// network allows, and is compiled (a C++ toolchain) only when none can be fetched.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBuildSteps } from '../../scripts/electronNativeSteps.mjs';
import { PROJECT_ROOT } from '../helpers/temp';

const require = createRequire(join(PROJECT_ROOT, 'package.json'));
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const prebuildInstall = createRequire(join(sqliteDir, 'package.json')).resolve('prebuild-install/bin.js');
const electronVersion = (require('electron/package.json') as { version: string }).version;

describe('better-sqlite3 for Electron', () => {
  const steps = nativeBuildSteps({ electronVersion, platform: 'linux', arch: 'arm64', prebuildInstall, nodeGyp: '/x/node-gyp.js' });

  it('tries the prebuilt binary for this Electron first, then compiles', () => {
    expect(steps.map((s) => s.kind)).toEqual(['prebuilt', 'compile']);
    expect(steps[0]!.args).toEqual([prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--platform', 'linux', '--arch', 'arm64', '--verbose']);
    expect(steps[1]!.args).toContain(`--target=${electronVersion}`);
    expect(steps[1]!.say).toMatch(/C\+\+ toolchain/);
  });

  it("prebuild-install understands the request: it looks for the Electron ABI's binary", () => {
    // Run where there is no local or cached prebuild and no network answer matters: what it asks for
    // names Electron's ABI (electron-v<abi>), not Node's. Offline it fails, and the script compiles.
    const dir = mkdtempSync(join(tmpdir(), 'briefing-prebuild-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1', repository: { type: 'git', url: 'git://github.com/WiseLibs/better-sqlite3.git' } }));
      const abi = readFileSync(require.resolve('electron/abi_version'), 'utf8').trim();
      const run = spawnSync(process.execPath, steps[0]!.args, { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_cache: dir, HTTPS_PROXY: 'http://127.0.0.1:9' } });
      expect(`${run.stdout}${run.stderr}`).toContain(`better-sqlite3-v12.11.1-electron-v${abi}-linux-arm64.tar.gz`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
