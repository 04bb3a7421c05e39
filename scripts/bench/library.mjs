// Library at scale: import with analysis (articles/s, cores used, main-thread event-loop delay, memory),
// search p95 (term, phrase, prefix + filter), open-a-briefing handler p95, and database size against
// text size, each beside a plain baseline measured in the same run.
//
//   npm run bench -- library [--import N] [--library N] [--runs N] [--corpus DIR] [--keep FILE] [--slowest N] [--tidy 0]
//   Searches: terms, phrases, prefixes with a one-year date filter, and a speaker's words (`--speaker`),
//   each against a raw FTS5 query of the same words. Then the entity page of the most quoted person
//   (`--entity-runs N`, default 40 warm runs).
//   Defaults: --import 10000 (files written to a temp folder and imported as the app does; 0 skips the import),
//   --library 100000 (articles in the library searched), --runs 3 (import runs; medians reported).
//   --keep FILE keeps the library built at FILE and, when FILE exists, searches it instead of building one
//   (building 100,000 articles takes minutes; searching them again takes seconds). --slowest N prints the
//   N slowest searches of each kind.
//   The corpus is ../shared/eval/bbc-summary/articles when present, else seeds/, replicated with small
//   variations (a date line, a filing note) until it reaches the size asked for.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { TextDecoder } from 'node:util';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const IMPORT_N = Number(opt('import', 10000));
const LIBRARY_N = Number(opt('library', 100000));
const RUNS = Math.max(1, Number(opt('runs', 3)));
const KEEP = opt('keep', null) && resolve(opt('keep'));
const SLOWEST = Number(opt('slowest', 0));
// --tidy 0 searches the library as built, without the tidy-up an import job ends with.
const TIDY = opt('tidy', '1') !== '0';
const corpusDir = resolve(opt('corpus', readdirSafe('../shared/eval/bbc-summary/articles').length ? '../shared/eval/bbc-summary/articles' : 'seeds'));

function readdirSafe(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

// Bundle the library and the import worker as the app builds them, into .cache/bench/.
const outDir = resolve('.cache/bench');
mkdirSync(outDir, { recursive: true });
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning' };
await build({ ...common, entryPoints: ['scripts/bench/library/entry.ts'], outfile: join(outDir, 'library.cjs') });
await build({ ...common, entryPoints: ['electron/core/importer/importWorker.ts'], outfile: join(outDir, 'importWorker.js') });
const L = createRequire(import.meta.url)(join(outDir, 'library.cjs'));
const workerScript = join(outDir, 'importWorker.js');

// ---- corpus -------------------------------------------------------------------------------------
const sources = readdirSafe(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f)));
if (!sources.length) throw new Error(`no .txt articles in ${corpusDir}`);
const decoded = sources.map((b) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return b.toString('latin1');
  }
});
const dateOf = (i) => {
  const d = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86400000);
  return d.toISOString().slice(0, 10);
};
/** Variant i of the corpus: a source article with its own date line and filing note, so every text differs. */
const variant = (i) => {
  const src = decoded[i % decoded.length];
  const copy = Math.floor(i / decoded.length);
  return `date ${dateOf(i)}\n${src.trimEnd()}\n\nFiled by desk ${copy % 97} as item ${i}.`;
};

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const f1 = (n) => n.toFixed(1);
const f0 = (n) => Math.round(n).toLocaleString('en-US');
const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const dbBytes = (file) => ['', '-wal', '-shm'].reduce((n, s) => n + (statSafe(file + s)?.size ?? 0), 0);
function statSafe(p) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

/** Where the bytes go: each table with its indexes (FTS5 tables with their shadow tables), from dbstat,
 *  as multiples of `text` bytes; free pages last. */
function bytesByTable(db, text) {
  const owners = db.prepare("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')").all();
  const ownerOf = new Map(owners.map((o) => [o.name, o.tbl_name.replace(/_(data|idx|docsize|config|content)$/, '')]));
  const byTable = new Map();
  for (const { name, bytes } of db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all()) {
    const owner = ownerOf.get(name) ?? name;
    byTable.set(owner, (byTable.get(owner) ?? 0) + bytes);
  }
  const shares = [...byTable].sort((a, b) => b[1] - a[1]).filter(([, b]) => b / text >= 0.005);
  const free = db.pragma('freelist_count', { simple: true }) * db.pragma('page_size', { simple: true });
  return `${shares.map(([n, b]) => `${n} ${(b / text).toFixed(2)}`).join(', ')}; free pages ${(free / text).toFixed(2)}`;
}

console.log(`corpus: ${corpusDir} (${sources.length} articles, replicated with variations), ${RUNS} import run(s) of ${f0(IMPORT_N)} files, library of ${f0(LIBRARY_N)} articles`);
const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
try {
  // ---- import with analysis --------------------------------------------------------------------
  const inbox = join(work, 'inbox');
  let textBytes = 0;
  for (let i = 0; i < IMPORT_N; i++) {
    const dir = join(inbox, String(Math.floor(i / 1000)));
    if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
    const text = variant(i);
    textBytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `a${i}.txt`), text);
  }
  const rates = [];
  const baseRates = [];
  const cores = [];
  const rss = [];
  const startRss = [];
  const delays = [];
  let importDbRatio = 0;
  let importWal = 0;
  let importShares = '';
  for (let run = 0; run < (IMPORT_N > 0 ? RUNS : 0); run++) {
    const dbFile = join(work, `import-${run}.db`);
    const library = L.openLibrary(dbFile);
    const h = monitorEventLoopDelay({ resolution: 10 });
    let maxRss = process.memoryUsage().rss;
    // What the process held before the import started (this script, its corpus, the library code).
    startRss.push(maxRss);
    const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 50);
    h.enable();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const report = await library.importPaths([inbox], { workerScript });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    h.disable();
    clearInterval(sampler);
    if (report.imported !== IMPORT_N) throw new Error(`imported ${report.imported} of ${IMPORT_N}: ${JSON.stringify(report.outcomes.find((o) => o.status === 'refused'))}`);
    rates.push((IMPORT_N / ms) * 1000);
    cores.push((cpu.user + cpu.system) / 1000 / ms);
    rss.push(maxRss);
    delays.push(h.max / 1e6);
    // The size as the import left it, WAL included (the import job checkpoints and truncates it itself).
    importDbRatio = dbBytes(dbFile) / textBytes;
    importWal = statSafe(`${dbFile}-wal`)?.size ?? 0;
    importShares = bytesByTable(library.db, textBytes);
    library.close();
    for (const s of ['', '-wal', '-shm']) rmSync(dbFile + s, { force: true });

    // Baseline: read every file and insert its text into a plain table, one transaction, no analysis.
    const plain = L.openLibrary(join(work, `plain-${run}.db`));
    plain.db.exec('CREATE TABLE plain (id INTEGER PRIMARY KEY, body TEXT)');
    const ins = plain.db.prepare('INSERT INTO plain (body) VALUES (?)');
    const b0 = performance.now();
    plain.db.transaction(() => {
      for (let i = 0; i < IMPORT_N; i++) ins.run(readFileSync(join(inbox, String(Math.floor(i / 1000)), `a${i}.txt`), 'utf8'));
    })();
    baseRates.push((IMPORT_N / (performance.now() - b0)) * 1000);
    plain.close();
  }
  // The same import once more in a process holding only the library, as the app's main process does.
  let alone = null;
  if (IMPORT_N > 0) {
    const dbFile = join(work, 'alone.db');
    const out = execFileSync(process.execPath, ['scripts/bench/library/importAlone.mjs', join(outDir, 'library.cjs'), workerScript, inbox, dbFile], { encoding: 'utf8' });
    alone = JSON.parse(out.trim().split('\n').pop());
    if (alone.imported !== IMPORT_N) throw new Error(`the import alone imported ${alone.imported} of ${IMPORT_N}`);
    for (const s of ['', '-wal', '-shm']) rmSync(dbFile + s, { force: true });
  }
  if (IMPORT_N > 0) {
  console.log(`import with analysis (${f0(IMPORT_N)} files, worker threads): median ${f0(median(rates))} articles/s (runs: ${rates.map(f0).join(', ')}), ${median(cores).toFixed(2)} cores busy on average`);
  console.log(`  baseline (read + plain INSERT, one transaction, no analysis): median ${f0(median(baseRates))} files/s; import takes ${f1(median(baseRates) / median(rates))}× the baseline's time`);
  console.log(`  main process: max RSS ${mb(Math.max(...rss))} (median of runs ${mb(median(rss))}; ${mb(median(startRss))} before the import started), longest event-loop delay ${f0(median(delays))} ms (median of runs; max ${f0(Math.max(...delays))} ms)`);
  console.log(`  in a process holding only the library (as the app's main process): max RSS ${mb(alone.peakRss)} (${mb(alone.startRss)} before the import started), ${f0((IMPORT_N / alone.ms) * 1000)} articles/s`);
  console.log(`  database after import: ${importDbRatio.toFixed(2)}× the text imported (${mb(textBytes)} of text; database and WAL as the import left them, WAL ${f0(importWal)} bytes)`);
  console.log(`  by table with its indexes (× the text): ${importShares}`);
  }

  // ---- a library of LIBRARY_N articles -----------------------------------------------------------
  // Built through the same repository and triggers as an import, but each distinct source analysed once:
  // analysing 100,000 articles here would measure the analysis again, not the library.
  const libFile = KEEP ?? join(work, 'library.db');
  const reuse = KEEP !== null && statSafe(KEEP) !== null;
  const library = L.openLibrary(libFile);
  let libraryN = LIBRARY_N;
  if (reuse) {
    libraryN = library.db.prepare('SELECT count(*) FROM articles').pluck().get();
    console.log(`library of ${f0(libraryN)} articles reused from ${KEEP}; database ${mb(dbBytes(libFile))}`);
  } else {
    const analyses = decoded.map((t) => {
      const parsed = L.parseArticle(t);
      // Packed against the analysed text: the variation appended below does not change what is packed.
      return { parsed, packed: L.packAnalysis(L.analyzeArticle(parsed.text, parsed.title), parsed.text) };
    });
    let libText = 0;
    const l0 = performance.now();
    const BATCH = 500;
    for (let s = 0; s < LIBRARY_N; s += BATCH) {
      library.db.transaction(() => {
        for (let i = s; i < Math.min(LIBRARY_N, s + BATCH); i++) {
          const { parsed, packed } = analyses[i % analyses.length];
          // The variation goes after the analysed text, so the stored analysis offsets stay right.
          const body = `${parsed.text}\n\nFiled by desk ${Math.floor(i / analyses.length) % 97} as item ${i}.`;
          libText += Buffer.byteLength(body);
          library.articles.insertWithPackedAnalysis(
            { contentHash: createHash('sha256').update(body).digest('hex'), title: parsed.title ?? `Item ${i}`, date: dateOf(i), source: ['BBC', 'Kazinform', 'Reuters'][i % 3], fileName: `a${i}.txt`, encoding: 'UTF-8', body, format: 'txt' },
            packed,
          );
        }
      })();
    }
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    if (LIBRARY_N > 0) {
    console.log(`library of ${f0(LIBRARY_N)} articles built in ${f0((performance.now() - l0) / 1000)} s; database ${mb(dbBytes(libFile))}, ${(dbBytes(libFile) / libText).toFixed(2)}× its ${mb(libText)} of text`);
    console.log(`  by table with its indexes (× the text): ${bytesByTable(library.db, libText)}`);
    if (TIDY) {
      // As if one import had stored them all: the import job's tidy-up (libraryCompaction.ts).
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const tidy = await L.compactAfterImport(library.db, LIBRARY_N);
      const cpu = process.cpuUsage(c0);
      console.log(`  after the import's tidy-up (${f1((performance.now() - t0) / 1000)} s, CPU ${f1((cpu.user + cpu.system) / 1e6)} s, ${tidy.mergeSteps} merge steps, ${tidy.reindexed.length} indexes rebuilt, ${f0(tidy.pagesReleased)} pages released): database ${mb(dbBytes(libFile))}, ${(dbBytes(libFile) / libText).toFixed(2)}× its text`);
      console.log(`  by table with its indexes (× the text): ${bytesByTable(library.db, libText)}`);
    }
    }
  }

  // An analyst's library holds notes, which every search looks in (their own index since migration 006).
  // Added once, and kept with a kept library.
  const NOTES = Math.min(500, libraryN);
  if (!library.db.prepare('SELECT count(*) FROM notes').pluck().get()) {
    const topics = ['check the figures', 'compare with the ministry statement', 'economy outlook unclear', 'follow up with the embassy', 'election timetable', 'government reshuffle rumours'];
    library.db.transaction(() => {
      for (let i = 0; i < NOTES; i++) library.notes.create(1 + ((i * 7919) % libraryN), `Note ${i}: ${topics[i % topics.length]}; ${topics[(i * 5) % topics.length]}.`);
    })();
  }

  // --library 0 (with --import N): only the import is measured.
  if (libraryN > 0) {
  // ---- search -------------------------------------------------------------------------------------
  const TERMS = ['government', 'election', 'shares', 'minister', 'music', 'film', 'football', 'broadband', 'economy', 'Blair', 'Brown', 'chelsea', 'oil', 'profits', 'court', 'tax', 'mobile', 'player', 'album', 'budget'];
  const PHRASES = ['"interest rates"', '"prime minister"', '"chief executive"', '"last year"', '"general election"', '"mobile phone"', '"world cup"', '"box office"', '"oil prices"', '"tony blair"'];
  const PREFIXES = ['elect*', 'govern*', 'econom*', 'music*', 'broad*', 'minist*', 'compan*', 'champion*', 'invest*', 'technolog*'];
  // A speaker's words (`--speaker`): prolific and rarer speakers of the corpus, words, a phrase, a prefix.
  const SPOKEN = [['election', 'Blair'], ['government', 'Tony Blair'], ['"prime minister"', 'Blair'], ['economy', 'Gordon Brown'], ['tax*', 'Brown'],
    ['tax', 'Michael Howard'], ['war', 'Kennedy'], ['Iraq', 'Jack Straw'], ['players', 'Mourinho'], ['profits', 'analysts']];
  const REPS = 5;
  const slow = new Map();
  // CPU time of the process beside the wall time: on a shared machine a search also waits for a core, and
  // the CPU time says how much work it did.
  const cpuOf = new Map();
  const timed = (fn, list) => {
    const out = [];
    const cpu = [];
    const each = [];
    for (let r = 0; r < REPS; r++) for (const q of list) {
      const c = process.cpuUsage();
      const t = performance.now();
      fn(q);
      out.push(performance.now() - t);
      const u = process.cpuUsage(c);
      cpu.push((u.user + u.system) / 1000);
      each.push([q, out[out.length - 1]]);
    }
    slow.set(out, each.sort((x, y) => y[1] - x[1]).slice(0, SLOWEST));
    cpuOf.set(out, cpu);
    return out;
  };
  const search = (q, extra = {}) => library.search({ query: q, ...extra });
  const filter = (i) => ({ from: dateOf(i * 37), to: dateOf(i * 37 + 365) });
  // Warm up as an app that has been open a while is: searches of other words (and speakers) than the
  // measured ones, of every kind. A fresh process runs the search code unoptimised until V8 has seen it a few dozen times:
  // with 3 warm-up searches the first pass over the 20 terms took a median of 12–17 ms (the later passes
  // ~9), and those 20 first searches made the term p95. Their times are printed, not hidden.
  const WARM_UP = [['labour'], ['police'], ['market'], ['"new york"'], ['bank'], ['chin*', filter(3)], ['water'], ['"human rights"'], ['school'], ['health*', filter(5)],
    ['party'], ['growth'], ['"red cross"'], ['team', {}], ['digit*', filter(7)], ['dollar'], ['price'], ['club'], ['sales'], ['web'],
    ['growth', { speaker: 'Prescott' }], ['club', { speaker: 'Wenger' }], ['party', { speaker: 'Kilroy' }]];
  const warmMs = WARM_UP.map(([q, extra]) => {
    const t = performance.now();
    search(q, extra);
    return performance.now() - t;
  });
  const termMs = timed((q) => search(q), TERMS);
  const phraseMs = timed((q) => search(q), PHRASES);
  const prefixMs = timed((q) => search(q, filter(PREFIXES.indexOf(q))), PREFIXES);
  const speakerMs = timed(([q, speaker]) => search(q, { speaker }), SPOKEN);
  // Baseline: the same words straight to FTS5, ranked by bm25, the best 50 rowids, nothing else.
  const raw = library.db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 50');
  const baseMs = timed((q) => raw.all(`"${q}"`), TERMS);
  console.log(`search, ${f0(libraryN)} articles (${REPS}× each query; grouped results, snippets, bm25):`);
  console.log(`  the ${WARM_UP.length} warm-up searches first (other words, every kind; a fresh process): p50 ${f1(pct(warmMs, 50))} ms, slowest ${f1(Math.max(...warmMs))} ms`);
  for (const [name, xs] of [['term', termMs], ['phrase', phraseMs], ['prefix + date filter', prefixMs], ['speaker\'s words (--speaker)', speakerMs]]) {
    const cpu = cpuOf.get(xs);
    console.log(`  ${name}: p50 ${f1(pct(xs, 50))} ms, p95 ${f1(pct(xs, 95))} ms (${f1(pct(xs, 95) / pct(baseMs, 95))}× the baseline's p95); CPU time p50 ${f1(pct(cpu, 50))} ms, p95 ${f1(pct(cpu, 95))} ms`);
    if (SLOWEST) console.log(`    slowest: ${slow.get(xs).map(([q, ms]) => `${[q].flat().join(' by ')} ${f1(ms)} ms`).join(', ')}`);
  }
  console.log(`  baseline (raw FTS5 MATCH of the term, ORDER BY rank LIMIT 50, no grouping, passages or snippets): p50 ${f1(pct(baseMs, 50))} ms, p95 ${f1(pct(baseMs, 95))} ms; CPU time p50 ${f1(pct(cpuOf.get(baseMs), 50))} ms, p95 ${f1(pct(cpuOf.get(baseMs), 95))} ms`);
  // Each kind against a raw FTS5 query of the same words (the quality bar: within 1.5× of it, a speaker's
  // words within 2×). A speaker's words are matched raw in the article index, without the speaker.
  const sameWords = [['term', termMs, TERMS.map((q) => `"${q}"`), 1.5], ['phrase', phraseMs, PHRASES, 1.5], ['prefix + date filter', prefixMs, PREFIXES, 1.5], ['speaker\'s words', speakerMs, SPOKEN.map(([q]) => q), 2]];
  for (const [name, xs, words, bar] of sameWords) {
    const rawMs = timed((q) => raw.all(q), words);
    const ratio = pct(xs, 95) / pct(rawMs, 95);
    console.log(`  ${name} against a raw FTS5 query of the same words: p95 ${f1(pct(xs, 95))} ms vs ${f1(pct(rawMs, 95))} ms, ${f1(ratio)}× (bar ${bar}×: ${ratio <= bar ? 'within' : 'OVER'})`);
  }

  // ---- open a briefing (handler time) ---------------------------------------------------------
  const handle = L.createHandlers({ library, exportBriefings: async () => null, chooseFiles: async () => null });
  const ids = Array.from({ length: 300 }, (_, k) => 1 + ((k * 7919) % libraryN));
  const openMs = [];
  for (const articleId of ids) {
    const t = performance.now();
    const r = await handle('briefing:get-briefing', { articleId });
    openMs.push(performance.now() - t);
    if (!r.ok) throw new Error(r.error.message);
  }
  const rawGet = library.db.prepare('SELECT a.*, s.packed FROM articles a JOIN analyses s ON s.article_id = a.id WHERE a.id = ?');
  const rawMs = ids.map((id) => {
    const t = performance.now();
    const row = rawGet.get(id);
    L.unpackAnalysis(row.packed, L.bodyText(row.body));
    return performance.now() - t;
  });
  console.log(`open a briefing (briefing:get-briefing handler, ${f0(libraryN)} articles): p50 ${f1(pct(openMs, 50))} ms, p95 ${f1(pct(openMs, 95))} ms; baseline (row + unpacking its analysis) p95 ${f1(pct(rawMs, 95))} ms`);

  // ---- entity page of the most quoted person (handler time, warm) ----------------------------------
  // The quality bar: p95 ≤ 100 ms at 100,000 articles. Unfiltered (the page as it opens), and with a word
  // filter (which reads the text of every passage of the person) and a one-year date filter.
  const top = library.db.prepare(`SELECT n.name, count(*) AS quotes FROM passages p JOIN names n ON n.id = p.speaker_id
    WHERE p.kind = 'quote' GROUP BY p.speaker_id ORDER BY quotes DESC LIMIT 1`).get();
  if (top) {
    const entityRuns = Math.max(30, Number(opt('entity-runs', 40)));
    const pageOf = async (request) => {
      const c = process.cpuUsage();
      const t = performance.now();
      const r = await handle('briefing:entity-page', request);
      const wall = performance.now() - t;
      const u = process.cpuUsage(c);
      if (!r.ok) throw new Error(r.error.message);
      return [wall, r.value, (u.user + u.system) / 1000];
    };
    const runs = async (request) => {
      for (let i = 0; i < 5; i++) await pageOf(request); // warm: statements prepared, V8 optimised, pages cached
      const out = [];
      const cpu = [];
      for (let i = 0; i < entityRuns; i++) {
        const [wall, , used] = await pageOf(request);
        out.push(wall);
        cpu.push(used);
      }
      cpuOf.set(out, cpu);
      return out;
    };
    const cpuText = (xs) => `CPU time p50 ${f1(pct(cpuOf.get(xs), 50))} ms, p95 ${f1(pct(cpuOf.get(xs), 95))} ms`;
    const [, first] = await pageOf({ name: top.name });
    const plain = await runs({ name: top.name });
    const words = await runs({ name: top.name, words: 'the government' });
    const year = await runs({ name: top.name, from: '2019-01-01', to: '2019-12-31' });
    // Baseline: the rows alone, as the CLI's `briefing entity` reads them (its first 500 quotes and proposals).
    const cli = [];
    for (let i = 0; i < 5 + entityRuns; i++) {
      const t = performance.now();
      library.search.entity(top.name);
      if (i >= 5) cli.push(performance.now() - t);
    }
    console.log(`entity page of the most quoted person, ${top.name} (${f0(first.totals.quotes)} quotes, ${f0(first.totals.proposals)} proposals in ${f0(first.totals.articles)} articles; ${first.months.length} months), briefing:entity-page handler, ${entityRuns} warm runs each:`);
    console.log(`  as it opens: p50 ${f1(pct(plain, 50))} ms, p95 ${f1(pct(plain, 95))} ms (bar 100 ms: ${pct(plain, 95) <= 100 ? 'within' : 'OVER'}); ${cpuText(plain)}`);
    console.log(`  with words ("the government"): p50 ${f1(pct(words, 50))} ms, p95 ${f1(pct(words, 95))} ms; ${cpuText(words)}`);
    console.log(`  with a one-year date filter: p50 ${f1(pct(year, 50))} ms, p95 ${f1(pct(year, 95))} ms; ${cpuText(year)}`);
    console.log(`  baseline (the CLI's entity page: 500 quotes, 500 proposals, 500 articles, no totals): p50 ${f1(pct(cli, 50))} ms, p95 ${f1(pct(cli, 95))} ms`);
  }
  }
  library.close();

  // ---- open the library, as the app does at start -------------------------------------------------
  // After a clean close only the analyst's own tables are checked; after a crash (a log left behind) the
  // whole file is, which `integrityCheck: 'always'` does here.
  const openTimes = (options) => Array.from({ length: 3 }, () => {
    const t = performance.now();
    L.openLibrary(libFile, options).close();
    return performance.now() - t;
  });
  const clean = openTimes({});
  const whole = openTimes({ integrityCheck: 'always' });
  console.log(`open the library (${f0(libraryN)} articles), median of 3: after a clean close ${f1(pct(clean, 50))} ms; with the whole-file check (after a crash) ${f0(pct(whole, 50))} ms`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
