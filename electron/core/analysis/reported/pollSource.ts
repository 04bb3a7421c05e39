// "In a Washington Post-ABC News poll released Sunday, 75 percent of Republicans said …", "In the
// latest polls, he doesn't.": a poll or survey named at the head of the sentence is the source of
// the clause after its comma, as "according to" would make it; the finding is the poll's, not the
// writer's. Only at the head of the sentence: "rose in the polls" mid-sentence is the writer's own
// summary as often as a finding, and the annotated news marks it either way.
import type { Resolver } from '../speakers/coref';
import { makeQuote } from './statementSpan';
import type { Quote } from '../types';

const POLL = new Set(['poll', 'polls', 'survey', 'surveys']);
// A connective may open the sentence before "In" ("But in a new poll, …").
const CONNECTIVE = new Set(['but', 'and', 'yet', 'still', 'meanwhile']);
const MAX_BEFORE_HEAD = 8;
// The poll's own modifier before its comma: "conducted March 11-13", "released Sunday by Gallup".
const MAX_AFTER_HEAD = 12;
const ASIDE = /^(?:\w+ed|taken|however|though|meanwhile|too|also)$/;

/** The clause a sentence-opening "In … poll/survey," reports, with the poll as its source; or null. */
export function pollSource(r: Resolver, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  let k = a;
  if (CONNECTIVE.has(tokens[k]?.lower ?? '')) k += tokens[k + 1]?.text === ',' ? 2 : 1;
  if (tokens[k]?.lower !== 'in' || inQuote[k]) return null;
  // The noun phrase to its head: words, initialisms, "Post-ABC", "NBC/WSJ"; nothing that ends a phrase.
  let h = k + 1;
  while (h < end && h - k <= MAX_BEFORE_HEAD && !POLL.has(tokens[h]!.lower)) {
    if (inQuote[h] || (!tokens[h]!.word && !/^[-/&'’.]$/.test(tokens[h]!.text))) return null;
    h++;
  }
  if (h >= end || !POLL.has(tokens[h]!.lower)) return null;
  let c = h + 1;
  while (c < end && c - h <= MAX_AFTER_HEAD && tokens[c]!.text !== ',') {
    if (inQuote[c] || /^[;:.!?()—–]$/.test(tokens[c]!.text)) return null;
    c++;
  }
  if (tokens[c]?.text !== ',') return null;
  // "…poll, conducted March 11-13, 40 percent …" and "…, however, 73 percent …": an aside set off by its own commas.
  if (ASIDE.test(tokens[c + 1]?.lower ?? '')) {
    let c2 = c + 2;
    while (c2 < end && c2 - c <= MAX_AFTER_HEAD && tokens[c2]!.text !== ',') c2++;
    if (tokens[c2]?.text === ',') c = c2;
  }
  const q = makeQuote(r, c + 1, end, [k + 1, h + 1], k, inQuote, false, true, false, 2);
  if (q) q.cue = { text: tokens[k]!.text, start: tokens[k]!.start, end: tokens[k]!.end };
  return q;
}
