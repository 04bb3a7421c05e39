// The shared half of `npm run eval`: finds what a set's gold holds, runs the project's analysis once over
// every text of the set, and maps the result's spans back to the file the way the reference scorers do
// (through the result's "text", which is a passage of the file). Also the small counting helpers.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A failure the user can act on: printed as a plain message, without a stack trace. */
export class EvalError extends Error {}

const isDir = (p) => existsSync(p) && statSync(p).isDirectory();

/**
 * What a set holds: `{ kind: 'gold', gold, measures }` for gold.jsonl + texts/ (measures among
 * proposals, attribution, entities, in that order), or `{ kind: 'summary', names }` for articles/ +
 * summaries/ of the same names. Throws EvalError when the folder is missing or holds no gold.
 */
export function detect(dir, limit = Infinity) {
  if (!isDir(dir)) throw new EvalError(`no such folder: ${dir}`);
  const goldFile = join(dir, 'gold.jsonl');
  if (existsSync(goldFile)) {
    let gold;
    try {
      gold = readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    } catch (e) {
      throw new EvalError(`${goldFile} is not one JSON object a line (${e.message})`);
    }
    gold = gold.slice(0, limit);
    const has = (key) => gold.some((g) => Array.isArray(g[key]));
    const measures = [['proposals', 'proposals'], ['attributions', 'attribution'], ['entities', 'entities']]
      .filter(([key]) => has(key)).map(([, measure]) => measure);
    if (!gold.length || !measures.length) throw new EvalError(`${goldFile} holds no proposals, attributions or entities`);
    if (!isDir(join(dir, 'texts'))) throw new EvalError(`${dir} has gold.jsonl but no texts/ folder`);
    return { kind: 'gold', gold, measures };
  }
  if (isDir(join(dir, 'articles')) && isDir(join(dir, 'summaries'))) {
    // the same order as score-summary.mjs: file names sorted by code unit
    const names = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
    if (!names.length) throw new EvalError(`${join(dir, 'articles')} holds no .txt files`);
    return { kind: 'summary', names };
  }
  throw new EvalError(`${dir} holds no gold: expected gold.jsonl with texts/, or articles/ with summaries/`);
}

/**
 * Runs `briefing analyze --jsonl` once over every path (or `cmd` with the paths appended, through the
 * shell, as the reference scorers' --cmd) and returns one parsed result a path, in order, with the time taken.
 */
export function analyze(paths, cmd) {
  const t0 = Date.now();
  let out;
  if (cmd) {
    try {
      out = execSync(`${cmd} ${paths.map((p) => JSON.stringify(p)).join(' ')}`, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      throw new EvalError(`the command failed: ${cmd}\n${String(e.stderr ?? e.message).trim().slice(-2000)}`);
    }
  } else {
    if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new EvalError('the project is not built yet: run `npm run build` first');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'briefing.js'), 'analyze', '--jsonl', ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.error) throw new EvalError(`could not run briefing analyze: ${r.error.message}`);
    if (r.status !== 0) throw new EvalError(`briefing analyze exited with ${r.status}\n${r.stderr.trim().slice(-2000)}`);
    out = r.stdout;
  }
  const seconds = (Date.now() - t0) / 1000;
  // the contract: nothing else on stdout starts with "{"
  const results = out.split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l));
  if (results.length !== paths.length) throw new EvalError(`the analysis printed ${results.length} JSON lines for ${paths.length} files`);
  return { results, seconds };
}

/**
 * One item a gold article: its gold line, the file's text, the analysis result and `at`, which moves a
 * span of the result's text to the file (the offset of the result's text in the file, first occurrence).
 */
export function items(dir, gold, results) {
  return gold.map((g, i) => {
    const r = results[i];
    const file = readFileSync(join(dir, 'texts', g.file), 'utf8');
    const shift = typeof r.text === 'string' ? file.indexOf(r.text) : -1;
    if (shift < 0) throw new EvalError(`${g.file}: "text" is missing or is not a passage of the file`);
    return { name: g.file, gold: g, file, result: r, at: (s) => ({ ...s, start: s.start + shift, end: s.end + shift }) };
  });
}

// --- counting helpers shared by the measures ---
export const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
export const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
export const ratio = (a, b) => (b ? a / b : 0);
export const n3 = (x) => x.toFixed(3);
/** Lower-cased words of 3+ letters or digits, less the stop words given. */
export const wordsOf = (stop) => (s) => (s ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => w.length > 2 && !stop.has(w)) ?? [];
