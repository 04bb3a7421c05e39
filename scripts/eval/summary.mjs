// Summaries against reference extracts; the counting of score-summary.mjs.
//   ROUGE-1 and ROUGE-2: F1 over lower-cased word unigrams and bigrams, no stemming, averaged over articles;
//   beside them the lead baseline: as many of the article's first body sentences as the app's summary has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvalError, n3 } from './load.mjs';

const tokens = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const grams = (t, n) => {
  const m = new Map();
  for (let i = 0; i + n <= t.length; i++) {
    const k = t.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
};
const rouge = (cand, ref, n) => {
  const c = grams(tokens(cand), n), r = grams(tokens(ref), n);
  let hit = 0, nc = 0, nr = 0;
  for (const [k, v] of c) { nc += v; hit += Math.min(v, r.get(k) ?? 0); }
  for (const v of r.values()) nr += v;
  const p = nc ? hit / nc : 0, rc = nr ? hit / nr : 0;
  return p + rc ? (2 * p * rc) / (p + rc) : 0;
};
// the body: everything after the first line (the headline) when a blank line follows it
const HEAD = /^[^\n]+\n\s*\n/;
const body = (text) => (HEAD.test(text) ? text.replace(HEAD, '') : text);
const sentences = (text) => body(text).match(/[^.!?\n]+(?:[.!?]+["”’]?|$)/g)?.map((s) => s.trim()).filter(Boolean) ?? [];

/** `names` are the article file names; results[i] is the analysis of articles/names[i]. Files read as UTF-8. */
export function scoreSummary(dir, names, results) {
  let a1 = 0, a2 = 0, b1 = 0, b2 = 0, count = 0;
  names.forEach((n, i) => {
    const refFile = join(dir, 'summaries', n);
    let ref;
    try {
      ref = readFileSync(refFile, 'utf8');
    } catch {
      throw new EvalError(`no reference summary ${refFile}`);
    }
    ref = ref.replace(/([.!?]["”]?)(?=[A-Z“"])/g, '$1 '); // the extracts join sentences without a space
    const picked = results[i].summary ?? [];
    const summary = picked.map((s) => s.text).join(' ');
    const lead = sentences(readFileSync(join(dir, 'articles', n), 'utf8')).slice(0, Math.max(1, picked.length)).join(' ');
    a1 += rouge(summary, ref, 1); a2 += rouge(summary, ref, 2);
    b1 += rouge(lead, ref, 1); b2 += rouge(lead, ref, 2);
    count += picked.length;
  });
  const N = names.length;
  console.log(`app summary: ROUGE-1 ${n3(a1 / N)}, ROUGE-2 ${n3(a2 / N)}; ${(count / N).toFixed(2)} sentences an article`);
  console.log(`lead of the same length: ROUGE-1 ${n3(b1 / N)}, ROUGE-2 ${n3(b2 / N)}`);
  const figure = `summary R1=${n3(a1 / N)} R2=${n3(a2 / N)} lead R1=${n3(b1 / N)} R2=${n3(b2 / N)} ratioR2=${n3(b2 ? a2 / b2 : 0)} sentences=${(count / N).toFixed(2)} articles=${N}`;
  console.log(figure);
  return figure;
}
