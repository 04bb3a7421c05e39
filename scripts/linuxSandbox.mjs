// Whether Chromium's sandbox can start on this Linux machine, and what to do when it cannot. Ubuntu 23.10
// and later (AppArmor's apparmor_restrict_unprivileged_userns = 1) refuse user namespaces to programs
// without an AppArmor profile that allows them; Chromium then falls back to the setuid helper
// chrome-sandbox, which works only when root owns it with mode 4755. Neither holds for Electron in
// node_modules or for an AppImage, and Electron aborts before any of the app's code runs ("The SUID
// sandbox helper binary was found, but is not configured correctly"). So `npm start` checks first
// (scripts/check-sandbox.mjs) and says what to do. The sandbox is never turned off (no --no-sandbox).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What the check reads from the machine, gathered by machineFacts() (tests pass their own). */
export function machineFacts(executable) {
  const read = (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  };
  const sandbox = join(dirname(executable), 'chrome-sandbox');
  const stat = existsSync(sandbox) ? statSync(sandbox) : null;
  let profiles = [];
  try {
    profiles = readdirSync('/etc/apparmor.d', { withFileTypes: true }).filter((e) => e.isFile()).map((e) => read(join('/etc/apparmor.d', e.name)) ?? '');
  } catch {
    // no AppArmor here
  }
  return {
    platform: process.platform,
    executable,
    restrictUserns: read('/proc/sys/kernel/apparmor_restrict_unprivileged_userns')?.trim() ?? null,
    sandboxHelper: stat ? { path: sandbox, uid: stat.uid, mode: stat.mode } : null,
    profiles,
  };
}

/** Null when the sandbox can start; otherwise the message that tells the analyst what to do. */
export function sandboxProblem(facts) {
  if (facts.platform !== 'linux' || facts.restrictUserns !== '1') return null;
  const helper = facts.sandboxHelper;
  if (helper && helper.uid === 0 && (helper.mode & 0o4755) === 0o4755) return null; // the setuid fallback works
  if (facts.profiles.some((text) => text.includes(facts.executable) && /\buserns\b/.test(text))) return null;
  const sandbox = helper?.path ?? join(dirname(facts.executable), 'chrome-sandbox');
  return [
    "Electron's sandbox cannot start here: this system (Ubuntu 23.10 or later) restricts unprivileged user",
    'namespaces (kernel.apparmor_restrict_unprivileged_userns = 1), and no AppArmor profile allows them for',
    `  ${facts.executable}`,
    'Briefing Desk never runs without its sandbox. Either of these makes it work (both need sudo, once):',
    '  1. An AppArmor profile for this Electron (build/linux/apparmor-profile.tpl is the one the .deb installs):',
    `       sed 's|/opt/\${sanitizedProductName}/\${executable}|${facts.executable}|; s|\${executable}|briefing-desk-dev|g' build/linux/apparmor-profile.tpl | sudo tee /etc/apparmor.d/briefing-desk-dev`,
    '       sudo apparmor_parser -r /etc/apparmor.d/briefing-desk-dev',
    '  2. The setuid sandbox helper, as Electron documents it:',
    `       sudo chown root:root '${sandbox}' && sudo chmod 4755 '${sandbox}'`,
    'The installed .deb sets this up by itself; for the AppImage see the README ("Ubuntu 23.10 and later").',
  ].join('\n');
}
