// Finding 3: on Ubuntu 23.10 and later, Electron aborts before the app's code runs when neither an
// AppArmor profile nor the setuid helper lets Chromium's sandbox start. `npm start` checks first and says
// what to do (scripts/linuxSandbox.mjs); the .deb installs the profile. The sandbox is never turned off.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineFacts, sandboxProblem, type MachineFacts } from '../../scripts/linuxSandbox.mjs';
import { PROJECT_ROOT } from '../helpers/temp';

const executable = '/home/analyst/briefing-desk/node_modules/electron/dist/electron';
const ubuntu24: MachineFacts = {
  platform: 'linux',
  executable,
  restrictUserns: '1',
  sandboxHelper: { path: '/home/analyst/briefing-desk/node_modules/electron/dist/chrome-sandbox', uid: 1000, mode: 0o100755 },
  profiles: [],
};

describe('the Linux sandbox check before npm start', () => {
  it('says what to do where the sandbox cannot start, and never to turn it off', () => {
    const message = sandboxProblem(ubuntu24)!;
    expect(message).toMatch(/apparmor_restrict_unprivileged_userns = 1/);
    expect(message).toContain(`sudo chown root:root '${ubuntu24.sandboxHelper!.path}' && sudo chmod 4755`);
    expect(message).toContain('sudo apparmor_parser -r /etc/apparmor.d/briefing-desk-dev');
    expect(message).not.toMatch(/no-sandbox|disable-setuid/);
  });

  it('finds nothing to say where the sandbox starts', () => {
    expect(sandboxProblem({ ...ubuntu24, platform: 'darwin' })).toBeNull();
    expect(sandboxProblem({ ...ubuntu24, restrictUserns: '0' })).toBeNull(); // Debian, older Ubuntu
    expect(sandboxProblem({ ...ubuntu24, restrictUserns: null })).toBeNull(); // no AppArmor
    expect(sandboxProblem({ ...ubuntu24, sandboxHelper: { ...ubuntu24.sandboxHelper!, uid: 0, mode: 0o104755 } })).toBeNull();
    expect(sandboxProblem({ ...ubuntu24, profiles: [`profile dev "${executable}" flags=(unconfined) {\n  userns,\n}`] })).toBeNull();
  });

  it('the root-owned helper without its setuid bit, or a profile that does not allow userns, is not enough', () => {
    expect(sandboxProblem({ ...ubuntu24, sandboxHelper: { ...ubuntu24.sandboxHelper!, uid: 0, mode: 0o100755 } })).not.toBeNull();
    expect(sandboxProblem({ ...ubuntu24, profiles: [`profile dev "${executable}" {\n}`] })).not.toBeNull();
  });

  it('reads this machine without failing', () => {
    const facts = machineFacts(executable);
    expect(facts.platform).toBe(process.platform);
    expect(facts.sandboxHelper).toBeNull(); // no such file here
  });

  it('the profile command in the message turns the .deb profile into a valid one for the development Electron', () => {
    const command = sandboxProblem(ubuntu24)!.split('\n').find((l) => l.includes('sed '))!.trim().replace(/ \| sudo tee .*$/, '');
    const profile = execFileSync('sh', ['-c', command], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(profile).toContain(`profile "briefing-desk-dev" "${executable}" flags=(unconfined) {`);
    expect(profile).toMatch(/^\s*userns,$/m);
    expect(profile).not.toContain('${');
  });
});

describe('the AppArmor profile the .deb installs', () => {
  it('is the one package.json names, and allows user namespaces for the installed executable', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { build: { deb: { appArmorProfile: string }; linux: { executableName: string } } };
    const profile = readFileSync(join(PROJECT_ROOT, pkg.build.deb.appArmorProfile), 'utf8');
    // electron-builder fills in these two names (its after-install script copies the file to
    // /etc/apparmor.d/ and loads it); the .deb installs the app at /opt/<product name>/<executable>.
    expect(profile).toContain('profile "${executable}" "/opt/${sanitizedProductName}/${executable}" flags=(unconfined) {');
    expect(profile).toMatch(/^\s*userns,$/m);
    expect(pkg.build.linux.executableName).toBe('briefing-desk');
  });
});
