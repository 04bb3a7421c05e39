// Proposals: calls, proposals, offers, commitments, plans and decisions, each with its actor, kind, cue
// and the rule that found it. One pass over the sentences; at each word the rules of proposalRules.ts
// are tried in order; a proposal runs from its first word to the end of its clause, or to where the next
// proposal of the sentence begins.
import { SPEECH_CUES } from '../lexicon/lexicon';
import type { Resolver } from '../speakers/coref';
import type { QuotedPassage } from '../quotes/quotes';
import type { Paragraph, Sentence } from '../text/sentences';
import { firstAtOrAfter, firstNotBefore, tokenAt, type Token } from '../text/tokens';
import type { Proposal, ProposalKind, Quote } from '../types';
import { actorOf, speakerAt, type Actor, type ActorContext } from './proposalActor';
import { LIST_INTRO } from '../lexicon/proposalCues';
import { rulesAt, type CueMatch, type SentenceView } from './proposalRules';
import type { ArticleVoice } from '../voice/documentVoice';

const MAX_WORDS = 60;
const MIN_CHARS = 8;

// Marks of one character, tested by their codes (no string hashed or searched).
/** Whether `text` is one of the marks " ” ’ that close a quotation. */
function isQuoteCloser(text: string | undefined): boolean {
  if (text?.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 34 || c === 0x201d || c === 0x2019;
}
/** Whether `text` is one of the marks . ! " ” that close a sentence. */
function isSentenceCloser(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 34 || c === 0x201d;
}
// Word lists as sets, looked up per token (not a regex run per token).
/** Words before the next proposal that belong to neither ("…, and that"). */
const LINKS_BEFORE = new Set(['and', 'but', 'or', ',', ';', 'that', 'also', 'to']);
/** After a comma, the words that open a new clause ("…, but", "…, he said", "…, according to"). */
const CLAUSE_AFTER_COMMA = new Set(['but', 'while', 'whereas', 'although', 'though', 'he', 'she', 'they', 'according']);
const TRAILING_MARKS = new Set([',', ':', ';', '—', '–', '-']);
const TRAILING_WORDS = new Set(['if', 'and', 'or', 'but', 'as', 'while', 'when', 'adding', 'saying', 'noting', 'that', 'which', 'who']);
/** The verbs of saying that close a clause as its attribution: those of the list that are speech cues. */
const ATTRIBUTION_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'stressed', 'stated', 'emphasized', 'emphasised', 'explained', 'recalled', 'pointed', 'announced'].filter((w) => SPEECH_CUES.has(w)));

export function findProposals(r: Resolver, sentences: Sentence[], paras: Paragraph[], passages: QuotedPassage[], quotes: Quote[], voice: ArticleVoice): Proposal[] {
  const { tokens } = r;
  const ctx: ActorContext = { r, quotes, voice: voice.voice, last: null, sides: voice.sides };
  const out: Proposal[] = [];
  // The sentences come in text order, so a sentence's first token is found by stepping on from the
  // end of the one before (no token, or a few, lie between them).
  let after = 0;
  let afterPos = 0;
  for (const sentence of sentences) {
    let a = after;
    if (sentence.start < afterPos) a = tokenAt(tokens, sentence.start);
    else while (a < tokens.length && tokens[a]!.start < sentence.start) a++;
    // The sentence's end by binary search (tokens are in text order): the step over every token of the
    // sentence was the stage's dearest line, the first read of each token in the stage.
    let end = Math.max(a, tokenAt(tokens, sentence.end));
    after = end;
    afterPos = sentence.end;
    if (tokens[end - 1]?.text === '?' || (isQuoteCloser(tokens[end - 1]?.text) && tokens[end - 2]?.text === '?')) continue; // a question proposes nothing
    while (end > a && isSentenceCloser(tokens[end - 1]!.text)) end--;
    const s: SentenceView = { tokens, a, end };
    const matches: CueMatch[] = [];
    for (let k = a; k < end; k++) {
      const rules = tokens[k]!.word ? rulesAt(tokens[k]!.lower) : undefined;
      if (!rules) continue;
      for (const rule of rules) {
        const m = rule.match(s, k);
        if (!m) continue;
        // A noun cue inside a proposal's clause is part of it ("should proceed from the need for …").
        const prev = matches[matches.length - 1];
        if (m.rule === 'noun-cue' && prev && !clauseBreakBetween(tokens, prev.from, k)) break;
        matches.push(m);
        k = Math.max(k, m.cueEnd - 1);
        break;
      }
    }
    matches.forEach((m, i) => {
      const next = matches[i + 1];
      const stop = next ? boundaryBefore(tokens, next, m.from) : end;
      const to = clauseEnd(r, m.from, Math.min(stop, end), passages);
      if (to <= m.from) return;
      if (m.onlyInSpeech && !ctx.voice && !speakerAt(quotes, tokens[m.cueStart]!.start)) return;
      const actor = actorOf(ctx, m, s);
      if (actor) ctx.last = { actor, at: tokens[m.cueStart]!.start };
      const p = make(r, m, to, actor);
      if (p.end - p.start >= MIN_CHARS) out.push(p);
    });
  }
  out.push(...listItems(r, paras, out, ctx), ...ordinalItems(r, sentences, out, ctx));
  return dedupe(out);
}

function make(r: Resolver, m: CueMatch, to: number, actor: Actor | null): Proposal {
  const { tokens, text } = r;
  const start = tokens[m.from]!.start;
  const end = tokens[to - 1]!.end;
  const cs = tokens[m.cueStart]!.start;
  const ce = tokens[Math.max(m.cueStart, Math.min(m.cueEnd, m.from) - 1)]!.end;
  // The cue may lie inside the proposal ("the parties must resolve": the subject comes first).
  const cue = ce > cs ? { text: text.slice(cs, ce), start: cs, end: ce } : null;
  return {
    text: text.slice(start, end), start, end,
    actor: actor ? { name: actor.name } : null,
    kind: m.kind, cue, rule: m.rule, actorRule: actor?.rule ?? 'none',
  };
}

/** The words before a line's verb, as its subject: "The meeting of G20 leaders unanimously" → "meeting of G20 leaders". */
function subjectWords(before: string): string | null {
  const words = before.trim().replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
  while (words.length && /ly$/.test(words[words.length - 1]!)) words.pop();
  const phrase = words.join(' ');
  return phrase && words.length <= 8 && /\p{Lu}|\d/u.test(phrase) ? phrase : null;
}

/** The first person or organisation a paragraph names, or null. */
function firstActorNamed(r: Resolver, para: Paragraph): string | null {
  const ms = r.index.mentions;
  for (let i = firstAtOrAfter(ms, para.start); i < ms.length && ms[i]!.start < para.end; i++) {
    const e = r.index.entities[ms[i]!.entity]!;
    if (e.type !== 'place') return e.name;
  }
  return null;
}

/** Whether a clause ends between two tokens: a semicolon, or a comma or "and" before a new subject or verb.
 *  Far apart, they are taken as apart (bounded, so a huge sentence stays linear). */
function clauseBreakBetween(tokens: Token[], from: number, to: number): boolean {
  if (to - from > MAX_WORDS) return true;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === ':' || t.lower === 'and' || t.text === ',' || t.lower === 'but') return true;
  }
  return false;
}

/** Where a proposal must stop so the next one of its sentence (with its subject) stands apart. */
function boundaryBefore(tokens: Token[], next: CueMatch, from: number): number {
  let b = next.subject && next.subject[0] > from ? Math.min(next.subject[0], next.cueStart) : next.cueStart;
  if (next.from < b && next.from > from) b = next.from;
  while (b > from && LINKS_BEFORE.has(tokens[b - 1]!.lower)) b--;
  return b;
}

/** The end (exclusive token) of the clause that starts at `from`: its sentence's end, a semicolon, the
 *  close of its quotation, an attribution (", he said"), or a clause of contrast. */
function clauseEnd(r: Resolver, from: number, limit: number, passages: QuotedPassage[]): number {
  const { tokens } = r;
  const at = tokens[from]!.start;
  const p = passageAt(passages, at);
  const quoteClose = p ? tokenAt(tokens, p.close) : Infinity;
  let k = from;
  for (; k < limit && k < quoteClose && k - from < MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (t.text === ';') break;
    if (t.text === ',' || t.text === '—' || t.text === '–') {
      const n1 = tokens[k + 1]?.lower ?? '';
      if (CLAUSE_AFTER_COMMA.has(n1)) break;
      if (attributionAhead(tokens, k + 1, limit)) break;
    }
    if ((t.text === '”' || t.text === '"') && k > from) break;
  }
  // Never end on a connective or a participle that opens the next clause ("… if", "…, adding").
  while (k > from && (TRAILING_MARKS.has(tokens[k - 1]!.text) || TRAILING_WORDS.has(tokens[k - 1]!.lower))) k--;
  return k;
}

/** The quotation passage holding `pos`, by binary search over passages sorted by their opening mark. */
function passageAt(passages: QuotedPassage[], pos: number): QuotedPassage | undefined {
  const p = passages[firstNotBefore(passages.length, (i) => passages[i]!.open <= pos) - 1];
  return p && p.open <= pos && pos < p.close ? p : undefined;
}

/** ", the minister said", ", said Putin", ", Ushakov said": an attribution closing the clause. */
function attributionAhead(tokens: Token[], k: number, limit: number): boolean {
  for (let j = k; j < limit && j < k + 5; j++) {
    const t = tokens[j]!;
    if (ATTRIBUTION_VERBS.has(t.lower)) return true;
    if (!t.word) return false;
  }
  return false;
}

/**
 * The items of a list that a proposal or an announcing line introduces ("I instruct the Government:",
 * "They include:"): each item a line of its own, or numbered within the paragraph, is a proposal of
 * the same actor.
 */
function listItems(r: Resolver, paras: Paragraph[], found: Proposal[], ctx: ActorContext): Proposal[] {
  const { text } = r;
  const out: Proposal[] = [];
  // The proposals found in a paragraph, read with a pointer that moves forward with the paragraphs
  // (found is in text order), so the pass stays linear.
  let fi = 0;
  const within = (para: Paragraph): Proposal[] => {
    while (fi < found.length && found[fi]!.start < para.start) fi++;
    const here: Proposal[] = [];
    for (let j = fi; j < found.length && found[j]!.start <= para.end; j++) if (found[j]!.end <= para.end + 1) here.push(found[j]!);
    return here;
  };
  let intro: { actor: Proposal['actor']; kind: ProposalKind } | null = null;
  const pushItem = (start: number, end: number): void => {
    // Trailing punctuation and a connective before the next bullet ("…for convoys, and").
    for (let again = true; again;) {
      again = false;
      while (end > start && /[\s.;,]/.test(text[end - 1]!)) { end--; again = true; }
      const tail = /\s+(?:and|or)$/.exec(text.slice(start, end));
      if (tail) { end -= tail[0].length; again = true; }
    }
    if (end - start >= MIN_CHARS && intro) out.push({ text: text.slice(start, end), start, end, actor: intro.actor, kind: intro.kind, cue: null, rule: 'list-item', actorRule: 'list' });
  };
  // A paragraph that follows no list's introduction and holds no colon neither continues nor opens a
  // list (most do not): it is passed over without cutting its line from the text. The next colon is
  // found once for all the paragraphs up to it, so the search stays linear.
  let nextColon = -1;
  for (const para of paras) {
    if (nextColon < para.start) {
      nextColon = text.indexOf(':', para.start);
      if (nextColon < 0) nextColon = text.length;
    }
    if (!intro && nextColon >= para.end) continue;
    const line = text.slice(para.start, para.end);
    const item = ITEM.exec(line);
    // An item proposes an action: "To raise wages", "Raising incomes", "- reduce tariffs"; not a heading ("National unity").
    const marked = item && (item.index === 0 && item[0].length > item[1]!.length || /^To\s/.test(item[1]!));
    if (intro && marked && line.length < 400) {
      // Items may also run on in one line, bullet after bullet ("• access for medics, • safe routes").
      const first = para.start + item!.index + item![0].length - item![1]!.length;
      let from = first;
      for (const m of line.slice(first - para.start).matchAll(BULLETS)) {
        const at = first + m.index;
        pushItem(from, at);
        from = at + m[0].length;
      }
      pushItem(from, para.end);
      continue;
    }
    // A list goes on past a line that itself proposes ("Our capital should bear his name."), not past other text.
    const inPara = within(para);
    if (intro && inPara.length) continue;
    intro = null;
    // LIST_INTRO ends with the line's colon: the cheap test first, as most lines end otherwise.
    const endsInColon = line.trimEnd().endsWith(':');
    const introduces = endsInColon && LIST_INTRO.test(line);
    if (endsInColon) {
      const last = inPara[inPara.length - 1];
      if (last || introduces) {
        // Who adopts or proposes the list: the proposal that introduces it, the one who says it, or the
        // first person or body the introducing line names ("The meeting of G20 leaders adopted a resolution incorporating:").
        // A line that says who decided ("The meeting of G20 leaders adopted a resolution incorporating:")
        // names its own actor, before any speaker around it.
        const verb = /\b(?:adopted|approved|agreed|decided|signed|endorsed|launched|unveiled|announced)\b/.exec(line);
        const decided = verb ? firstActorNamed(r, para) ?? subjectWords(line.slice(0, verb.index)) : null;
        const said = decided ?? speakerAt(ctx.quotes, para.end - 1) ?? ctx.voice ?? firstActorNamed(r, para);
        intro = { actor: last?.actor ?? (said ? { name: said } : null), kind: last?.kind ?? 'proposal' };
      }
    }
    // "They include: 1. Raising incomes…; 2. Addressing housing issues…": numbered items in one paragraph.
    const colon = line.indexOf(':');
    if (colon > 0 && line.length < 2000 && /\b1\.\s/.test(line.slice(colon))) {
      const said = speakerAt(ctx.quotes, para.start + colon) ?? ctx.voice;
      // After "They include:" any item; otherwise only items that read as actions ("Raising incomes", "To build").
      const re = LIST_INTRO.test(line.slice(0, colon + 1))
        ? /\b\d{1,2}\.\s+([A-Z][^;]*?)(?=;?\s{0,3}\d{1,2}\.\s|[;.]?\s{0,3}$)/gu
        : /\b\d{1,2}\.\s+([A-Z]\p{Ll}*ing\b[^;]*?|To\s[^;]+?)(?=;?\s{0,3}\d{1,2}\.\s|[;.]?\s{0,3}$)/gu;
      re.lastIndex = colon;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const start = para.start + m.index + m[0].length - m[1]!.length;
        const end = start + m[1]!.length;
        out.push({ text: text.slice(start, end), start, end, actor: said ? { name: said } : null, kind: 'proposal', cue: null, rule: 'list-item', actorRule: said ? 'speaker' : 'none' });
      }
    }
  }
  return out;
}

/** Whether a proposal of `ps` (in text order, not overlapping each other) overlaps [start, end): by binary search. */
function overlapsAny(ps: Proposal[], start: number, end: number): boolean {
  const k = firstNotBefore(ps.length, (i) => ps[i]!.end <= start);
  return k < ps.length && ps[k]!.start < end;
}

// A bullet, also as Word's Symbol-font bullet (U+F0B7) comes out when decoded as Latin-1 or CP1252: "ï‚·".
const BULLET = '(?:ï[\u0080-\u009f‚]?)?[·•▪●◦]';
const BULLETS = new RegExp(`[,;]?\\s*${BULLET}\\s*`, 'gu');
const ITEM = new RegExp(`^(?:(?:${BULLET}|[-–—*])+\\s*|\\(?\\d{1,2}[.)]\\s+|\\(?[a-z][.)]\\s+|(?:first|second|third|fourth|fifth)\\.\\s+)?(To\\s+[a-z]|[A-Z]\\p{Ll}*ing\\b|\\p{Ll})`, 'u');

const ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(?:ly)?[.:]?$/;
/** The length of the longest heading ORDINAL matches ("Seventhly:"). */
const ORDINAL_MAX = 10;
const SPACE = /\s/;

/**
 * A programme read out point by point: "…the following measures. First. Continue the process of party
 * building." The sentence after each ordinal heads one of its items.
 */
function ordinalItems(r: Resolver, sentences: Sentence[], found: Proposal[], ctx: ActorContext): Proposal[] {
  const out: Proposal[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    const { start, end: stop } = sentences[i]!;
    // An ordinal heading is short: a longer sentence with no space at either end to trim is none.
    if (stop - start > ORDINAL_MAX && !SPACE.test(r.text[start]!) && !SPACE.test(r.text[stop - 1]!)) continue;
    if (!ORDINAL.test(r.text.slice(start, stop).trim())) continue;
    const next = sentences[i + 1]!;
    let end = next.end;
    while (end > next.start && /[.!;:\s]/.test(r.text[end - 1]!)) end--;
    if (end - next.start < MIN_CHARS || end - next.start > 200 || overlapsAny(found, next.start, end)) continue;
    const said = speakerAt(ctx.quotes, next.start) ?? ctx.voice;
    out.push({ text: r.text.slice(next.start, end), start: next.start, end, actor: said ? { name: said } : null, kind: 'proposal', cue: null, rule: 'list-item', actorRule: said ? 'voice' : 'none' });
  }
  return out;
}

function dedupe(ps: Proposal[]): Proposal[] {
  ps.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Proposal[] = [];
  for (const p of ps) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) continue;
    out.push(p);
  }
  return out;
}
