// Direct quotations, their speakers, and statements (quoted or reported); the counting of score-attribution.mjs.
//   Direct quotes: a predicted direct quote is right when at least half of it lies inside gold quoted
//   passages; a gold passage is found when one predicted direct quote covers at least half of it.
//   Speaker, for each found passage with a gold source: right when the predicted mention overlaps the gold
//   source, or the predicted name shares a word (3+ letters) with the source or the canonical `speaker`.
//   Statements: every gold content against every predicted quote of either kind, with the same rule.
import { f1, n3, overlap, ratio, wordsOf } from './load.mjs';

const words = wordsOf(new Set(['the', 'and', 'mr', 'mrs', 'ms', 'dr', 'of', 'a', 'an', 'his', 'her', 'their']));
const half = (s) => 0.5 * (s.end - s.start);

export function scoreAttribution(articles, show = 0) {
  const c = { qTP: 0, qPred: 0, qGold: 0, qHit: 0, judged: 0, spkOk: 0, sOk: 0, sPred: 0, sGold: 0, sHit: 0 };
  let shown = 0;
  for (const { name, gold: g, result, at } of articles) {
    const attributions = g.attributions ?? [];
    const quotes = (result.quotes ?? []).map((q) => ({ ...at(q), speaker: q.speaker, kind: q.kind ?? 'direct' }));
    const direct = quotes.filter((q) => q.kind === 'direct');

    // direct quotations: the gold passages between quotation marks inside an attribution's content
    const passages = attributions.flatMap((a) => (a.quoted ?? []).map((p) => ({ ...p, source: a.source, speaker: a.speaker ?? null })));
    c.qGold += passages.length;
    c.qPred += direct.length;
    for (const q of direct) if (passages.reduce((n, p) => n + overlap(q, p), 0) >= half(q)) c.qTP++;
    const misses = [];
    for (const p of passages) {
      const q = direct.find((d) => overlap(d, p) >= half(p));
      if (!q) { misses.push(`missed quote: ${p.text.slice(0, 80)}`); continue; }
      c.qHit++;
      if (!p.source) continue;
      c.judged++;
      const m = q.speaker?.mention ? at(q.speaker.mention) : null;
      const gw = [...words(p.source.text), ...words(p.speaker)];
      if ((m && overlap(m, p.source) > 0) || words(q.speaker?.name).some((w) => gw.includes(w))) c.spkOk++;
      else misses.push(`wrong speaker: "${q.speaker?.name ?? '(none)'}" for gold "${p.source.text}" on: ${p.text.slice(0, 60)}`);
    }

    // statements: every attribution's content, quoted or reported, against every quote of any kind
    const contents = attributions.map((a) => a.content);
    c.sGold += contents.length;
    c.sPred += quotes.length;
    for (const q of quotes) if (contents.reduce((n, x) => n + overlap(q, x), 0) >= half(q)) c.sOk++;
    for (const x of contents) if (quotes.some((q) => overlap(q, x) >= half(x))) c.sHit++;

    if (shown < show && misses.length) {
      shown++;
      console.log(`# ${name}`);
      for (const m of misses) console.log(`  ${m}`);
    }
  }
  const qP = ratio(c.qTP, c.qPred), qR = ratio(c.qHit, c.qGold), spk = ratio(c.spkOk, c.judged);
  const sP = ratio(c.sOk, c.sPred), sR = ratio(c.sHit, c.sGold);
  console.log(`direct quotations: ${c.qGold} gold passages, ${c.qPred} predicted; precision ${n3(qP)}, recall ${n3(qR)}, F1 ${n3(f1(qP, qR))}`);
  console.log(`speaker of found quotations: ${c.spkOk}/${c.judged} right (${n3(spk)})`);
  console.log(`statements (quoted or reported): ${c.sGold} gold, ${c.sPred} predicted; precision ${n3(sP)}, recall ${n3(sR)}, F1 ${n3(f1(sP, sR))}`);
  const figure = `quotes P=${n3(qP)} R=${n3(qR)} F1=${n3(f1(qP, qR))} speaker=${n3(spk)} statements P=${n3(sP)} R=${n3(sR)} F1=${n3(f1(sP, sR))} articles=${articles.length}`;
  console.log(figure);
  return figure;
}
