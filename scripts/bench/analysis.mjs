// Analysis speed: articles per second of the briefing analysis on one core, over a folder of
// articles, beside a baseline measured in the same run (a plain sentence split and a regex scan for
// quotations over the same texts), and the cost of each stage of the pipeline.
//
//   npm run bench -- analysis [CORPUS_DIR] [--runs N]
//   CORPUS_DIR defaults to ../shared/eval/bbc-summary/articles when it exists, else seeds/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = Math.max(5, runsAt >= 0 ? Number(args[runsAt + 1]) || 5 : 7);
const dirArg = args.find((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));

// One core: re-run pinned to CPU 0 where taskset exists (Linux), so the figure does not lean on a
// second core for garbage collection or compilation threads.
if (process.platform === 'linux' && !process.env.BENCH_PINNED && spawnSync('taskset', ['--version']).status === 0) {
  const r = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, process.argv[1], ...args], {
    stdio: 'inherit', env: { ...process.env, BENCH_PINNED: '1' },
  });
  process.exit(r.status ?? 1);
}

const corpus = resolve(dirArg ?? (existsSync('../shared/eval/bbc-summary/articles') ? '../shared/eval/bbc-summary/articles' : 'seeds'));
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
if (!files.length) {
  console.error(`no .txt articles in ${corpus}`);
  process.exit(2);
}

// Bundle the analysis as the app ships it, plus its stages, into .cache/bench/.
const outDir = resolve('.cache/bench');
mkdirSync(outDir, { recursive: true });
const entry = join(outDir, 'analysis-entry.ts');
const src = (p) => JSON.stringify(resolve('electron/core', p));
writeFileSync(entry, [
  `export { analyzeArticle } from ${src('analysis/index')};`,
  `export { parseArticle } from ${src('importer/articleHeader')};`,
  `export { splitParagraphs, splitSentences } from ${src('analysis/text/sentences')};`,
  `export { tokenize } from ${src('analysis/text/tokens')};`,
  `export { findNameChunks } from ${src('analysis/names/nameChunks')};`,
  `export { buildEntities } from ${src('analysis/entities/entities')};`,
  `export { findQuotedPassages } from ${src('analysis/quotes/quotes')};`,
  `export { attributeQuotes } from ${src('analysis/speakers/speakers')};`,
  `export { joinQuotePieces } from ${src('analysis/quotes/quotePieces')};`,
  `export { findReportedSpeech } from ${src('analysis/reported/reportedSpeech')};`,
  `export { articleVoice } from ${src('analysis/voice/documentVoice')};`,
  `export { findProposals } from ${src('analysis/proposals/findProposals')};`,
  `export { unwrapLines } from ${src('analysis/text/unwrapLines')};`,
  `export { summarize } from ${src('analysis/summary/summary')};`,
].join('\n'));
const bundle = join(outDir, 'analysis.cjs');
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
const A = createRequire(import.meta.url)(bundle);

const articles = files.map((f) => A.parseArticle(readFileSync(join(corpus, f)).toString('utf8')));
const chars = articles.reduce((n, a) => n + a.text.length, 0);

// The baseline: what any quote extractor must do at least — split sentences, scan for quotations.
const SENT = /[^.!?\n]+(?:[.!?]+["”’]?|$)/g;
const QUOTE = /[“"]([^”"]{1,2000})[”"]/g;
let sink = 0;
function baseline(a) {
  sink += (a.text.match(SENT) ?? []).length;
  for (const m of a.text.matchAll(QUOTE)) sink += m[1].length;
}
function analysis(a) {
  const r = A.analyzeArticle(a.text, a.title);
  sink += r.quotes.length + r.entities.length;
}

// Each run is timed twice: by the wall clock, and by the CPU time this process used (user + system).
// On a shared machine the wall clock also counts the time other processes held the core; the CPU
// time is the work of the analysis on its one core, and the two agree on an idle machine.
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
function timeRuns(fn) {
  // Warm-up: two untimed passes over the whole corpus. The JIT settles only after the hot paths have
  // seen every kind of article: with 200 articles of warm-up the first timed pass ran at a third of the
  // rate of the later ones, and the second at two thirds, which pulled the median of 15 runs down.
  for (let pass = 0; pass < 2; pass++) for (const a of articles) fn(a);
  const wall = [];
  const cpu = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    const c0 = cpuMs();
    for (const a of articles) fn(a);
    cpu.push(articles.length / ((cpuMs() - c0) / 1e3));
    wall.push(articles.length / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  const stats = (rates) => {
    rates.sort((x, y) => x - y);
    return { median: rates[rates.length >> 1], min: rates[0], max: rates[rates.length - 1] };
  };
  return { ...stats(wall), cpu: stats(cpu) };
}

// Each stage's share, timed stage by stage in the pipeline's order (one pass after warm-up).
function stageCosts() {
  const t = {};
  const lap = (name, t0) => { t[name] = (t[name] ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6; };
  for (const a of articles) {
    let t0 = process.hrtime.bigint();
    const text = A.unwrapLines(a.text);
    const paras = A.splitParagraphs(text);
    const sentences = A.splitSentences(text, paras);
    lap('lines and sentences', t0); t0 = process.hrtime.bigint();
    const tokens = A.tokenize(text);
    lap('tokens', t0); t0 = process.hrtime.bigint();
    const index = A.buildEntities(A.findNameChunks(text, tokens, sentences));
    lap('names and entities', t0); t0 = process.hrtime.bigint();
    const r = { text, tokens, index };
    const passages = A.findQuotedPassages(text, paras);
    const quotes = A.joinQuotePieces(text, A.attributeQuotes(r, passages, paras));
    const doubled = A.findQuotedPassages(text, paras, true);
    if (doubled.length) A.attributeQuotes(r, doubled, paras);
    lap('quotes and speakers', t0); t0 = process.hrtime.bigint();
    const reported = A.findReportedSpeech(r, sentences, passages);
    lap('reported speech', t0); t0 = process.hrtime.bigint();
    // findProposals takes the article's voice, read once per article (as analyzeArticle does), not its title.
    A.findProposals(r, sentences, paras, passages, [...quotes, ...reported].sort((x, y) => x.start - y.start), A.articleVoice(r, paras, a.title));
    lap('proposals', t0); t0 = process.hrtime.bigint();
    A.summarize(text, sentences, paras, a.title, passages, tokens);
    lap('summary', t0);
    sink += quotes.length;
  }
  return t;
}

const base = timeRuns(baseline);
const full = timeRuns(analysis);
stageCosts();
const stages = stageCosts();
const total = Object.values(stages).reduce((x, y) => x + y, 0);
const f0 = (x) => x.toFixed(0);
console.log(`corpus: ${corpus} (${articles.length} articles, ${(chars / 1e6).toFixed(2)} M characters), ${RUNS} runs on one core${process.env.BENCH_PINNED ? ' (pinned to CPU 0)' : ''}`);
console.log(`analysis: median ${f0(full.median)} articles/s (min ${f0(full.min)}, max ${f0(full.max)}); by CPU time ${f0(full.cpu.median)} articles per CPU-second (min ${f0(full.cpu.min)}, max ${f0(full.cpu.max)})`);
console.log(`baseline (sentence split + regex quote scan): median ${f0(base.median)} articles/s (min ${f0(base.min)}, max ${f0(base.max)}); by CPU time ${f0(base.cpu.median)}`);
console.log(`analysis takes ${(base.median / full.median).toFixed(1)}× the baseline's time`);
console.log(`stages (one pass, ms): ${Object.entries(stages).map(([k, v]) => `${k} ${v.toFixed(0)} (${f0((100 * v) / total)}%)`).join(', ')}`);
if (sink === 0.5) console.log(''); // keeps the work observable to the optimiser
