// Opening a long article and switching between ordinary ones in the window: the real renderer (headless
// Chromium, the real IPC handlers over a real library on disk), a 245 KB interview transcript whose
// analysis gives about 2,000 quote and proposal cards, and two ordinary articles.
// What is measured, in the page: from the click on the article's row in the library list to the first
// animation frame after its briefing is in the DOM (its title shown), plus one macrotask after that
// frame, i.e. the briefing is drawn and the main thread is free to take the analyst's input. This
// includes asking main for the briefing over IPC (the Playwright binding stands in for Electron's IPC).
//   npm run bench -- open [--runs N]   (default 15 of each)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// The functions given to page.evaluate run in the page, where these exist.
/* global window, document, performance, requestAnimationFrame, MessageChannel, MutationObserver */

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 15));
const outDir = resolve('.cache/bench');
mkdirSync(outDir, { recursive: true });
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
await build({ bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning', entryPoints: ['scripts/bench/open/entry.ts'], outfile: join(outDir, 'open.cjs') });
const { openLibrary, launchRenderer, longTranscript } = createRequire(import.meta.url)(join(outDir, 'open.cjs'));

const ORDINARY = [
  `date 2025-03-14\nMinisters meet in Vienna on water sharing\n\nVIENNA — Foreign ministers of Austria and Hungary met in Vienna on Friday to discuss the shared river basin.\n\n"The river belongs to all of us, and the river must be protected," Austrian Foreign Minister Karl Weber said at the opening session.\n\n"We cannot wait another decade for a river agreement," Hungarian Foreign Minister Eva Szabo told reporters.\n\nWeber proposed a joint commission to manage the river basin.\n\nHungary will build three new treatment plants by 2027, Szabo said.\n`,
  `date 2025-04-02\nTrade talks resume on the rail corridor\n\nBUDAPEST — Trade ministers resumed talks on the rail corridor on Wednesday after a pause of three months.\n\n"The corridor will carry grain and steel within two years," Trade Minister Eva Szabo said.\n\nAmbassador Daniel Roth called on both sides to publish the tariffs.\n\nThe ministers decided to meet again in Vienna in May.\n`,
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * p) - 1)];
const line = (name, xs) => `${name}: median ${median(xs).toFixed(0)} ms, p95 ${pct(xs, 0.95).toFixed(0)} ms, min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)} (${xs.length} runs)`;

const work = mkdtempSync(join(tmpdir(), 'briefing-open-'));
try {
  const library = openLibrary(join(work, 'library.db'));
  const files = ORDINARY.map((text, i) => {
    const file = join(work, `ordinary-${i}.txt`);
    writeFileSync(file, text);
    return file;
  });
  const transcript = longTranscript();
  const longFile = join(work, 'transcript.txt');
  writeFileSync(longFile, transcript);
  const report = library.importFiles([...files, longFile]);
  const [a, b, long] = report.outcomes.map((o) => (o.status === 'refused' ? null : o));
  if (!a || !b || !long) throw new Error(`import failed: ${JSON.stringify(report.outcomes)}`);
  const briefing = library.briefing(long.articleId);
  console.log(`long article: ${(Buffer.byteLength(transcript) / 1024).toFixed(0)} KB, ${briefing.analysis.quotes.length} quotes + ${briefing.analysis.proposals.length} proposals = ${briefing.analysis.quotes.length + briefing.analysis.proposals.length} cards`);

  const session = await launchRenderer(library, work);
  const { page } = session;
  // Notes when each briefing arrives from main, to tell the IPC's share from the window's own work.
  await page.addInitScript(() => {
    const w = window;
    const wrap = () => {
      const api = w.briefing;
      if (!api || api.__timed) return;
      const get = api.getBriefing;
      api.getBriefing = async (id) => {
        const r = await get(id);
        w.__arrived = performance.now();
        return r;
      };
      api.__timed = true;
    };
    document.addEventListener('DOMContentLoaded', wrap);
  });
  await session.open();

  // Clicks the row and resolves with the time until the briefing titled `title` is drawn and idle.
  const open = (id, title) =>
    page.evaluate(
      ({ id, title }) =>
        new Promise((done) => {
          const row = document.querySelector(`#library-list [data-id="${id}"]`);
          const shown = () => document.querySelector('#briefing h1')?.textContent === title;
          if (shown()) throw new Error(`${title} is already shown`);
          const t0 = performance.now();
          const drawn = () =>
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => done({ total: performance.now() - t0, ipc: window.__arrived - t0 });
              ch.port2.postMessage(null);
            });
          const watch = new MutationObserver(() => {
            if (!shown()) return;
            watch.disconnect();
            drawn();
          });
          watch.observe(document.getElementById('briefing'), { childList: true, subtree: true });
          row.click();
        }),
      { id, title },
    );
  const settle = () => page.waitForTimeout(150);
  await page.waitForSelector(`#library-list [data-id="${long.articleId}"]`);
  // The window opens the newest article (the transcript) at start; wait for it, then one warm-up of each,
  // not counted.
  await page.waitForFunction((title) => document.querySelector('#briefing h1')?.textContent === title, long.title, { timeout: 120000 });
  await open(a.articleId, a.title);
  await settle();
  await open(long.articleId, long.title);
  await settle();
  const cards = await page.locator('#briefing .card').count();
  console.log(`cards in the DOM after opening the long article: ${cards}`);
  await open(a.articleId, a.title);
  await settle();

  const opens = [];
  const opensIpc = [];
  const switches = [];
  // Here the ordinary article `a` is shown. Each run: open the transcript from `a` (measured), back to
  // `a`, then `a` → `b` and `b` → `a` (both measured as switches).
  for (let i = 0; i < RUNS; i++) {
    const o = await open(long.articleId, long.title);
    opens.push(o.total);
    opensIpc.push(o.ipc);
    await settle();
    await open(a.articleId, a.title);
    await settle();
    switches.push((await open(b.articleId, b.title)).total);
    await settle();
    switches.push((await open(a.articleId, a.title)).total);
    await settle();
  }
  console.log(line('open the long article (click → drawn and idle)', opens));
  console.log(line('  of which the click until the briefing arrived from main (IPC)', opensIpc));
  console.log(line('  of which drawing it, from its arrival', opens.map((t, i) => t - opensIpc[i])));
  console.log(line('switch between two ordinary articles', switches));
  await session.close();
  library.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
