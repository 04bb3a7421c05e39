// Statements of how things seem: "Trump’s supporters seemed equally unperturbed", "Washington
// appears weak", "The sale is expected to expand …". The annotated news counts them as attributed
// statements whose source is left unsaid, so they come with no speaker rather than a guessed one.
import type { Resolver } from './coref';
import type { Quote } from './types';

const SEEM = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const BE = new Set(['is', 'are', 'was', 'were']);
// "appeared on Fox News", "appeared before the committee": being somewhere, not seeming.
const PLACE_AFTER = /^(on|in|at|before|with|alongside|together|onstage|live|via|during|for)$/;
// A leading adverbial ("In the past few days,", "Indeed,", "However,") is not part of the clause.
const ADVERBIAL = new Set('in on at after before during since among however indeed even still yet but and so then now meanwhile to for with while when as although though despite by'.split(' '));
const RELATIVE = /^(which|who|that)$/;
const MIN_WORDS = 3;

export function epistemicClause(r: Resolver, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  for (let k = a + 1; k < end; k++) {
    const t = tokens[k]!;
    if (inQuote[k] || t.cap) continue;
    const next = tokens[k + 1];
    let cue = -1;
    if (SEEM.has(t.lower) && next && !next.cap && next.word && !PLACE_AFTER.test(next.lower)) cue = k;
    else if (t.lower === 'expected' && BE.has(tokens[k - 1]!.lower) && next?.lower === 'to') cue = k;
    if (cue < 0) continue;
    let from = a;
    if (ADVERBIAL.has(tokens[a]!.lower) || /ly$/.test(tokens[a]!.lower)) {
      let c = a;
      while (c < cue && tokens[c]!.text !== ',') c++;
      if (c >= cue - 1) return null;
      from = c + 1;
    }
    // "…, which is expected to draw …": the relative clause is the statement.
    for (let j = cue - 1; j > from && cue - j <= 3; j--) if (RELATIVE.test(tokens[j]!.lower)) { from = j; break; }
    let to = cue + 1;
    while (to < end && tokens[to]!.text !== ',' && tokens[to]!.text !== ';' && !inQuote[to]) to++;
    if (to - from < MIN_WORDS) return null;
    const s = tokens[from]!.start;
    const e = tokens[to - 1]!.end;
    return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker: null, cue: { text: t.text, start: t.start, end: t.end } };
  }
  return null;
}
