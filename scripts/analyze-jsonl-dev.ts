// Development runner of the analysis contract, for the eval scorers before the CLI is built:
//   npx esbuild scripts/analyze-jsonl-dev.ts --bundle --platform=node --outfile=/tmp/analyze.cjs
//   node ../shared/eval/score-attribution.mjs ../shared/eval/polnear/dev --cmd "node /tmp/analyze.cjs"
import { readFileSync } from 'node:fs';
import { analysisRecord } from '../electron/cli/analyzeRecord';

for (const file of process.argv.slice(2).filter((a) => a !== '--jsonl')) {
  process.stdout.write(`${JSON.stringify(analysisRecord(file, readFileSync(file, 'utf8')))}\n`);
}
