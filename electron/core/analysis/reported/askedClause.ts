// "Asked if he was ever bullied, the candidate said no." / "When asked about her own vote, …": the
// question put to someone is a reported statement of its own. Who asked it the text seldom says,
// so it has no speaker rather than a guessed one.
import type { Resolver } from '../speakers/coref';
import type { Token } from '../text/tokens';
import type { Quote, SpeakerRef } from '../types';

const LEAD = new Set(['when', 'after', 'if', 'once']);
const MIN_WORDS = 3;

/** The question after a sentence-opening "Asked", up to the comma before the answer. */
export function askedClause(r: Resolver, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  let k = a;
  if (tokens[k] && LEAD.has(tokens[k]!.lower)) k++;
  if (tokens[k]?.lower !== 'asked' || inQuote[k]) return null;
  const cue = tokens[k]!;
  let from = k + 1;
  if (tokens[from]?.lower === 'about') from++;
  // "Asked on Fox News who leads …", "Asked by reporters whether …": the setting is not the question.
  else if (/^(on|by|in|at)$/.test(tokens[from]?.lower ?? '')) from = skipSetting(tokens, from + 1, end);
  let to = from;
  while (to < end && tokens[to]!.text !== ',' && !inQuote[to]) to++;
  if (to >= end || tokens[to]!.text !== ',' || to - from < MIN_WORDS) return null;
  const s = tokens[from]!.start;
  const e = tokens[to - 1]!.end;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker: null, cue: { text: cue.text, start: cue.start, end: cue.end } };
}

function skipSetting(tokens: Token[], k: number, end: number): number {
  if (/^(the|a|an|his|her|their)$/.test(tokens[k]?.lower ?? '')) k++;
  const from = k;
  while (k < end && k - from < 5 && (tokens[k]!.cap || /^['’]s$/.test(tokens[k]!.text) || /^(reporters|journalists|interviewer|host|show|program|interview)$/.test(tokens[k]!.lower))) k++;
  return k;
}

const WH = new Set(['whether', 'if', 'what', 'who', 'whom', 'why', 'how', 'when', 'where', 'which']);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);
const NO_ASKER = new Set(['when', 'if', 'after', 'once', 'whenever', 'before', 'while', 'as']);
const ADDRESSEE = /^(him|her|them|me|us|you|reporters|voters|the|a|an|his|her|their)$/;

/**
 * "Hewitt asked Trump about statements he had made", "when asked whether he would run", "Clinton
 * had asked Sullivan to send the papers", "Sanders was asked about their case": what was asked.
 * The asker is the subject of an active "asked"; a passive or a "when asked" leaves it unsaid.
 */
export function askedObject(r: Resolver, k: number, a: number, end: number, inQuote: Uint8Array, speakerOf: (subjEnd: number) => SpeakerRef | null): Quote | null {
  const { tokens } = r;
  const cue = tokens[k]!;
  const before = tokens[k - 1]?.lower ?? '';
  const passive = BE.has(before) || NO_ASKER.has(before) || before === ',' || k === a;
  let j = k + 1;
  // "was asked by a caller why …": the one asking, then the question.
  if (tokens[j]?.lower === 'by') {
    const by = j;
    while (j < end && j - by < 6 && !WH.has(tokens[j]!.lower) && tokens[j]!.text !== ',') j++;
    if (!WH.has(tokens[j]?.lower ?? '')) return null;
  }
  // The one asked: a name, a pronoun or a short description before "about", "to" or the question.
  const addressee = j;
  while (j < end && j - addressee < 5 && tokens[j]!.word && (tokens[j]!.cap || ADDRESSEE.test(tokens[j]!.lower) || (j > addressee && /^['’]s$/.test(tokens[j]!.text))) && !WH.has(tokens[j]!.lower)) j++;
  const t = tokens[j];
  if (!t || inQuote[j]) return null;
  let from: number;
  let min = 3;
  if (t.lower === 'about' || (t.lower === 'for' && j === addressee)) {
    from = j + 1;
    min = 1;
  } else if (WH.has(t.lower)) from = j;
  // "asked Sullivan to send …": the one asked belongs to the request.
  else if (t.lower === 'to' && tokens[j + 1]?.word && !tokens[j + 1]!.cap) from = j === addressee ? j : addressee;
  else return null;
  let to = from;
  while (to < end && tokens[to]!.text !== ',' && tokens[to]!.text !== ';' && !(inQuote[to] && !inQuote[from])) to++;
  if (to - from < min || !tokens[from]?.word) return null;
  const speaker = passive ? null : speakerOf(k);
  const s = tokens[from]!.start;
  const e = tokens[to - 1]!.end;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker, cue: { text: cue.text, start: cue.start, end: cue.end } };
}
