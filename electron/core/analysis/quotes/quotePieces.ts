// Joins the pieces of one quotation split by its attribution: “A,” he said, “B.” and “A,” Smith
// said. “B.” are one statement of one speaker, so the reader (and an annotator) sees them as one
// quote; so is “A,” Smith said. ending a paragraph and the next paragraph opening with “B.”, the
// speaker going on. A new paragraph with no attribution before it stays apart (a new turn).
import { isSpaceCode } from '../text/whiteSpace';
import type { Quote } from '../types';

// What may stand between the two pieces: the closing mark, an attribution of a few words with its
// cue, a comma or full stop, and the opening mark. Nothing that itself holds a quotation mark
// (but a single straight apostrophe, as in O'Malley or NBC's, is no mark; two ('') are).
const GAP_RE = /^[,.!?]?[^\S\n]*(?:["”]|'')[^\S\n]*,?[^\S\n]*((?:[^"“”'\n]|'(?!')){2,300}?)[^\S\n]*[,.:;][^\S\n]*(?:["“]|'')$/u;
// The same attribution ending its paragraph with a full stop, the next paragraph opening the quote.
const PARA_GAP_RE = /^[,.!?]?[^\S\n]*(?:["”]|'')[^\S\n]*,?[^\S\n]*((?:[^"“”'\n]|'(?!')){2,300}?)[^\S\n]*[.][^\S\n]*\n+[^\S\n]*(?:["“]|'')$/u;
const MAX_GAP_WORDS = 45;
const MAX_GAP_AFTER_STOP = 8;
// A sentence ending inside the attribution, the next one opening with a capital.
const SENTENCE_END_RE = /[.!?][^\S\n]+\p{Lu}/u;

/**
 * `mostlyQuoted` is for quotations shown as the speaker's own words: pieces join only when they
 * outweigh the narration between them. Statements in two apostrophes ('') are joined whatever the
 * length of the narration, as the statement it is.
 */
export function joinQuotePieces(text: string, quotes: Quote[], mostlyQuoted = true): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && canJoin(text, prev, q, mostlyQuoted)) {
      out[out.length - 1] = {
        ...prev,
        text: text.slice(prev.start, q.end),
        end: q.end,
        ...gapAttribution(prev, q),
      };
      continue;
    }
    out.push(q);
  }
  return out;
}

function canJoin(text: string, a: Quote, b: Quote, mostlyQuoted: boolean): boolean {
  if (a.kind !== b.kind) return false;
  // The tests that read only the pieces' offsets and attributions come first: every test here only turns a
  // pair away, so their order changes no answer, and these turn most pairs away before the gap is cut from
  // the text and matched.
  // A joined quotation must be mostly the speaker's words: when the narration between the pieces
  // is longer than both pieces (“A,” Smith said as she left the hall, where …. “B.”), each piece
  // stands alone rather than a quote that is mostly the reporter's sentence.
  if (mostlyQuoted && b.start - a.end > a.end - a.start + (b.end - b.start)) return false;
  // The gap must hold the attribution of one of the pieces (not merely another quote's words).
  const aInGap = cueInGap(a, a, b);
  const bInGap = cueInGap(b, a, b);
  if (!aInGap && !bInGap) return false;
  // A piece with an attribution of its own outside the gap (“A,” Smith said. “B,” he added. /
  // Smith said: “A.” He added, “B.”) is a statement of its own, named by its own words.
  if ((a.cue && !aInGap) || (b.cue && !bInGap)) return false;
  // So is each of two pieces whose gap holds two attributions, each with its subject (“A,” Clinton
  // wrote. Still, she added, “B.”), unlike one cue and its participle (“A,” Tester said, referring to…, “B.”).
  if (a.cue && b.cue && a.cue.start !== b.cue.start && a.speaker && b.speaker && a.speaker.mention.start !== b.speaker.mention.start) return false;
  if (a.speaker && b.speaker && a.speaker.name !== b.speaker.name) return false;
  if (!mayBeGap(text, a.end, b.start)) return false;
  const gap = text.slice(a.end, b.start);
  const plain = maskTitles(gap);
  const pattern = gapPattern(plain);
  const m = pattern?.exec(plain);
  if (!m) return false;
  const inParagraph = pattern === GAP_RE;
  // Across paragraphs the speaker goes on only in a piece with no narration after it in its paragraph:
  // “That is simply false.” Hale, her rival, said. is a reply, whoever the analysis took Hale for.
  if (!inParagraph && narrationAfter(text, b.end)) return false;
  const words = wordsIn(m[1]!);
  if (words > MAX_GAP_WORDS) return false;
  // The first piece of a split quotation ends with its punctuation, inside the marks or just
  // after them (“A,” he said, “B.”); a quoted phrase that runs into the sentence does not
  // (was “absolutely right” when he said that “…”).
  if (!/[,.!?:;…—–-]['’]?$/u.test(a.text) && !/^[,.!?]/.test(gap)) return false;
  // After a full stop the gap is a sentence of its own: only a bare attribution ("Smith said.")
  // joins, not a new sentence of narration. A question or an exclamation ends no sentence before
  // its attribution (“Why now?” asked Dunn, a partner at …. “B.”): the attribution may be long,
  // so long as it is one sentence.
  if (/[.!?]$/.test(a.text) && words > MAX_GAP_AFTER_STOP && (/[.]$/.test(a.text) || SENTENCE_END_RE.test(m[1]!))) return false;
  return true;
}

/** How many words `s.split(/\s+/)` gives (one more than its runs of white space), without the array. */
export function wordsIn(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) continue;
    n++;
    while (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1))) i++;
  }
  return n;
}


// What both gap patterns ask, tested first because most gaps are long narration: a closing mark opening
// the gap, an opening mark ending it, and at most 307 characters other than white space (the 300 of the
// attribution, a stop before the closing mark, a comma after it, the stop before the opening mark and
// two marks of up to two apostrophes). Masking titles keeps every character the patterns read here: it
// never starts or ends the gap, adds no mark, and turns no printing character into white space.
const GAP_OPENING = /[,.!?]?[^\S\n]*(?:["”]|'')/y;
const MAX_GAP_PRINTING = 307;

/** Whether the text between two quotation pieces may match GAP_RE or PARA_GAP_RE at all. */
function mayBeGap(text: string, from: number, to: number): boolean {
  const last = text[to - 1];
  if (to - from < 5 || (last !== '"' && last !== '“' && last !== "'")) return false;
  GAP_OPENING.lastIndex = from;
  if (!GAP_OPENING.test(text) || GAP_OPENING.lastIndex > to) return false;
  if (to - from <= MAX_GAP_PRINTING) return true;
  // Printing ASCII only: every one of them is a character other than white space.
  let printing = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127 && ++printing > MAX_GAP_PRINTING) return false;
  }
  return true;
}

/**
 * The one gap pattern that may match, read back from the end of the (masked) gap, which both end with
 * an opening mark: GAP_RE when a stop, comma, colon or semicolon stands before it, PARA_GAP_RE when a
 * full stop and line breaks do (GAP_RE holds no line break, PARA_GAP_RE needs one); else neither.
 */
function gapPattern(gap: string): RegExp | null {
  let i = gap.length - 1;
  if (gap[i] === "'") {
    if (gap[i - 1] !== "'") return null;
    i--;
  } else if (gap[i] !== '"' && gap[i] !== '“') return null;
  i = skipBack(gap, i - 1, HORIZONTAL_SPACE);
  if (gap[i] !== '\n') return i >= 0 && /[,.:;]/.test(gap[i]!) ? GAP_RE : null;
  i = skipBack(gap, skipBack(gap, i, /\n/), HORIZONTAL_SPACE);
  return gap[i] === '.' ? PARA_GAP_RE : null;
}

const HORIZONTAL_SPACE = /[^\S\n]/;

/** The last index at or before `i` whose character `re` does not match (-1 when there is none). */
function skipBack(s: string, i: number, re: RegExp): number {
  while (i >= 0 && re.test(s[i]!)) i--;
  return i;
}

/** Whether words follow the quotation ending at `end` in its paragraph, before any next quotation. */
function narrationAfter(text: string, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  // Past the quotation's own closing mark and punctuation.
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd).replace(/^[^\S\n]*[.,!?;:…]*[^\S\n]*(?:[”"]|'')?/u, '');
  const next = rest.search(/[“"]|''/u);
  return /[\p{L}\p{N}]/u.test(next < 0 ? rest : rest.slice(0, next));
}

// A capitalised title in quotation marks inside the attribution (“A,” she said on ABC’s “This
// Week.” “B.”): part of the attribution, so its marks do not stop the pieces from joining.
const TITLE_IN_GAP_RE = /(?<=\s)[“"](\p{Lu}[^"“”\n]{0,60}?)[”"](?=[^\S\n]*[,.]?[^\S\n]*\S)/gu;

/** The gap with each such title blanked out, its closing comma or full stop kept as the attribution's. */
function maskTitles(gap: string): string {
  if (!mayHoldTitle(gap)) return gap;
  return gap.replace(TITLE_IN_GAP_RE, (t: string, inner: string) => {
    const stop = /[,.]$/.test(inner) ? inner.slice(-1) : '';
    return 'T'.repeat(t.length - stop.length) + stop;
  });
}

/** Whether an opening mark of a title stands in the gap: after white space, before the gap's last character (most gaps hold none). */
function mayHoldTitle(gap: string): boolean {
  for (let i = 1; i < gap.length - 1; i++) {
    const c = gap.charCodeAt(i);
    if ((c === 0x201c || c === 34) && isSpaceCode(gap.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** The attribution standing in the gap between two joined pieces: the one to keep for both. */
function gapAttribution(a: Quote, b: Quote): Pick<Quote, 'speaker' | 'cue'> {
  const src = cueInGap(a, a, b) ? a : cueInGap(b, a, b) ? b : a;
  return { speaker: src.speaker ?? a.speaker ?? b.speaker, cue: src.cue };
}

function cueInGap(q: Quote, a: Quote, b: Quote): boolean {
  return q.cue !== null && q.cue.start >= a.end && q.cue.end <= b.start;
}
