// Direct quotations: passages between quotation marks, curly or straight.
// A quotation left open at the end of a paragraph continues when the next paragraph opens with a
// quotation mark (the news convention for a quote running over several paragraphs).
import type { Paragraph } from '../text/sentences';

export interface QuotedPassage {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the end of the last paragraph when the quote is never closed. */
  close: number;
  /** The words inside the marks, trimmed of white space. */
  start: number;
  end: number;
  /** Paragraph of the opening mark and of the end. */
  firstPara: number;
  lastPara: number;
}

// A colon too: a transcript's speaker runs straight into the quotation (Rep. Ann Ford (R-Ohio):"We …").
const OPENERS_BEFORE = /[\s([{\u2014\u2013\-/“‘:]/;

// Straight marks are opening when they follow the start of the paragraph, white space or an
// opening bracket/dash; otherwise closing.
function role(text: string, i: number, paraStart: number): 'open' | 'close' | null {
  const c = text[i];
  // A “ typed after the closing punctuation or a word and before a space ('here,“ said Clyburn',
  // 'called the KKK “abhorrent“ in a tweet') closes: an opening mark is never followed by a space.
  if (c === '“' && i > paraStart && /[,.!?\p{L}\p{N}]/u.test(text[i - 1]!) && /\s/.test(text[i + 1] ?? ' ')) return 'close';
  // Nor does a “ ending its paragraph ('he said. “They see that. “'): it can only be a closing mark.
  if (c === '“' && i > paraStart && /^[^\S\n]*(?:\n|$)/.test(text.slice(i + 1, i + 8))) return 'close';
  if (c === '“' || c === '«') return 'open';
  if (c === '”' || c === '»') return 'close';
  // A straight mark before '>' ends an attribute of markup left in the text (<tweet date="…">), never opens.
  if (c === '"' && text[i + 1] === '>') return 'close';
  if (c === '"' || (c === "'" && text[i + 1] === "'")) {
    // A straight mark with white space after it closes even after a space ('to quality,' " he
    // said', '"Oh, s---" moment'): an opening mark is never followed by a space.
    const after = text[i + (c === "'" ? 2 : 1)];
    if (i > paraStart && (after === undefined || /\s/.test(after))) return 'close';
    return i === paraStart || OPENERS_BEFORE.test(text[i - 1]!) ? 'open' : 'close';
  }
  return null;
}

const MARK_RE_STANDARD = /[“”"«»]/g;
// Two apostrophes ('') stand for quotation marks in some wire copy. They are found apart from the
// real marks (a '' inside a “…” quotation is a nested quote, not a new passage).
const APOSTROPHES_RE = /''/g;

export function findQuotedPassages(text: string, paras: Paragraph[], apostrophes = false): QuotedPassage[] {
  const MARK_RE = apostrophes ? APOSTROPHES_RE : MARK_RE_STANDARD;
  const find = markFinder(text);
  const out: QuotedPassage[] = [];
  let open = -1;
  let openLen = 1;
  let openPara = -1;
  /** The first mark at or after the end of the last paragraph searched; null when there is none. */
  let ahead: RegExpExecArray | null | undefined;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    if (open >= 0) {
      // A quote carried over from the previous paragraph goes on only if this one opens with a mark.
      const first = text[p.start];
      const reopens = apostrophes ? text.startsWith("''", p.start) : first === '“' || first === '"' || first === '«';
      if (!reopens) {
        emit(out, text, open + openLen - 1, paras[pi - 1]!.end, openPara, pi - 1, false);
        open = -1;
      }
    }
    // The search that ended the previous paragraph already found the next mark: a paragraph that ends
    // before it holds none, and is not searched again to that mark (a text of many paragraphs without
    // a quotation mark was searched to its end once per paragraph: quadratic).
    if (ahead === null || (ahead !== undefined && ahead.index >= p.end)) continue;
    let firstMark: RegExpExecArray | null;
    if (ahead !== undefined && ahead.index >= p.start) {
      firstMark = ahead;
      MARK_RE.lastIndex = ahead.index + ahead[0].length;
    } else {
      MARK_RE.lastIndex = p.start;
      firstMark = MARK_RE.exec(text);
    }
    let m: RegExpExecArray | null;
    for (m = firstMark; m && m.index < p.end; m = MARK_RE.exec(text)) {
      const r = role(text, m.index, p.start);
      // "… isn’t about “Equal Justice Under Law” anymore. …": a curly pair inside a straight
      // quotation is a quotation within it, when the straight quotation closes after it.
      if (r === 'open' && open >= 0 && openPara === pi && !apostrophes && text[open] === '"' && m[0] === '“') {
        const inner = nestedClose(find, m.index, p.end);
        if (inner > 0) { MARK_RE.lastIndex = inner + 1; continue; }
      }
      // “… claim that the deal “has to do with Israel” makes clear …”: a curly quotation inside a
      // curly one, typed with the same marks, when the outer one still closes after it.
      if (r === 'open' && open >= 0 && openPara === pi && !apostrophes && text[open] === '“' && m[0] === '“') {
        const inner = sameMarkNestedClose(find, m.index, p.end);
        if (inner > 0) { MARK_RE.lastIndex = inner + 1; continue; }
      }
      if (r === 'open') {
        if (open >= 0 && m.index === p.start && openPara < pi) continue; // continuation mark
        if (open < 0) {
          openLen = m[0].length;
          open = m.index;
          openPara = pi;
        } else if (openPara === pi) {
          // Two openings in one paragraph: the first was a stray mark; restart here.
          openLen = m[0].length;
          open = m.index;
        }
      } else if (r === 'close' && open >= 0) {
        emit(out, text, open + openLen - 1, m.index, openPara, pi, true);
        open = -1;
      }
    }
    ahead = m;
  }
  if (open >= 0) emit(out, text, open + openLen - 1, paras[paras.length - 1]!.end, openPara, paras.length - 1, false);
  return out;
}

/** The next `mark` at or after a position, remembered per mark: the nested-quote checks below ask it for
 *  every opening mark in turn, and a paragraph of many “ with no ” would otherwise be searched to the
 *  end of the text for each of them (quadratic: minutes for a 5 MB article). */
type MarkFinder = (mark: string, from: number) => number;
function markFinder(text: string): MarkFinder {
  const last = new Map<string, { from: number; at: number }>();
  return (mark, from) => {
    const c = last.get(mark);
    if (c && from >= c.from && (c.at < 0 || from <= c.at)) return c.at;
    const at = text.indexOf(mark, from);
    last.set(mark, { from, at });
    return at;
  };
}
const within = (at: number, end: number) => (at >= 0 && at < end ? at : -1);

/** The ” closing the curly quotation opened at `at`, when a straight mark follows it in the paragraph (or it runs on); else -1. */
function nestedClose(find: MarkFinder, at: number, end: number): number {
  const close = within(find('”', at + 1), end);
  if (close < 0) return -1;
  const straight = within(find('"', at + 1), close);
  return straight >= 0 ? -1 : close;
}

/** The ” closing a “…” nested at `at` inside an open “…”, when another ” closes the outer one later in the paragraph with no “ between; else -1. */
function sameMarkNestedClose(find: MarkFinder, at: number, end: number): number {
  const close = within(find('”', at + 1), end);
  if (close < 0 || within(find('“', at + 1), close) >= 0) return -1;
  const outer = within(find('”', close + 1), end);
  if (outer < 0) return -1;
  return within(find('“', close + 1), outer) >= 0 ? -1 : close;
}

function emit(out: QuotedPassage[], text: string, open: number, close: number, fp: number, lp: number, closed: boolean): void {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) return;
  out.push({ open, close: closed ? close : e, start: s, end: e, firstPara: fp, lastPara: lp });
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function wordCount(s: string): number {
  // Counted with test() walking lastIndex: no array of the words is built.
  WORD_RE.lastIndex = 0;
  let n = 0;
  while (WORD_RE.test(s)) n++;
  return n;
}

/** Every word capitalised ("Sunday Morning Futures"): a title or a name rather than speech. */
export function isTitleCase(s: string): boolean {
  const words = s.match(WORD_RE) ?? [];
  const minor = /^(of|the|and|a|an|in|on|for|to|at|with|or)$/;
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || minor.test(w));
}

// What stands just before a programme, book or film title in quotation marks: a broadcaster's
// possessive (ABC’s, Fox News channel’s, Sirius XM's), or "on", "with", "host of", "in", "program,".
// Also the words that name a title ("a conference titled", "under the slogan", "the concept of the").
const TITLE_LEAD_RE =
  /(?:\b\p{Lu}{2,}['’]s|\bchannel['’]s|\b(?:on|with|of|in|program,?|show,?|podcast,?|movie|series|book|film|titled|entitled|dubbed|themed|theme|slogan|motto|under)(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?|\b(?:titled|entitled|dubbed|themed|slogan|motto|concept|doctrine|strategy) of the|\bunder the (?:slogan|motto|theme|title))\s*$/u;

/**
 * A short capitalised passage named as a show, book or film (ABC’s “This Week,”, aired on “New
 * Day.”): a title, not speech, even when a cue of saying stands nearby.
 */
export function isNamedTitle(text: string, q: { start: number; text: string }): boolean {
  if (wordCount(q.text) > 6 || !isTitleCase(q.text)) return false;
  return hasTitleLead(text, q.start);
}

/** Whether the words before a passage starting at `start` name it as a title (isNamedTitle's last test). */
export function hasTitleLead(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 40), start).replace(/[“"«]\s*$/u, '');
  return TITLE_LEAD_RE.test(lead);
}
