// One import in a process that holds only the library, as the app's main process does (the bench's own
// process also holds its corpus, esbuild and earlier runs' leftovers). Prints its figures as JSON.
//   node scripts/bench/library/importAlone.mjs LIBRARY_CJS WORKER_SCRIPT INBOX DB_FILE
import { createRequire } from 'node:module';
import { clearInterval, setInterval } from 'node:timers';
import { performance } from 'node:perf_hooks';

const [libraryCjs, workerScript, inbox, dbFile] = process.argv.slice(2);
const L = createRequire(import.meta.url)(libraryCjs);
const library = L.openLibrary(dbFile);
const startRss = process.memoryUsage().rss;
let peakRss = startRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const t0 = performance.now();
const report = await library.importPaths([inbox], { workerScript });
const ms = performance.now() - t0;
clearInterval(sampler);
library.close();
console.log(JSON.stringify({ imported: report.imported, ms, startRss, peakRss }));
