// Turns of a transcript or interview set out as paragraphs: "TAPPER: And obviously, you're …",
// "Alex Seitz-Wald: She is right on all these things …", "Q: Did the service take care of you?".
// The label names the speaker and the whole paragraph after it is what was said; "Q" and "A" name
// nobody, so their turns come with no speaker.
import { resolvePhrase, type Resolver } from './coref';
import { firstAtOrAfter, isQuoteMark, tokenAt } from '../text/tokens';
import type { Quote } from '../types';

const MAX_LABEL = 3;
const MIN_WORDS = 3;
// Words that label a paragraph without being anyone ("Update:", "Photo:", "Read more:").
const NOT_SPEAKER = new Set('update updates note editor editors transcript watch read more photo photos video source sources via correction related breaking exclusive live analysis opinion editorial caption credit see also advertisement email remember question answer contributing'.split(' '));
const QA = /^(q|a)$/i;

/** The turn of the paragraph [start, end) when a speaker's label opens it; null otherwise. */
export function speakerTurn(r: Resolver, start: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  const a = tokenAt(tokens, start);
  let colon = a;
  while (colon < tokens.length && colon - a < MAX_LABEL && tokens[colon]!.start < end && tokens[colon]!.cap) colon++;
  // "Alex Seitz-Wald", "TAPPER", "Q": capitalised words right before the colon, nothing else.
  if (colon === a || tokens[colon]?.text !== ':' || inQuote[a]) return null;
  for (let k = a; k < colon; k++) if (NOT_SPEAKER.has(tokens[k]!.lower)) return null;
  const from = colon + 1;
  let to = tokenAt(tokens, end);
  while (to > from && /^[.!?]$/.test(tokens[to - 1]!.text)) to--;
  if (to - from < MIN_WORDS) return null;
  // A quotation introduced by the label is the direct quote's.
  if (isQuoteMark(tokens[from]!.text) && isQuoteMark(tokens[to - 1]?.text ?? '')) return null;
  // "Iowa: Tim Albrecht, Brad Anderson, …": a place heads a list, it does not speak.
  const m = r.index.mentions[firstAtOrAfter(r.index.mentions, tokens[a]!.start)];
  if (m && m.start === tokens[a]!.start && r.index.entities[m.entity]!.type === 'place') return null;
  const qa = colon - a === 1 && QA.test(tokens[a]!.text);
  const speaker = qa ? null : resolvePhrase(r, a, colon);
  if (!qa && !speaker) return null;
  const s = tokens[from]!.start;
  const e = tokens[to - 1]!.end;
  const c = tokens[colon]!;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker, cue: { text: c.text, start: c.start, end: c.end } };
}
