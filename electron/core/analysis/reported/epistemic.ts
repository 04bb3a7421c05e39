// Statements of how things seem: "Trump’s supporters seemed equally unperturbed", "Washington
// appears weak", "The sale is expected to expand …". The annotated news counts them as attributed
// statements whose source is left unsaid, so they come with no speaker rather than a guessed one.
import type { Resolver } from '../speakers/coref';
import type { Token } from '../text/tokens';
import type { Quote } from '../types';

const SEEM = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const BE = new Set(['is', 'are', 'was', 'were']);
// Adverbs of hearsay: the clause they stand in is attributed to a source left unsaid.
const HEARSAY = new Set(['reportedly', 'allegedly', 'seemingly', 'purportedly', 'supposedly', 'ostensibly', 'apparently']);
// Passives of common opinion ("is seen as", "is widely considered", "was thought to be").
const PASSIVE_VIEW = new Set(['seen', 'considered', 'viewed', 'regarded', 'thought', 'believed', 'rumored', 'rumoured', 'projected', 'predicted', 'perceived']);
const BE_ANY = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const VIEW_NEXT = /^(as|to|a|an|the|likely|unlikely|one)$/;
const HEDGE = new Set(['not', "n't", 'widely', 'generally', 'now', 'still', 'also', 'largely', 'broadly', 'increasingly', 'long', 'often', 'already', 'being', 'frequently', 'repeatedly', 'sometimes', 'once']);

/**
 * "The group is reportedly spending", "Cruz reportedly met": the adverb in a clause's own verb
 * phrase. Not "the seemingly invincible force", nor a participle's aside ("…, reportedly
 * winning over delegates"), nor "reportedly said" (the verb of saying is its own cue).
 */
function hearsayClause(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]!;
  const next = tokens[k + 1]!;
  if (/^(the|a|an|his|her|their|its|this|that)$/.test(prev.lower)) return false;
  if (/^(said|says|told|wrote|tweeted|asked)$/.test(next.lower)) return false;
  return !next.lower.endsWith('ing') || BE.has(prev.lower) || prev.lower === 'been';
}

/** The word before the cue, past a negation or a hedge ("is not expected", "is widely seen"). */
function beforeHedge(tokens: Token[], k: number, a: number): string {
  let j = k - 1;
  while (j > a && HEDGE.has(tokens[j]!.lower)) j--;
  const w = tokens[j]!.lower;
  // "isn’t expected": the tokenizer may keep the contraction on the verb.
  return w.replace(/n['’]t$/, '');
}
// "appeared on Fox News", "appeared before the committee": being somewhere, not seeming.
const PLACE_AFTER = /^(on|in|at|before|with|alongside|together|onstage|live|via|during|for)$/;
// A leading adverbial ("In the past few days,", "Indeed,", "However,") is not part of the clause.
const ADVERBIAL = new Set('in on at after before during since among however indeed even still yet but and so then now meanwhile to for with while when as although though despite by'.split(' '));
const RELATIVE = /^(which|who|that)$/;
const MIN_WORDS = 3;
// Every word a cue below can be. findReportedSpeech looks each word up once for all its rules and
// marks these words with SEEMING_CUE in its classes of words, so this pass does no look-up of its own.
export const SEEMING_WORDS: ReadonlySet<string> = new Set([...SEEM, 'expected', ...HEARSAY, ...PASSIVE_VIEW]);
export const SEEMING_CUE = 4;

/** `wordClass`: per token, findReportedSpeech's classes of its word (0 in a quotation and for a capitalised word). */
export function epistemicClause(r: Resolver, a: number, end: number, inQuote: Uint8Array, wordClass: Uint32Array): Quote | null {
  const { tokens } = r;
  for (let k = a + 1; k < end; k++) {
    if ((wordClass[k]! & SEEMING_CUE) === 0) continue;
    const t = tokens[k]!;
    const next = tokens[k + 1];
    let cue = -1;
    if (SEEM.has(t.lower) && next && !next.cap && next.word && !PLACE_AFTER.test(next.lower)) cue = k;
    else if (t.lower === 'expected' && BE.has(beforeHedge(tokens, k, a)) && next?.lower === 'to') cue = k;
    // "The group is reportedly spending …", "the process is seen as one way …": hearsay and
    // common opinion with no one named.
    else if (HEARSAY.has(t.lower) && next?.word && hearsayClause(tokens, k)) cue = k;
    else if (PASSIVE_VIEW.has(t.lower) && BE_ANY.has(beforeHedge(tokens, k, a)) && next && VIEW_NEXT.test(next.lower)) cue = k;
    if (cue < 0) continue;
    let from = a;
    // "But Mr. Sanders is seen as …": a coordinator with no comma after it opens the clause, no adverbial.
    if (/^(but|and|yet|so)$/.test(tokens[a]!.lower) && tokens[a + 1]?.word && !ADVERBIAL.has(tokens[a + 1]!.lower)) from = a + 1;
    else if (ADVERBIAL.has(tokens[a]!.lower) || /ly$/.test(tokens[a]!.lower)) {
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
