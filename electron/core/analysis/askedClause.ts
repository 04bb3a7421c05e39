// "Asked if he was ever bullied, the candidate said no." / "When asked about her own vote, …": the
// question put to someone is a reported statement of its own. Who asked it the text seldom says,
// so it has no speaker rather than a guessed one.
import type { Resolver } from './coref';
import type { Token } from './tokens';
import type { Quote } from './types';

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
