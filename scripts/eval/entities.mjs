// Named entities (person, organization, place); the counting of score-entities.mjs.
//   Every mention of every predicted entity is one prediction. Right when a gold mention has exactly the
//   same span and type; predictions exactly on a gold "misc" span are not counted either way. Also: F1 with
//   any overlap of spans (same type), F1 with types ignored (exact span), and the types confused.
import { f1, n3, ratio } from './load.mjs';

const key = (m) => `${m.start}:${m.end}`;
const meets = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

export function scoreEntities(articles, show = 0) {
  const c = { tp: 0, pred: 0, gold: 0, otp: 0, ohit: 0, utp: 0 };
  const confusions = new Map();
  let shown = 0;
  for (const { name, gold: g, file, result, at } of articles) {
    const entities = g.entities ?? [];
    const golds = entities.filter((e) => e.type !== 'misc');
    const misc = new Set(entities.filter((e) => e.type === 'misc').map(key));
    const byKey = new Map(golds.map((e) => [key(e), e])); // on a repeated span, the last gold mention
    const preds = (result.entities ?? []).flatMap((e) => (e.mentions ?? []).map((m) => ({ ...at(m), type: e.type })))
      .filter((p) => !misc.has(key(p)));
    c.gold += golds.length;
    c.pred += preds.length;
    const misses = [];
    for (const p of preds) {
      const gm = byKey.get(key(p));
      if (!gm) { misses.push(`extra ${p.type}: ${file.slice(p.start, p.end)}`); continue; }
      c.utp++;
      if (gm.type === p.type) c.tp++;
      else confusions.set(`${gm.type}→${p.type}`, (confusions.get(`${gm.type}→${p.type}`) ?? 0) + 1);
    }
    for (const p of preds) if (golds.some((e) => e.type === p.type && meets(e, p))) c.otp++;
    for (const e of golds) {
      if (preds.some((p) => p.type === e.type && meets(e, p))) c.ohit++;
      if (!preds.some((p) => key(p) === key(e))) misses.push(`missed ${e.type}: ${e.text}`);
    }
    if (shown < show && misses.length) {
      shown++;
      console.log(`# ${name}`);
      for (const m of misses.slice(0, 25)) console.log(`  ${m}`);
    }
  }
  const P = ratio(c.tp, c.pred), R = ratio(c.tp, c.gold);
  const oF = f1(ratio(c.otp, c.pred), ratio(c.ohit, c.gold)), uF = f1(ratio(c.utp, c.pred), ratio(c.utp, c.gold));
  console.log(`exact span and type: ${c.gold} gold mentions, ${c.pred} predicted; precision ${n3(P)}, recall ${n3(R)}, F1 ${n3(f1(P, R))}`);
  console.log(`overlapping span, same type: F1 ${n3(oF)}; exact span, any type: F1 ${n3(uF)}`);
  if (confusions.size) console.log(`type confusions: ${[...confusions].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const figure = `entities P=${n3(P)} R=${n3(R)} F1=${n3(f1(P, R))} overlapF1=${n3(oF)} untypedF1=${n3(uF)} articles=${articles.length}`;
  console.log(figure);
  return figure;
}
