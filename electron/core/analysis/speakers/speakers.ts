// Speakers of direct quotations: the cue and its subject after the quote ("…,” he said), before it
// (Ms Hewitt said: “…”), between two halves (“A,” he said, “B.”), "according to X", or, for a
// quote that opens a paragraph with no attribution, the speaker of the quote just before.
import { resolveSpeaker, type Resolver } from './coref';
import { SPEECH_CUES, STANCE } from '../lexicon/lexicon';
import type { QuotedPassage } from '../quotes/quotes';
import { NO_QUOTES, reportSubject, sentenceSubject as subjectOfSentence } from '../reported/reportSubjects';
import { speakerTurn } from './speakerTurns';
import { subjectLeft, subjectRight } from './subjects';
import type { Paragraph } from '../text/sentences';
import { after, closingAttribution, fromRight } from './speakerAfter';
import { mainSubject, participleSubject } from './mainSubject';
import { PEOPLE, personPlural } from '../lexicon/peopleNouns';
import { colonSubject, narrativeSpeakers, signatureBelow } from './narrativeSpeakers';
import { lastEndBefore, sentenceEnd, sentenceStart } from '../text/tokenSentences';
import { accordingTo, cueSpan, isCue, mayBeCueOrStance, SAYING } from '../lexicon/cueWords';
import { isQuoteMark, tokenAt, type Token } from '../text/tokens';
import type { Quote, Span, SpeakerRef } from '../types';

/** Tokens read back from a quotation for its cue or subject, at most: far more than any real sentence. */
const LONGEST_SENTENCE = 100;
const POSSESSOR = /^(?:['’]s|his|her|their|its)$/;
const NOUN_BEFORE = /^(?:['’]s|his|her|their|its|our|my|your|the|a|an|these|those)$/;

export interface Attribution {
  speaker: SpeakerRef | null;
  cue: Span | null;
}

/** What the rules may read about one quotation passage. */
interface PassageView {
  r: Resolver;
  p: QuotedPassage;
  paras: Paragraph[];
  openTok: number;
  closeTok: number;
  firstPara: Paragraph;
  lastPara: Paragraph;
  /** First token after the previous quotation of the paragraph, or the paragraph's first token. */
  prevClose: number;
  /** The next quotation of the paragraph's opening mark, or the paragraph's end, as a token. */
  nextOpen: number;
  paraTok: number;
  endsSentence: boolean;
  stop: boolean;
  prev: { q: Quote; lastPara: number } | null;
}

interface SpeakerRule {
  name: string;
  find(v: PassageView): Attribution | null;
}

/**
 * Who said a direct quotation: the rules in the order they are tried; the first that finds a speaker or
 * a cue wins, and the quotation keeps its name (`speakerRule`), which the window shows on the card.
 */
export const SPEAKER_RULES: readonly SpeakerRule[] = [
  // "“PENCE: Well, look, …”": a transcript quoted with its speakers' labels names its own speaker.
  { name: 'transcript-label', find: (v) => {
    if (!/^\p{Lu}[\p{Lu}.' -]+:\s/u.test(v.r.text.slice(v.p.start, v.p.start + 30))) return null;
    const turn = speakerTurn(v.r, v.p.start, v.p.end, NO_QUOTES);
    return turn?.speaker ? { speaker: turn.speaker, cue: turn.cue } : null;
  } },
  // A quotation closed by a comma (“…,” he claimed) hands on to the attribution right after it,
  // even when a colon introduced it (Trump asserted: “…,” he claimed).
  { name: 'cue-after-comma', find: (v) => (/,$/.test(v.r.text.slice(v.p.start, v.p.end)) ? after(v.r, v.closeTok + 1, v.nextOpen, v.endsSentence, v.stop, false) : null) },
  { name: 'cue-introducing', find: (v) => before(v.r, v.openTok, v.prevClose, true) },
  // A cue right after the quote first; then a cue before it in the same sentence (Cruz says he is
  // “tied for second” with Rubio, in a finish he said …); then a cue later in the sentence.
  { name: 'cue-after', find: (v) => after(v.r, v.closeTok + 1, v.nextOpen, v.endsSentence, v.stop, false) },
  { name: 'cue-before-in-sentence', find: (v) => before(v.r, v.openTok, v.prevClose, false, v.paraTok) },
  // “Ted Cruz says his “friend” Marco Rubio ran “…”": the cue of the sentence stands before its earlier quotation.
  { name: 'cue-before-earlier-quote', find: (v) => (v.prevClose > v.paraTok ? before(v.r, v.openTok, v.paraTok, false, v.paraTok, true) : null) },
  { name: 'cue-later-in-sentence', find: (v) => after(v.r, v.closeTok + 1, v.nextOpen, v.endsSentence, v.stop, true) },
  { name: 'closing-attribution', find: (v) => (!v.endsSentence ? closingAttribution(v.r, v.closeTok + 1, tokenAt(v.r.tokens, v.lastPara.end)) : null) },
  { name: 'colon-paragraph-before', find: (v) => (v.p.open === v.firstPara.start && v.p.firstPara > 0 ? introducedByColon(v.r, v.paras[v.p.firstPara - 1]!) : null) },
  { name: 'colon-subject', find: (v) => (v.p.open > v.firstPara.start && v.r.tokens[v.openTok - 1]?.text === ':' ? colonSubject(v.r, v.openTok - 1, v.prevClose) : null) },
  { name: 'sentence-subject', find: (v) => (v.p.open > v.firstPara.start ? sentenceSubject(v.r, v.openTok, v.prevClose) : null) },
  { name: 'cue-closing-sentence', find: (v) => (v.openTok >= 3 ? cueClosingSentence(v.r, v.openTok, v.prevClose) : null) },
  // A quotation that closes its paragraph, signed by the next one ("— Jane Smith, Reuters").
  { name: 'signature-below', find: (v) => {
    if (!(v.p.lastPara + 1 < v.paras.length && v.paras[v.p.lastPara]!.end - v.p.close <= 2)) return null;
    const found = signatureBelow(v.r, v.paras[v.p.lastPara + 1]!);
    return found && (found.speaker || found.cue) ? found : null; // a signature that names nobody
  } },
  // A quote opening a paragraph with no attribution of its own continues the previous speaker.
  // So does a second quotation in the paragraph of an attributed one (“A,” he said. “B.”).
  { name: 'previous-speaker', find: (v) => {
    const prev = v.prev;
    if (!prev?.q.speaker) return null;
    const carries = v.p.open === v.firstPara.start ? v.p.firstPara - prev.lastPara <= 1 : prev.lastPara === v.p.firstPara;
    return carries ? { speaker: prev.q.speaker, cue: null } : null;
  } },
];

export function attributeQuotes(r: Resolver, passages: QuotedPassage[], paras: Paragraph[]): Quote[] {
  const { tokens, text } = r;
  const quotes: Quote[] = [];
  let prev: { q: Quote; lastPara: number } | null = null;
  // Each passage's marks as tokens, found once: they are also the bounds of the passages beside it.
  const openAt = passages.map((p) => tokenAt(tokens, p.open));
  const closeAt = passages.map((p) => tokenAt(tokens, p.close));
  passages.forEach((p, n) => {
    const firstPara = paras[p.firstPara]!;
    const lastPara = paras[p.lastPara]!;
    const paraTok = tokenAt(tokens, firstPara.start);
    const lastChar = text[p.end - 1];
    const v: PassageView = {
      r, p, paras, firstPara, lastPara, prev, paraTok,
      // A doubled apostrophe ('') is two tokens: step over the other half of the mark.
      openTok: openAt[n]! - (text[p.open] === "'" && text[p.open - 1] === "'" ? 1 : 0),
      closeTok: closeAt[n]! + (text[p.close] === "'" && text[p.close + 1] === "'" ? 1 : 0),
      prevClose: n > 0 && passages[n - 1]!.lastPara === p.firstPara ? closeAt[n - 1]! + 1 : paraTok,
      nextOpen: n + 1 < passages.length && passages[n + 1]!.firstPara === p.lastPara ? openAt[n + 1]! : tokenAt(tokens, lastPara.end),
      endsSentence: lastChar === '.' || lastChar === '!' || lastChar === '?',
      stop: lastChar === '.',
    };
    let found: Attribution | null = null;
    let rule: string | undefined;
    for (const candidate of SPEAKER_RULES) {
      found = candidate.find(v);
      if (found && (found.speaker || found.cue)) { rule = candidate.name; break; }
      found = null;
    }
    const q: Quote = { text: text.slice(p.start, p.end), start: p.start, end: p.end, kind: 'direct', speaker: found?.speaker ?? null, cue: found?.cue ?? null };
    if (q.speaker && rule) q.speakerRule = rule;
    quotes.push(q);
    prev = { q, lastPara: p.lastPara };
  });
  // A quotation standing alone as a paragraph, followed by a quotation paragraph its speaker
  // signs (“A.” ¶ “B,” Viguerie notes.), is the same voice.
  for (let n = quotes.length - 2; n >= 0; n--) {
    const q = quotes[n]!;
    const next = quotes[n + 1]!;
    const p = passages[n]!;
    const np = passages[n + 1]!;
    if (q.speaker || !next.speaker || !next.cue) continue;
    if (p.open !== paras[p.firstPara]!.start || np.open !== paras[np.firstPara]!.start || np.firstPara !== p.lastPara + 1) continue;
    if (paras[p.lastPara]!.end - p.close > 2) continue; // the paragraph holds more than the quotation
    q.speaker = next.speaker;
    q.speakerRule = 'next-speaker';
  }
  narrativeSpeakers(r, quotes, passages, paras);
  return quotes;
}

// Cue before the opening mark. With `adjacent`, only a cue that introduces the quote directly
// (Smith said: “…” / he said, “…”); otherwise the nearest cue of the same sentence, for a quoted
// phrase inside reported speech (Smith called the plan “a disaster”).
function before(r: Resolver, openTok: number, min: number, adjacent: boolean, floor = min, skipQuoted = false): Attribution | null {
  const { tokens } = r;
  // Read back no further than a long sentence (read to the paragraph's start, one quotation after
  // another in a paragraph without a full stop made the paragraph quadratic).
  min = Math.max(min, openTok - LONGEST_SENTENCE);
  const lastBefore = tokens[openTok - 1];
  // Tested before the sentence is read back, which it does not need.
  if (adjacent && !(lastBefore && (lastBefore.text === ':' || lastBefore.text === ',' || isCue(lastBefore)))) return null;
  const stop = sentenceStop(tokens, openTok, min);
  const reach = adjacent ? Math.max(stop, openTok - 8) : stop;
  // Where the sentence holding a participle starts, read past the quotation's paragraph floor when the
  // quotation opens the reading window; found once per quotation, only if a participle needs it (a scan
  // per cue word made a long run-on paragraph of quoted phrases quadratic).
  let sentenceFromFound: number | undefined;
  const sentenceFrom = () => (sentenceFromFound ??= stop === min && floor < min ? sentenceStart(tokens, min, floor) : stop);
  for (let k = openTok - 1; k >= reach; k--) {
    // Reading past an earlier quotation of the sentence, its words are no cue.
    if (skipQuoted && isQuoteMark(tokens[k]!.text)) {
      let o = k - 1;
      while (o > reach && !isQuoteMark(tokens[o]!.text)) o--;
      k = o;
      continue;
    }
    const t = tokens[k]!;
    if (tokens[k - 1] && accordingTo(tokens, k - 1) > 0 && adjacent === false) return fromRight(r, k - 1, k + 1, openTok);
    // Every test below needs a cue of saying or a verb of stance here: most words are neither.
    if (!mayBeCueOrStance(t.lower)) continue;
    // "Stated Stone: “…”", "Added Smith, “…”": a capitalised cue opening the sentence, its speaker after it.
    if (k === stop && t.cap && SPEECH_CUES.has(t.lower) && /ed$/.test(t.lower)) {
      const right = subjectRight(tokens, k, openTok);
      const who = right && right[1] >= openTok - 1 ? resolveSpeaker(r, right[0], right[1]) : null;
      if (who) return { speaker: who, cue: cueSpan(r, k) };
    }
    if (!isCue(t, tokens[k + 1]) && (adjacent || t.cap || !STANCE.has(t.lower))) continue;
    // "Trump’s claim that “…”", "his remarks": a cue word owned or determined is a noun; its
    // owner said the words ("Hollande denounced Trump’s remarks as “…”" names no speaker there).
    if (NOUN_BEFORE.test(tokens[k - 1]?.lower ?? '')) {
      const owner = POSSESSOR.test(tokens[k - 1]!.lower) ? ownerOf(r, k - 1, stop) : null;
      if (owner && tokens[k + 1]?.lower === 'that') return { speaker: owner, cue: cueSpan(r, k) };
      continue;
    }
    // A participle ("…, saying the city embodied “…”") belongs to the sentence's subject, not to
    // the words before it.
    // "is pledging", "was saying" are the sentence's own verb, not a participle hanging on it.
    const participle = /ing$/.test(t.lower) && !t.cap && !/^(is|are|was|were|be|been|['’]s)$/.test(tokens[k - 1]?.lower ?? '');
    // "…, Spicer said, adding, “…”": the participle goes with the cue of saying before it.
    const host = participle ? hostCue(r, sentenceFrom(), k) : null;
    if (host) return host;
    let left = participle ? (participleSubject(r, sentenceFrom(), k) ?? subjectOfSentence(r, stop, k, NO_QUOTES)) : reportSubject(r, k, stop, NO_QUOTES);
    // "Trump defended “New York values,” saying the city embodied “…”": the participle's subject
    // stands before the sentence's earlier quotation.
    if (!left && participle && stop === min && floor < min) left = subjectOfSentence(r, sentenceFrom(), k, NO_QUOTES);
    const byLeft = left ? resolveSpeaker(r, left[0], left[1]) : null;
    if (byLeft) return (!adjacent && outerSaying(r, stop, left![0], k)) || { speaker: relativeMention(r, byLeft, left![1], k), cue: cueSpan(r, k) };
    // "said Smith: “…”" names the speaker after the cue; "said the nominee was “…”" names the
    // subject of the reported clause, who is not the speaker.
    // A participle's right-hand words are its clause ("saying the person would “…”"), never its subject.
    let right = isCue(t) && !participle ? subjectRight(tokens, k, openTok) : null;
    if (right && right[1] < openTok && !/^[,:]$/.test(tokens[right[1]]!.text)) right = null;
    const byRight = right ? resolveSpeaker(r, right[0], right[1]) : null;
    // "Yepez said Perez was right to urge Latino leaders “…”": the reporter's words, as above.
    if (byRight) return (!adjacent && outerSaying(r, stop, k, k)) || { speaker: byRight, cue: cueSpan(r, k) };
    if (adjacent) return null;
  }
  // "Bush: “…”", "More from Jones: “…”": a name right before the colon introduces the quotation.
  if (lastBefore?.text === ':' && openTok >= 2) return namedBefore(r, openTok - 2);
  return null;
}

/** The last call of sentenceStop: the rules ask it again with the same bounds (cue-introducing, then cue-before-in-sentence). */
const lastStop: { tokens: Token[] | null; openTok: number; min: number; stop: number } = { tokens: null, openTok: -1, min: -1, stop: -1 };

/** The first token of the sentence ending at the quotation that opens at `openTok`, read back no further than `min` (else min). */
function sentenceStop(tokens: Token[], openTok: number, min: number): number {
  if (lastStop.tokens === tokens && lastStop.openTok === openTok && lastStop.min === min) return lastStop.stop;
  let stop = min;
  // No sentence end at all between min and the quotation (known from the ends found once): the scan
  // below could only find none (brackets only hide ends), so it is skipped.
  for (let k = lastEndBefore(tokens, openTok) < min ? min - 1 : openTok - 1; k >= min; k--) {
    // A party tag in brackets ("Jeffries (D-N.Y.) said"): its full stops end nothing.
    if (tokens[k]!.text === ')') {
      let o = k - 1;
      while (o > min && k - o < 12 && tokens[o]!.text !== '(') o--;
      if (tokens[o]?.text === '(') { k = o; continue; }
    }
    if (sentenceEnd(tokens[k]!, tokens[k - 1], tokens[k + 1])) { stop = k + 1; break; }
  }
  lastStop.tokens = tokens;
  lastStop.openTok = openTok;
  lastStop.min = min;
  lastStop.stop = stop;
  return stop;
}

/**
 * "Cruz said any candidate who wants to win “owes it …”", "Israel said Clinton called on members to
 * be “closely coordinated”": a quoted phrase inside a clause reported by a verb of saying is the
 * reporter's quotation, not that of the clause's own subject (whose verb is no verb of saying).
 */
function outerSaying(r: Resolver, stop: number, before: number, inner: number): Attribution | null {
  const { tokens } = r;
  if (SAYING.has(tokens[inner]!.lower)) return null;
  // The nearest verb of saying before the clause encloses it ("…,” Trump said, after Quick said
  // the front-runner had referred to Rubio as the “…”: Quick's words).
  for (let k = before - 1; k > stop; k--) {
    const t = tokens[k]!;
    if (isQuoteMark(t.text)) return null;
    if (t.cap || !SAYING.has(t.lower)) continue;
    const left = reportSubject(r, k, stop, NO_QUOTES);
    const who = left ? resolveSpeaker(r, left[0], left[1]) : null;
    return who ? { speaker: who, cue: cueSpan(r, k) } : null;
  }
  return null;
}

/** The speaker of the finite cue of saying nearest before the participle at `k` ("Spicer said, adding"), or null. */
function hostCue(r: Resolver, stop: number, k: number): Attribution | null {
  const { tokens } = r;
  const comma = tokens[k - 1]?.text === ',' || (isQuoteMark(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',');
  if (!comma) return null;
  for (let j = k - 1; j >= stop && k - j <= 12; j--) {
    const t = tokens[j]!;
    // A quoted title on the way ("said on MSNBC’s “Morning Joe,” adding") is stepped over.
    if (isQuoteMark(t.text)) {
      let o = j - 1;
      while (o > stop && !isQuoteMark(tokens[o]!.text)) o--;
      if (o <= stop || j - o > 8) return null;
      j = o;
      continue;
    }
    if (t.cap || !SAYING.has(t.lower)) continue;
    const left = reportSubject(r, j, stop, NO_QUOTES);
    const byLeft = left ? resolveSpeaker(r, left[0], left[1]) : null;
    if (byLeft) return { speaker: byLeft, cue: cueSpan(r, k) };
    const right = subjectRight(tokens, j, k);
    const byRight = right ? resolveSpeaker(r, right[0], right[1]) : null;
    return byRight ? { speaker: byRight, cue: cueSpan(r, k) } : null;
  }
  return null;
}

// "Dianne Bystrom agreed. “Mainstream Republicans …”": a sentence that ends on its cue introduces
// the quotation right after it.
function cueClosingSentence(r: Resolver, openTok: number, min: number): Attribution | null {
  const { tokens } = r;
  const stopTok = tokens[openTok - 1]!;
  const cue = openTok - 2;
  if (stopTok.text !== '.' || cue <= min || !isCue(tokens[cue]!) || !/(ed|ees)$/.test(tokens[cue]!.lower)) return null;
  const left = subjectLeft(tokens, cue, min);
  const who = left ? resolveSpeaker(r, left[0], left[1]) : null;
  return who ? { speaker: who, cue: cueSpan(r, cue) } : null;
}

/** A person or organisation whose mention ends at token `k`, as a speaker without a cue. */
function namedBefore(r: Resolver, k: number): Attribution | null {
  const end = r.tokens[k]!.end;
  const m = r.index.mentions.find((x) => x.end === end);
  if (!m || r.index.entities[m.entity]!.type === 'place') return null;
  return { speaker: { name: r.index.entities[m.entity]!.name, mention: { text: r.text.slice(m.start, m.end), start: m.start, end: m.end } }, cue: null };
}

// A quoted phrase inside a sentence whose verb is not one of saying (Trump called it “a con”):
// the speaker is the sentence's subject, its first pronoun or name before the quote.
function sentenceSubject(r: Resolver, openTok: number, min: number): Attribution | null {
  const { tokens, index } = r;
  min = Math.max(min, openTok - LONGEST_SENTENCE); // as in before()
  let stop = min;
  for (let k = openTok - 1; k >= min; k--) if (sentenceEnd(tokens[k]!, tokens[k - 1], tokens[k + 1]) || tokens[k]!.text === ';') { stop = k + 1; break; }
  // "The lawyer who ran three marathons is already talking about “…”": the subject of the main
  // clause, not the first name or pronoun that happens to stand before the quote.
  const main = mainSubject(r, stop, openTok);
  const byMain = main ? (resolveSpeaker(r, main[0], main[1]) ?? peopleGroup(r, main)) : null;
  if (byMain && index.entities[index.byName.get(byMain.name) ?? -1]?.type !== 'place') return { speaker: byMain, cue: null };
  const ms = index.mentions;
  let mi = 0;
  const from = tokens[stop]?.start ?? 0;
  while (mi < ms.length && ms[mi]!.start < from) mi++;
  for (let k = stop; k < openTok; k++) {
    const t = tokens[k]!;
    if (isQuoteMark(t.text)) return null;
    if (/^(he|she|they)$/.test(t.lower)) return { speaker: resolveSpeaker(r, k, k + 1), cue: null };
    while (mi < ms.length && ms[mi]!.start < t.start) mi++;
    const m = ms[mi];
    if (m && m.start === t.start && index.entities[m.entity]!.type !== 'place') {
      let e = k;
      while (e < openTok && tokens[e]!.end <= m.end) e++;
      // A name governed by a preposition ("in an interview with CNN") or owning something
      // ("Trump's tweets") is not the subject.
      const prevWord = tokens[k - 1];
      const next = tokens[e];
      const governed = prevWord && /^(in|with|of|to|for|by|on|at|from|about|against|than|like|and)$/.test(prevWord.lower);
      if (!governed && next && (next.text === ',' || next.text === '(' || (next.word && !next.cap && !/^['’]s$/.test(next.text) && !/^(of|and|in|for|at|on|to|with)$/.test(next.lower)))) {
        const who = resolveSpeaker(r, k, e);
        return who ? { speaker: who, cue: null } : null;
      }
    }
  }
  return null;
}

// A paragraph ending "…, he added:" introduces the quotation that opens the next paragraph.
function introducedByColon(r: Resolver, para: Paragraph): Attribution | null {
  const { tokens, text } = r;
  if (text[para.end - 1] !== ':') return null;
  const end = tokenAt(tokens, para.end - 1);
  return before(r, end, tokenAt(tokens, para.start), false) ?? colonSubject(r, end, tokenAt(tokens, para.start));
}

/** The owner of a noun whose possessive ("'s", "his") is the token at p: "Donald Trump’s", "his". */
function ownerOf(r: Resolver, p: number, min: number): SpeakerRef | null {
  const { tokens } = r;
  if (tokens[p]!.word && !/^['’]s$/.test(tokens[p]!.text)) return resolveSpeaker(r, p, p + 1);
  let i = p - 1;
  if (i < min || !tokens[i]!.cap) return null;
  while (i - 1 >= min && p - i < 4 && tokens[i - 1]!.cap && tokens[i - 1]!.word) i--;
  return resolveSpeaker(r, i, p);
}

/**
 * "Glenn Beck, who called Trump “a sociopath”": the words naming the speaker at this quote are the
 * relative pronoun (as "he" would be); the name stays that of the person it stands for.
 */
function relativeMention(r: Resolver, who: SpeakerRef, subjEnd: number, cue: number): SpeakerRef {
  const { tokens } = r;
  for (let k = subjEnd; k < cue && k <= subjEnd + 1; k++) {
    const t = tokens[k]!;
    if (t.lower === 'who' || t.lower === 'which') return { name: who.name, mention: { text: t.text, start: t.start, end: t.end } };
  }
  return who;
}

/**
 * "Corporate lobbyists describe such work as “…”", "Federal labor organizations have long campaigned
 * against …": a subject naming people in the plural speaks as a group, named by the phrase.
 */
function peopleGroup(r: Resolver, subj: [number, number]): SpeakerRef | null {
  const { tokens } = r;
  const last = tokens[subj[1] - 1]!;
  if (subj[1] - subj[0] > 5 || last.cap || !(PEOPLE.has(last.lower) || personPlural(last.lower) || /^organi[sz]ations$/.test(last.lower))) return null;
  const s = tokens[subj[0]]!.start;
  const text = r.text.slice(s, last.end);
  return { name: text.replace(/^(the|a|an)\s+/i, ''), mention: { text, start: s, end: last.end } };
}
