// The security gate run by .ci/run after `npm test`: Electronegativity over the app's sources and its
// built code, failing on any finding of MEDIUM severity or more that security/electronegativity-exceptions.json
// does not list with a reason, on any file it could not parse, and on any exception that no longer matches.
//
// Electronegativity's command line exits 0 whatever it finds, hides parse errors when it writes a report, and
// writes its CSV as two unordered asynchronous writes (header with 'w', rows with 'a'), which can lose the rows.
// So the gate calls its runner (the package's main export) and reads the findings and parse errors it returns,
// then writes the CSV report itself to .cache/security/electronegativity.csv.
//
// The tool reaches for the network twice (translations at start, Electron's release list for its
// "security fixes available" check). The gate replaces `got` with a refusal and makes any socket connect
// throw, so the scan is the same offline as online and never leaves the machine; it fails if a connect
// was still attempted.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The project to scan: this repository, or the folder given as the first argument (the gate's own test
// scans small fixture projects); the tool itself always comes from this repository's node_modules.
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(process.argv[2] ?? repo);
const require = createRequire(join(repo, 'package.json'));
const EXCEPTIONS_FILE = join(root, 'security', 'electronegativity-exceptions.json');
const REPORT = join(root, '.cache', 'security', 'electronegativity.csv');
const FAIL_AT = 2; // Electronegativity's MEDIUM; HIGH is 3.

// --- No network: refuse before anything of the tool is loaded. ---
const connectAttempts = [];
const refuse = function (...args) {
  connectAttempts.push(JSON.stringify(args[0]));
  throw new Error('security gate: network access refused');
};
net.Socket.prototype.connect = refuse;
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') return () => Promise.reject(new Error('security gate: network access refused'));
  return load.call(this, request, ...rest);
};

// --- What is scanned: the sources and the code that ships, and package.json for the Electron version. ---
if (!existsSync(join(root, 'dist', 'main.js'))) {
  console.error('security gate: dist/ is not built; run `npm run build` first.');
  process.exit(1);
}
const stage = mkdtempSync(join(tmpdir(), 'briefing-security-'));
for (const part of ['package.json', 'electron', 'renderer', 'dist']) {
  if (existsSync(join(root, part))) cpSync(join(root, part), join(stage, part), { recursive: true, filter: (src) => !src.endsWith('.map') });
}

const exceptions = JSON.parse(readFileSync(EXCEPTIONS_FILE, 'utf8'));
for (const e of exceptions) {
  // sample may be empty only for a global finding, which has no line (file "N/A").
  if (!e.check || !e.file || typeof e.sample !== 'string' || (!e.sample && e.file !== 'N/A') || !e.reason || e.reason.length < 20) {
    console.error(`security gate: every exception needs check, file, sample and a reason: ${JSON.stringify(e)}`);
    process.exit(1);
  }
}

let result;
const quiet = console.log;
try {
  console.log = () => {}; // the runner prints its locale and connectivity notes; the gate says what matters
  const run = require('@doyensec/electronegativity');
  result = await run(
    {
      input: stage,
      isRelative: true,
      customScan: [],
      excludeFromScan: [],
      parserPlugins: [],
      electronVersionOverride: require('electron/package.json').version,
    },
    false,
  );
} finally {
  console.log = quiet;
  rmSync(stage, { recursive: true, force: true });
}

const problems = [];
if (connectAttempts.length > 0) problems.push(`Electronegativity tried to open ${connectAttempts.length} network connection(s): ${connectAttempts.join(', ')}`);
for (const error of result.errors) {
  const file = relative(stage, error.file);
  if (error.tolerable) console.log(`note: ${file}: ${error.message}`);
  else problems.push(`could not scan ${file}: ${error.message}`);
}

const findings = result.issues.map((i) => ({
  check: i.id,
  severity: i.severity.name,
  level: i.severity.value,
  confidence: i.confidence.name,
  file: i.file,
  line: i.location?.line ?? 0,
  sample: String(i.sample ?? ''),
  description: i.description,
}));
const used = new Set();
for (const f of findings.filter((x) => x.level >= FAIL_AT)) {
  const match = exceptions.find((e) => e.check === f.check && e.file === f.file && f.sample.includes(e.sample));
  if (match) used.add(match);
  else problems.push(`${f.severity} ${f.check} at ${f.file}:${f.line}: ${f.description}\n    ${f.sample.trim()}`);
}
for (const e of exceptions) {
  if (!used.has(e)) problems.push(`exception no longer matches any finding, remove it: ${e.check} ${e.file} "${e.sample}"`);
}

const csv = (v) => `"${String(v).replace(/"/g, '""')}"`;
mkdirSync(dirname(REPORT), { recursive: true });
writeFileSync(REPORT, ['check,severity,confidence,file,line,sample,description', ...findings.map((f) => [f.check, f.severity, f.confidence, f.file, f.line, f.sample.trim(), f.description].map(csv).join(','))].join('\n') + '\n');

const counts = Object.entries(findings.reduce((n, f) => ({ ...n, [f.severity]: (n[f.severity] ?? 0) + 1 }), {}));
console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version}: ${result.atomicChecks} atomic and ${result.globalChecks} global checks; findings ${counts.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}; ${used.size} reviewed exception(s) applied; report ${relative(root, REPORT)}`);
if (problems.length > 0) {
  console.error(`Security gate FAILED (${problems.length}):\n- ${problems.join('\n- ')}`);
  console.error(`Fix the code, or, after review, list the finding with its reason in ${relative(root, EXCEPTIONS_FILE)}.`);
  process.exit(1);
}
console.log('Security gate passed.');
