// The library table's pages at 100,000 articles, in each order it sorts by (date, title, source, notes;
// both ways): the first page, a page deep in the list, the page around an article (what selecting one
// asks), and a filtered first page; and moving an article to the trash and back. Medians and p95 of
// repeated runs, with the default order (newest first, the order the list had before the table) as the
// baseline in the same run.
//   npm run bench -- librarySort [--articles N] [--runs R]
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('articles', 100000);
const RUNS = arg('runs', 15);
const outDir = resolve('.cache/bench');
mkdirSync(outDir, { recursive: true });
await build({ bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning', entryPoints: ['scripts/bench/librarySort/entry.ts'], outfile: join(outDir, 'librarySort.cjs') });
const { openLibrary } = createRequire(import.meta.url)(join(outDir, 'librarySort.cjs'));

const work = mkdtempSync(join(tmpdir(), 'briefing-sort-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const SOURCES = ['BBC', 'Kazinform', 'Reuters', 'AFP', null, 'Astana Times'];
try {
  let library = openLibrary(join(work, 'library.db'));
  const empty = { version: 0, summary: [], quotes: [], proposals: [], entities: [] };
  const t0 = performance.now();
  library.db.transaction(() => {
    for (let i = 0; i < N; i++) {
      const d = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86400000).toISOString().slice(0, 10);
      const id = library.articles.insertWithAnalysis(
        { contentHash: `h${i}`, title: `${['Ministers', 'Talks', 'Trade', 'Border'][i % 4]} report ${(i * 7919) % N}: the crossing and trade (${d})`, date: d, source: SOURCES[i % SOURCES.length], fileName: null, encoding: 'UTF-8', body: `Body of report ${i}. `.repeat(40) },
        empty,
      );
      if (i % 50 === 0) library.notes.create(id, `note ${i}`);
    }
  })();
  console.log(`library of ${N.toLocaleString('en-US')} articles built in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  // Reopened: the statements and caches of the build are not the ones measured.
  library.close();
  library = openLibrary(join(work, 'library.db'));
  const deep = Math.floor(N * 0.7);
  const probe = Math.floor(N / 3);
  const time = (work) => {
    const xs = [];
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      work();
      xs.push(performance.now() - t);
    }
    return `median ${median(xs).toFixed(1)} ms, p95 ${pct(xs, 0.95).toFixed(1)} ms`;
  };
  for (const sort of ['date', 'title', 'source', 'notes']) {
    for (const direction of ['desc', 'asc']) {
      const page = (extra) => library.articleList.page({ sort, direction, limit: 100, ...extra });
      console.log(`${sort} ${direction}${sort === 'date' && direction === 'desc' ? ' (baseline: the default order)' : ''}`);
      console.log(`  first page:       ${time(() => page({}))}`);
      console.log(`  page at ${deep.toLocaleString('en-US')}: ${time(() => page({ offset: deep }))}`);
      console.log(`  around an article: ${time(() => page({ around: probe }))}`);
      console.log(`  filtered "report 4": ${time(() => page({ filter: 'report 4' }))}`);
    }
  }
  console.log(`move to trash and restore one article: ${time(() => {
    library.articleTrash.moveToTrash([probe]);
    library.articleTrash.restore([probe]);
  })}`);
  library.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
