// Lists the production dependencies that ship inside the package, with the licence each declares in its
// package.json, for the About dialog (written to dist/licenses.json by scripts/build.mjs). The walk
// follows `dependencies` and `optionalDependencies` from the app's package.json the way Node resolves
// them (nearest node_modules upwards), and leaves out what the package's "files" patterns exclude.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findPackageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/** Packages that the package's "files" patterns leave out, as `!node_modules/NAME/**`. */
export function excludedPackages(appPackage) {
  const files = appPackage.build?.files ?? [];
  return new Set(files.map((f) => /^!node_modules\/((?:@[^/]+\/)?[^/]+)\/\*\*$/.exec(f)?.[1]).filter(Boolean));
}

export function bundledLicenses(root) {
  const appPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const excluded = excludedPackages(appPackage);
  const seen = new Map();
  const missing = [];
  const visit = (name, fromDir, optional) => {
    if (excluded.has(name)) return;
    const dir = findPackageDir(name, fromDir);
    if (!dir) {
      if (!optional) missing.push(name);
      return;
    }
    if (seen.has(dir)) return;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    seen.set(dir, { name: pkg.name, version: pkg.version, license: licenceOf(pkg) });
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, dir, true);
  };
  for (const dep of Object.keys(appPackage.dependencies ?? {})) visit(dep, root, false);
  if (missing.length) throw new Error(`Production dependencies not installed: ${missing.join(', ')}. Run npm install.`);
  const packages = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const electron = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return {
    app: { name: appPackage.productName ?? appPackage.name, version: appPackage.version, license: appPackage.license },
    electron: { version: electron.version, license: electron.license },
    packages,
  };
}
