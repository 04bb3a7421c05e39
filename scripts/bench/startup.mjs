// Start-up cost of the main process before the window can open: the time Node takes to evaluate
// dist/main.js (every module it requires at the top level), with Electron replaced by a stand-in whose
// app never becomes ready, so only loading is measured. Prints the median of fresh processes and the
// external packages loaded on that path, slowest first. Where Electron runs, the e2e test prints the
// real time to first paint. Usage: npm run bench -- startup [runs]
import { execFileSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 7);
const probe = `
const Module = require('node:module');
const load = Module._load;
const times = {};
let depth = 0;
const stub = new Proxy(function () {}, { get: (t, k) => (k === 'whenReady' ? () => new Promise(() => {}) : k === 'then' ? undefined : stub), apply: () => stub, construct: () => stub });
Module._load = function (request, parent, ...rest) {
  if (request === 'electron') return stub;
  const external = depth === 0 && !request.startsWith('.') && !request.startsWith('/') && !request.startsWith('node:') && !Module.isBuiltin(request);
  const t = process.hrtime.bigint();
  depth += external ? 1 : 0;
  try { return load.call(this, request, parent, ...rest); } finally {
    depth -= external ? 1 : 0;
    if (external) times[request] = (times[request] ?? 0) + Number(process.hrtime.bigint() - t) / 1e6;
  }
};
const t0 = process.hrtime.bigint();
require(process.cwd() + '/dist/main.js');
console.log(JSON.stringify({ total: Number(process.hrtime.bigint() - t0) / 1e6, times }));
`;
const samples = [];
for (let i = 0; i < runs; i++) samples.push(JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim().split('\n').at(-1)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`dist/main.js evaluated before the app is ready: median ${median(samples.map((s) => s.total)).toFixed(0)} ms over ${runs} fresh processes`);
const names = Object.keys(samples[0].times);
const rows = names.map((n) => [n, median(samples.map((s) => s.times[n] ?? 0))]).sort((a, b) => b[1] - a[1]);
for (const [n, ms] of rows) console.log(`  ${n.padEnd(24)} ${ms.toFixed(1)} ms`);
