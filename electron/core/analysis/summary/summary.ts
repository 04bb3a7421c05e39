// Extractive summary: 1–5 sentences that tell the story, in reading order. Sentences are scored by
// how many of the article's recurring content words they carry (the story's vocabulary), by the
// headline's words, and by position; a sentence opening with a pronoun is only taken together with
// the sentence before it, so its referent is never left out. Sentences that report an act (someone
// said, decided, agreed, called for something) weigh a little more than background, and a sentence
// that repeats an earlier one nearly word for word (an agency standfirst restated by the lead) counts once.
import { SAYING } from '../lexicon/cueWords';
import { INTENT } from '../reported/intentions';
import type { Paragraph, Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import { ACT, CONTENT, wordReader, type ArticleWords } from './articleWords';
import { hashSieve } from './wordTable';
import type { Span } from '../types';

const STOP = new Set(`a an the and or but if of in on at to for from by with about as into over after before than
then that this these those there their they them he she his her it its we our you your i me my is are was were be
been being has have had do does did will would could should may might can not no so also said says say mr mrs ms
who whom which what when where why how all any some more most other such only own same very just one two new`.split(/\s+/));
// Sticky, read at a sentence's start in the text: the character after a sentence is always white space,
// so \b there reads as at the end of the sentence alone.
const PRONOUN_START = /["“‘']?(he|she|they|it|his|her|their|its|this|these|those|him|them|we|our|i)\b/iy;
const WORD_RE = /[\p{L}\p{N}]+/gu;
const MAX = 5;
// Acts that make news beyond saying and intending: decisions, proposals and what is to come.
const NEWS_ACTS = new Set(`will shall approved adopted signed voted urged proposed proposes called calls demanded
demands ordered announced launched rejected accepted resolved concluded reached`.split(/\s+/));
// Every word that reports an act, as one set: one look-up per word.
const ACT_WORDS: ReadonlySet<string> = new Set([...SAYING, ...INTENT, ...NEWS_ACTS]);
// A news weight gentle enough to break ties between equally central sentences, not to outrank them.
const NEWS_WEIGHT = 1.08;
// Share of the words two sentences must both hold to be one statement told twice.
const REPEAT_SHARE = 0.8;
// Most words are in neither list: a sieve on the word's hash tells them for one array read.
const MAY_BE_LISTED = hashSieve([...STOP, ...ACT_WORDS]);
/** The article's words as ids, each distinct word's kind found once. */
const readWords = wordReader((w, h) => {
  if (!MAY_BE_LISTED(h)) return w.length > 2 ? CONTENT : 0;
  return (ACT_WORDS.has(w) ? ACT : 0) | (w.length > 2 && !STOP.has(w) ? CONTENT : 0);
});

/** A quotation's marks, as offsets: the opening mark and the closing one. */
export interface QuoteMarks {
  open: number;
  close: number;
}

export function summarize(
  text: string, sentences: Sentence[], _paras: Paragraph[], title: string | null, quoted: QuoteMarks[] = [], tokens?: Token[],
): Span[] {
  if (sentences.length === 0) return [];
  const broken = cutQuotations(sentences, quoted);
  // The title's words: only its content words count, and a content word is never a stop word.
  const titleWords = title?.toLowerCase().match(WORD_RE) ?? [];
  const n = sentences.length;
  // Each sentence's words, read once as ids: its distinct content words in the order of their first use
  // (for the document frequencies and the score), its number of content words and whether it reports an act.
  const words = readWords(text, sentences, tokens, titleWords);
  const { df, title: inTitle, content, contentFrom, lengths, acts } = words;
  const pronounLed = sentences.map((s) => opensWithPronoun(text, s));
  const want = n <= 4 ? Math.min(n, 2) : n <= 10 ? 3 : n <= 20 ? 4 : MAX;
  const scored = sentences.map((_s, i) => {
    let score = 0;
    for (let d = contentFrom[i]!; d < contentFrom[i + 1]!; d++) {
      const w = content[d]!;
      if (df[w]! > 1) score += Math.log(1 + df[w]!);
      if (inTitle[w]) score += 1.5;
    }
    // Very short lines (datelines, captions) and very long ones are poor summary sentences.
    const len = lengths[i]!;
    score /= Math.sqrt(Math.max(len, 8));
    score *= 1 + 0.8 / (1 + i); // the lead carries the news
    if (i === 0) score += 10;
    if (len < 5) score *= 0.3;
    if (pronounLed[i]) score *= 0.5;
    if (acts[i]) score *= NEWS_WEIGHT;
    return { i, score };
  });
  const repeats = repeatTest(words);
  const chosen: number[] = [];
  const isChosen = new Uint8Array(n);
  const fits = (i: number) => !broken[i] && !(pronounLed[i] && !(i > 0 && isChosen[i - 1]));
  for (const c of scored.sort((x, y) => y.score - x.score)) {
    if (chosen.length >= want) break;
    // A chosen sentence stays chosen: its restatements (and itself) are repeats of a chosen one.
    if (isChosen[c.i]) continue;
    // A restatement is told once, by its first telling (the standfirst, not the lead that repeats it).
    const i = firstTelling(c.i, repeats, fits);
    if (!fits(i)) continue;
    if (chosen.some((j) => repeats(j, i))) continue;
    if (isChosen[i]) continue;
    chosen.push(i);
    isChosen[i] = 1;
  }
  // The contract asks for at least one sentence: a lone pronoun-led lead is better than none.
  if (chosen.length === 0) chosen.push(0);
  return chosen.sort((a, b) => a - b).map((i) => {
    const s = sentences[i]!;
    return { text: text.slice(s.start, s.end), start: s.start, end: s.end };
  });
}

function opensWithPronoun(text: string, s: Sentence): boolean {
  PRONOUN_START.lastIndex = s.start;
  return PRONOUN_START.test(text);
}

/** A restatement follows its first telling closely (a standfirst, then the lead): how far back to look. */
const REPEAT_REACH = 3;

/** The earliest of the few sentences before `i` that `i` repeats and that may be taken, else `i` itself.
 *  Bounded, so that a text of many sentences that do not fit stays linear. */
function firstTelling(i: number, repeats: (a: number, b: number) => boolean, fits: (j: number) => boolean): number {
  for (let j = Math.max(0, i - REPEAT_REACH); j < i; j++) if (repeats(j, i) && fits(j)) return j;
  return i;
}

/** Whether two sentences hold at least REPEAT_SHARE of their distinct words in common. */
function repeatTest({ all, allFrom, mark, base }: ArticleWords): (a: number, b: number) => boolean {
  // Marks of words by id: sentence a's words get a stamp of their own, so marks left by an earlier comparison hold.
  let marked = -1;
  return (a, b) => {
    const sizeA = allFrom[a + 1]! - allFrom[a]!;
    const sizeB = allFrom[b + 1]! - allFrom[b]!;
    if (sizeA === 0 || sizeB === 0) return false;
    const need = REPEAT_SHARE * Math.max(sizeA, sizeB);
    // The words shared are at most the smaller sentence's: most pairs differ too much in length to repeat.
    if (!(Math.min(sizeA, sizeB) >= need)) return false;
    const stamp = base + a + 1;
    if (marked !== a) for (let d = allFrom[a]!; d < allFrom[a + 1]!; d++) mark[all[d]!] = stamp;
    marked = a;
    let shared = 0;
    for (let d = allFrom[b]!; d < allFrom[b + 1]!; d++) if (mark[all[d]!] === stamp) shared++;
    return shared >= need;
  };
}

// Sentences that start or end inside a quotation ("We welcome the signing … Center,” said X." whose
// opening mark is in the sentence before) read wrongly alone, so the summary never takes them.
function cutQuotations(sentences: Sentence[], quoted: QuoteMarks[]): Uint8Array {
  const out = new Uint8Array(sentences.length);
  let q = 0;
  sentences.forEach((s, i) => {
    while (q < quoted.length && quoted[q]!.close < s.start) q++;
    for (let k = q; k < quoted.length && quoted[k]!.open < s.end; k++) {
      const p = quoted[k]!;
      const startsInside = p.open < s.start && s.start <= p.close;
      const endsInside = p.open >= s.start && p.close >= s.end;
      if (startsInside || endsInside) out[i] = 1;
    }
  });
  return out;
}
