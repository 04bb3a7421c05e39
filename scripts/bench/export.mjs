// Export speed: a one-article briefing PDF and a 50-article briefing pack, written through the same
// code the command line uses (headless Chromium), beside a baseline measured in the same run: a plain
// page.pdf() of a one-page HTML document in the same browser. Medians of several runs.
//
//   npm run bench -- export [--runs N] [--pack N]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || dflt : dflt);
const RUNS = Math.max(3, opt('--runs', 5));
const PACK = opt('--pack', 50);

const outDir = resolve('.cache/bench');
mkdirSync(outDir, { recursive: true });
const entry = join(outDir, 'export-entry.ts');
const src = (p) => JSON.stringify(resolve(p));
writeFileSync(entry, [
  `export { openLibrary } from ${src('electron/core/library')};`,
  `export { exportBriefings } from ${src('electron/core/print/exportBriefings')};`,
  `export { withChromiumPrinter } from ${src('electron/cli/chromiumPdf')};`,
].join('\n'));
const bundle = join(outDir, 'export.cjs');
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundle, packages: 'external', logLevel: 'warning' });
const { openLibrary, exportBriefings, withChromiumPrinter } = await import(bundle);

// A library of real articles: the BBC set where present, else the seeds repeated with small changes.
const work = mkdtempSync(join(tmpdir(), 'briefing-bench-export-'));
const corpus = existsSync('../shared/eval/bbc-summary/articles') ? '../shared/eval/bbc-summary/articles' : 'seeds';
const sources = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().slice(0, PACK);
const files = [];
for (let i = 0; files.length < PACK; i++) {
  const name = sources[i % sources.length];
  const file = join(work, `${i}-${name}`);
  writeFileSync(file, readFileSync(join(corpus, name), 'utf8') + (i >= sources.length ? `\n\nCopy ${i}.` : ''));
  files.push(file);
}
const library = openLibrary(join(work, 'bench.db'));
library.importFiles(files);
const ids = library.articles.list().map((a) => a.id).slice(0, PACK);
for (const id of ids.slice(0, 10)) library.notes.create(id, `## Assessment\n\nA note on article ${id} with **bold** text and a list:\n\n- one\n- two`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = async (fn) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

const results = await withChromiumPrinter(async (print) => {
  const plain = '<!doctype html><html><body><h1>Baseline</h1><p>One page of plain text.</p></body></html>';
  const opts = { pageSize: 'A4', headerTemplate: '<div></div>', footerTemplate: '<div></div>' };
  const reuse = (work) => work(print); // the browser stays open across runs: this measures the export itself
  await print(plain, opts); // warm-up
  const baseline = [];
  const one = [];
  const pack = [];
  const compact = [];
  for (let r = 0; r < RUNS; r++) {
    baseline.push(await time(() => print(plain, opts)));
    one.push(await time(() => exportBriefings(library, [ids[0]], 'pdf', reuse)));
    // Export options: compact has no contents, so it is printed in one pass.
    compact.push(await time(() => exportBriefings(library, [ids[0]], 'pdf', reuse, new Date(), { compact: true, notesFirst: true })));
  }
  for (let r = 0; r < Math.max(3, Math.ceil(RUNS / 2)); r++) pack.push(await time(() => exportBriefings(library, ids, 'pdf', reuse)));
  return { baseline, one, pack, compact };
});
// Cold: a whole export including starting Chromium, as `briefing export ID --pdf` does.
const cold = [];
for (let r = 0; r < 3; r++) cold.push(await time(() => exportBriefings(library, [ids[0]], 'pdf', withChromiumPrinter)));

const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`corpus: ${corpus} (${ids.length} articles in the pack), runs: ${RUNS}`);
console.log(`baseline page.pdf() of one plain page   median ${f(median(results.baseline))}`);
console.log(`one-article briefing PDF (warm browser)  median ${f(median(results.one))}  ratio ${(median(results.one) / median(results.baseline)).toFixed(1)}x baseline (two print passes, for the contents' page numbers)`);
console.log(`one-article compact PDF, notes first (warm) median ${f(median(results.compact))}  ratio ${(median(results.compact) / median(results.baseline)).toFixed(1)}x baseline (one print pass)`);
console.log(`one-article briefing PDF (cold, with Chromium start) median ${f(median(cold))}  [target < 2 s]`);
console.log(`${ids.length}-article briefing pack PDF (warm)     median ${f(median(results.pack))}  [target < 30 s]`);
library.close();
rmSync(work, { recursive: true, force: true });
