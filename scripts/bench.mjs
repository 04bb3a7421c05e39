// `npm run bench [-- NAME] [-- args]`: runs every benchmark in scripts/bench/ (or the one named), each
// of which prints medians and ratios against a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const [only, ...rest] = process.argv.slice(2);
const all = readdirSync('scripts/bench').filter((f) => f.endsWith('.mjs')).sort();
const chosen = only && !only.startsWith('-') ? all.filter((f) => f === `${only}.mjs`) : all;
if (!chosen.length) {
  console.error(`no benchmark named ${only}; there are: ${all.map((f) => f.replace(/\.mjs$/, '')).join(', ')}`);
  process.exit(2);
}
const args = only && !only.startsWith('-') ? rest : process.argv.slice(2);
let failed = 0;
for (const file of chosen) {
  console.log(`\n== ${file.replace(/\.mjs$/, '')} ==`);
  const r = spawnSync(process.execPath, [join('scripts/bench', file), ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
