// The library list of a large library in the window: frame times while scrolling it with the mouse wheel,
// dragging straight to the end, and holding the arrow key, in the real renderer (headless Chromium, the
// real IPC handlers over a real library on disk). Reported: frames, the longest frame and the p95 frame,
// frames over 50 ms, and long tasks (Chromium's own report of main-thread work over 50 ms); and the
// list-page handler's time. Baseline, in the same run: the same scrolling over a plain page as tall as
// the list, which shows how this machine paces frames with nothing to render.
//   npm run bench -- scroll [--articles N]   (default 100,000)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
// The functions given to page.evaluate run in the page, where these exist.
/* global window, document, requestAnimationFrame, PerformanceObserver */

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('articles', 100000));
const outDir = resolve('.cache/bench');
mkdirSync(outDir, { recursive: true });
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
await build({ bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning', entryPoints: ['scripts/bench/scroll/entry.ts'], outfile: join(outDir, 'scroll.cjs') });
const { openLibrary, launchRenderer } = createRequire(import.meta.url)(join(outDir, 'scroll.cjs'));

const work = mkdtempSync(join(tmpdir(), 'briefing-scroll-'));
const f0 = (x) => Math.round(x).toLocaleString('en-US');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
try {
  const library = openLibrary(join(work, 'library.db'));
  const empty = { version: 0, summary: [], quotes: [], proposals: [], entities: [] };
  const t0 = performance.now();
  library.db.transaction(() => {
    for (let i = 0; i < N; i++) {
      const d = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86400000).toISOString().slice(0, 10);
      library.articles.insertWithAnalysis(
        { contentHash: `h${i}`, title: `Report ${i}: ministers meet on the border crossing and trade (${d})`, date: d, source: i % 3 ? 'BBC' : 'Kazinform', fileName: null, encoding: 'UTF-8', body: `Body of report ${i}.` },
        empty,
      );
    }
  })();
  console.log(`library of ${f0(N)} articles built in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

  const session = await launchRenderer(library, work);
  await session.open();
  const { page } = session;
  await page.waitForFunction((n) => document.querySelector('#library-count')?.textContent === `${n.toLocaleString('en-US')} articles`, N);
  // Let the first briefing (the newest article, opened at start) finish rendering before measuring.
  await page.waitForTimeout(1000);

  // Frame deltas from requestAnimationFrame, and Chromium's long tasks, while `act` runs.
  const measure = async (act) => {
    await page.evaluate(() => {
      const w = window;
      w.__frames = [];
      w.__long = [];
      let last = performance.now();
      w.__stop = false;
      const tick = (now) => {
        w.__frames.push(now - last);
        last = now;
        if (!w.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      w.__observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration)));
      w.__observer.observe({ type: 'longtask', buffered: false });
    });
    await act();
    await page.waitForTimeout(300);
    return page.evaluate(() => {
      window.__stop = true;
      window.__observer.disconnect();
      return { frames: window.__frames.slice(1), long: window.__long };
    });
  };
  const scroll = async (selector) => {
    const box = await page.locator(selector).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(200, box.height / 2));
    for (let i = 0; i < 120; i++) {
      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(16);
    }
    // A drag of the scroll bar to the end, then back to the middle.
    await page.locator(selector).evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForTimeout(200);
    await page.locator(selector).evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await page.waitForTimeout(200);
  };
  const report = (name, r) => {
    const over = r.frames.filter((f) => f > 50).length;
    console.log(`${name}: ${r.frames.length} frames, median ${median(r.frames).toFixed(1)} ms, p95 ${pct(r.frames, 0.95).toFixed(1)} ms, longest ${Math.max(...r.frames).toFixed(1)} ms, ${over} over 50 ms; long tasks ${r.long.length}${r.long.length ? ` (longest ${Math.max(...r.long).toFixed(0)} ms)` : ''}`);
    return r;
  };

  const wheel = report('scroll the library list (wheel ×120, drag to the end and back)', await measure(() => scroll('#library-scroll')));
  await page.locator('#library-list [role=option]').first().click();
  const keys = report('hold ArrowDown for 150 rows', await measure(async () => {
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(16);
    }
  }));
  const rendered = await page.locator('#library-list [role=option]').count();
  console.log(`rows in the DOM: ${rendered} of ${f0(N)}`);

  // Baseline: a plain page as tall as the list, scrolled the same way.
  await page.setContent(`<div id="plain" style="height:100vh;overflow:auto"><div style="height:${N * 72}px;background:linear-gradient(#fff,#eee)"></div></div>`);
  const base = report('baseline: the same scrolling over a plain page as tall', await measure(() => scroll('#plain')));
  console.log(`longest frame: list ${Math.max(...wheel.frames, ...keys.frames).toFixed(1)} ms against ${Math.max(...base.frames).toFixed(1)} ms for the baseline`);
  await session.close();
  library.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
