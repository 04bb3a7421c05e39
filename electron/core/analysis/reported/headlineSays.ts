// Headlines in title case: "Trump Says He Never Pledged To Kill Families" and "‘ISIS Truther’
// Donald Trump Is Like A Lawyer’s Dumbest Client, Trevor Noah Says". The verb of saying is
// capitalised like every other word there, so the sentence rules (which take lower-case cues)
// miss it; the claim runs to the next comma or the end of the headline. Also the headline style
// "Name: claim" (headlineClaim).
import { resolvePhrase, type Resolver } from '../speakers/coref';
import { firstAtOrAfter, isQuoteMark, type Token } from '../text/tokens';
import type { Quote } from '../types';
import { LINE_LABELS } from '../lexicon/lexicon';
import { reportingVerbs } from '../lexicon/reportingVerbs';

const HEADLINE_CUES = reportingVerbs('headline');
const MINOR = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'with', 'or', 'by', 'from', 'as', 'is', 'vs']);
// No minor word is longer: a longer word needs no look-up.
const MINOR_MAX = 4;
// The lower-case words a "Name:" head may hold ("Secretary of State: …").
const HEAD_MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'at']);
const MAX_SUBJECT = 5;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether the words of tokens[a..end) are set in title case (a headline, not running text). */
function titleCased(tokens: Token[], a: number, end: number): boolean {
  let words = 0;
  let caps = 0;
  // Running text gives itself away within a few words: more lower-case words than 15% of the whole
  // sentence settles it, so every sentence of the body is not read to its end.
  const limit = (end - a) * 0.15;
  let lower = 0;
  for (let k = a; k < end; k++) {
    const t = tokens[k]!;
    if (!t.word || (t.lower.length <= MINOR_MAX && MINOR.has(t.lower)) || t.text === "'s" || t.text === '’s') continue;
    words++;
    if (t.cap || isDigit(t.text.charCodeAt(0))) caps++;
    else if (++lower > limit) return false;
  }
  return words >= 4 && caps >= words * 0.85;
}

export function headlineSays(r: Resolver, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  if (!titleCased(tokens, a, end)) return null;
  for (let k = a + 1; k < end; k++) {
    const t = tokens[k]!;
    if (inQuote[k] || !t.cap || !HEADLINE_CUES.has(t.lower)) continue;
    // The speaker: the capitalised words right before the cue.
    let s = k;
    while (s > a && k - s < MAX_SUBJECT && (tokens[s - 1]!.cap || /^['’]s$|^[.-]$/.test(tokens[s - 1]!.text))) s--;
    if (s === k) continue;
    const speaker = resolvePhrase(r, s, k);
    if (!speaker) continue;
    let from: number;
    let to: number;
    if (k + 1 >= end) {
      // "CLAIM, Trevor Noah Says": the claim before the comma ahead of the speaker.
      if (s - 1 <= a || tokens[s - 1]!.text !== ',') return null;
      from = a;
      to = s - 1;
    } else {
      from = k + 1;
      to = from;
      while (to < end && !/^[,;:]$/.test(tokens[to]!.text)) to++;
    }
    if (to - from < 2) return null;
    const st = tokens[from]!.start;
    const e = tokens[to - 1]!.end;
    return { text: r.text.slice(st, e), start: st, end: e, kind: 'indirect', speaker, cue: { text: t.text, start: t.start, end: t.end } };
  }
  return null;
}

// Headline style "Graham: Trump's Rhetoric Destroying GOP's Chance" / "Poll: Trump Ties Clinton":
// a short name before a colon opening the sentence, and the claim after it.
export function headlineClaim(r: Resolver, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  let colon = a;
  while (colon < end && colon - a < 6 && tokens[colon]!.text !== ':') {
    const t = tokens[colon]!;
    if (t.word && !t.cap && !HEAD_MINOR.has(t.lower) && t.text !== "'s" && t.text !== '’s') return null;
    colon++;
  }
  if (colon === a || colon >= end || tokens[colon]!.text !== ':' || end - colon < 4) return null;
  if (!tokens[a]!.cap || !tokens[colon + 1]!.cap && !isQuoteMark(tokens[colon + 1]!.text)) return null;
  // A label ("Update:", "Editor's Note:") is not a source, nor is a place heading a list ("Iowa: …").
  for (let k = a; k < colon; k++) if (LINE_LABELS.has(tokens[k]!.lower)) return null;
  const m = r.index.mentions[firstAtOrAfter(r.index.mentions, tokens[a]!.start)];
  if (m && m.start === tokens[a]!.start && r.index.entities[m.entity]!.type === 'place') return null;
  const speaker = resolvePhrase(r, a, colon);
  if (!speaker) return null;
  const s = tokens[colon + 1]!.start;
  const e = tokens[end - 1]!.end;
  if (inQuote[colon + 1] && inQuote[end - 1]) return null; // Name: "…" — the direct quotation's
  const c = tokens[colon]!;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker, cue: { text: c.text, start: c.start, end: c.end } };
}

