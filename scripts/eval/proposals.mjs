// Proposals (calls, commitments, plans) and their actors; the counting of score-proposals.mjs.
//   A prediction is right when its overlap with some gold proposal is at least half of the shorter span;
//   a gold proposal is found when some prediction meets the same rule (a stricter line, half of the longer
//   span, is printed for information). Predictions ending at or before body_start (date and headline,
//   not annotated) are left out. Actor, over found gold proposals, judged on the prediction overlapping it
//   most: right when the names share a word of 3+ letters (titles and function words aside), or both are null.
import { f1, n3, overlap, ratio, wordsOf } from './load.mjs';

const len = (s) => s.end - s.start;
const matches = (p, g) => len(p) > 0 && len(g) > 0 && overlap(p, g) >= 0.5 * Math.min(len(p), len(g));
const strict = (p, g) => len(p) > 0 && len(g) > 0 && overlap(p, g) >= 0.5 * Math.max(len(p), len(g));
const words = wordsOf(new Set(['the', 'and', 'mr', 'mrs', 'ms', 'dr', 'of', 'a', 'an', 'his', 'her', 'their',
  'president', 'prime', 'minister', 'foreign', 'secretary', 'government', 'side', 'leader', 'leaders', 'chief']));
const actorName = (a) => (a == null ? null : typeof a === 'string' ? a : (a.name ?? null));
const clip = (s, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');
const pad = (x, n) => String(x).padStart(n);

export function scoreProposals(articles, show = 0) {
  const c = { pred: 0, ok: 0, gold: 0, found: 0, judged: 0, actorOk: 0, strictOk: 0, strictFound: 0 };
  const bySource = new Map(); // per source, from the file name: A01_tass.txt -> tass
  let shown = 0;
  for (const { name, gold: g, file, result, at } of articles) {
    const body = g.body_start ?? 0;
    const preds = (result.proposals ?? []).map((p) => ({ ...at(p), actor: actorName(p.actor) }))
      .filter((p) => Number.isFinite(p.start) && Number.isFinite(p.end) && p.end > body);
    const golds = (g.proposals ?? []).map((p) => ({ start: p.text.start, end: p.text.end, text: p.text.text, actor: p.actor }));
    const src = name.replace(/^\d+_|\.txt$/g, '');
    const s = bySource.get(src) ?? { gold: 0, found: 0, pred: 0, ok: 0 };
    bySource.set(src, s);
    const notes = [];
    c.pred += preds.length; s.pred += preds.length;
    for (const p of preds) {
      if (golds.some((q) => strict(p, q))) c.strictOk++;
      if (golds.some((q) => matches(p, q))) { c.ok++; s.ok++; }
      else notes.push(`false positive: "${clip(file.slice(p.start, p.end))}" (${p.actor ?? 'no actor'})`);
    }
    c.gold += golds.length; s.gold += golds.length;
    for (const q of golds) {
      if (preds.some((p) => strict(p, q))) c.strictFound++;
      const hits = preds.filter((p) => matches(p, q));
      if (!hits.length) { notes.push(`missed: "${clip(q.text)}" (${q.actor ?? 'no actor'})`); continue; }
      c.found++; s.found++; c.judged++;
      const best = hits.reduce((a, b) => (overlap(b, q) > overlap(a, q) ? b : a)); // first of the largest overlap
      const gw = words(q.actor);
      if ((q.actor == null && best.actor == null) || words(best.actor).some((w) => gw.includes(w))) c.actorOk++;
      else notes.push(`wrong actor: "${best.actor ?? '(none)'}" for gold "${q.actor ?? '(none)'}" on: ${clip(q.text, 60)}`);
    }
    if (shown < show && notes.length) {
      shown++;
      console.log(`# ${name}`);
      for (const n of notes) console.log(`  ${n}`);
    }
  }
  const P = ratio(c.ok, c.pred), R = ratio(c.found, c.gold), A = ratio(c.actorOk, c.judged);
  const sP = ratio(c.strictOk, c.pred), sR = ratio(c.strictFound, c.gold);
  console.log(`proposals: ${c.gold} gold, ${c.pred} predicted; precision ${n3(P)}, recall ${n3(R)}, F1 ${n3(f1(P, R))}`);
  console.log(`  strict spans (overlap at least half of the longer span): precision ${n3(sP)}, recall ${n3(sR)}, F1 ${n3(f1(sP, sR))}`);
  console.log(`actor of found proposals: ${c.actorOk}/${c.judged} right (${n3(A)})`);
  for (const [src, s] of bySource) {
    console.log(`  ${src.padEnd(12)} gold ${pad(s.gold, 3)}  found ${pad(s.found, 3)}  predicted ${pad(s.pred, 3)}  right ${pad(s.ok, 3)}`);
  }
  const figure = `proposals P=${n3(P)} R=${n3(R)} F1=${n3(f1(P, R))} actor=${n3(A)} articles=${articles.length}`;
  console.log(figure);
  return figure;
}
