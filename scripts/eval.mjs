// `npm run eval -- DIR [DIR…] [--show N] [--limit N] [--cmd CMD]`: measures the app's analysis on annotated
// sets, with the counting rules of the evaluation sets' reference scorers, so that figures can be reproduced
// from the repository with any annotated set. For each DIR it finds what the gold holds and runs every
// measure it supports, over one run of `briefing analyze --jsonl` on all the set's texts:
//   gold.jsonl + texts/         proposals (`proposals`), quotes and speakers (`attributions`), entities (`entities`)
//   articles/ + summaries/      summary (ROUGE against reference extracts, beside the lead baseline)
// Each measure prints its figures and, last, one line such as `proposals P=… R=… F1=… actor=… articles=N`;
// --show N prints the misses of the first N articles that have some; --limit N reads the first N articles;
// --cmd runs another command with the same output contract, the paths appended (as the reference scorers do).
import { join } from 'node:path';
import { EvalError, analyze, detect, items } from './eval/load.mjs';
import { scoreAttribution } from './eval/attribution.mjs';
import { scoreEntities } from './eval/entities.mjs';
import { scoreProposals } from './eval/proposals.mjs';
import { scoreSummary } from './eval/summary.mjs';

const USAGE = 'usage: npm run eval -- DIR [DIR…] [--show N] [--limit N] [--cmd "node bin/briefing.js analyze --jsonl"]';
const MEASURES = { proposals: scoreProposals, attribution: scoreAttribution, entities: scoreEntities };

function parseArgs(argv) {
  const opts = { dirs: [], show: 0, limit: Infinity, cmd: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--show' || a === '--limit' || a === '--cmd') {
      const v = argv[++i];
      if (v === undefined) throw new EvalError(`${a} needs a value\n${USAGE}`);
      if (a === '--cmd') opts.cmd = v;
      else if (!/^\d+$/.test(v)) throw new EvalError(`${a} needs a whole number, not "${v}"`);
      else opts[a.slice(2)] = Number(v);
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) throw new EvalError(`unknown option ${a}\n${USAGE}`);
    else opts.dirs.push(a);
  }
  if (!opts.dirs.length) throw new EvalError(USAGE);
  return opts;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  // every folder is checked before any analysis runs, so a typo fails at once
  const sets = opts.dirs.map((dir) => ({ dir, ...detect(dir, opts.limit) }));
  const figures = [];
  for (const set of sets) {
    if (set.kind === 'summary') {
      const { results, seconds } = analyze(set.names.map((n) => join(set.dir, 'articles', n)), opts.cmd);
      console.log(`== ${set.dir}: summary (analysed ${set.names.length} articles in ${seconds.toFixed(2)} s)`);
      figures.push(`${set.dir}: ${scoreSummary(set.dir, set.names, results)}`);
      continue;
    }
    const { results, seconds } = analyze(set.gold.map((g) => join(set.dir, 'texts', g.file)), opts.cmd);
    const articles = items(set.dir, set.gold, results);
    for (const measure of set.measures) {
      console.log(`== ${set.dir}: ${measure} (analysed ${articles.length} articles in ${seconds.toFixed(2)} s)`);
      figures.push(`${set.dir}: ${MEASURES[measure](articles, opts.show)}`);
    }
  }
  if (figures.length > 1) {
    console.log('== figures');
    for (const f of figures) console.log(f);
  }
}

try {
  main();
} catch (e) {
  if (!(e instanceof EvalError)) throw e;
  console.error(`eval: ${e.message}`);
  process.exit(1);
}
