// The About dialog's text, apart from Electron so that tests read it under Node: the app's version,
// the runtime's versions, and the bundled production dependencies grouped by the licence each declares
// (dist/licenses.json, written at build time by scripts/bundledLicenses.mjs).

export interface BundledLicences {
  app: { name: string; version: string; license: string };
  electron: { version: string; license: string };
  packages: { name: string; version: string; license: string }[];
}

export interface RuntimeVersions {
  electron: string;
  chrome: string;
  node: string;
}

export function aboutText(licences: BundledLicences, runtime: RuntimeVersions): { message: string; detail: string } {
  const byLicence = new Map<string, string[]>();
  for (const p of licences.packages) {
    const list = byLicence.get(p.license) ?? [];
    list.push(`${p.name} ${p.version}`);
    byLicence.set(p.license, list);
  }
  const groups = [...byLicence.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const detail = [
    `Version ${licences.app.version}, ${licences.app.license} licence.`,
    `Electron ${runtime.electron} (${licences.electron.license}), Chromium ${runtime.chrome}, Node.js ${runtime.node}. Chromium's own licences are in LICENSES.chromium.html beside the application.`,
    '',
    `Bundled software (${licences.packages.length} packages), by licence:`,
    ...groups.map(([licence, names]) => `${licence} (${names.length}): ${names.join(', ')}`),
  ].join('\n');
  return { message: `${licences.app.name} ${licences.app.version}`, detail };
}
