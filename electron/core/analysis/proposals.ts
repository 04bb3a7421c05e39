// Proposals: calls, proposals, initiatives, demands, commitments and plans, with their actor.
// "X called for …", "X proposed …", "X urged Y to …", "X is determined to …", "X plans to …",
// "X will …" (X a name or pronoun), "… should be taken …" inside a statement reported from X.
import { resolvePhrase, type Resolver } from './coref';
import type { QuotedPassage } from './quotes';
import type { Sentence } from './sentences';
import { subjectLeft } from './subjects';
import { tokenAt, type Token } from './tokens';
import type { Proposal, Quote } from './types';

// Cue word → how many following words belong to the cue ("called for" → skip "for").
const CALLS = new Map<string, string[]>([
  ['called', ['for', 'on']], ['calls', ['for', 'on']], ['call', ['for', 'on']], ['calling', ['for', 'on']],
  ['proposed', []], ['proposes', []], ['propose', []], ['proposing', []],
  ['urged', []], ['urges', []], ['urge', []], ['urging', []],
  ['demanded', []], ['demands', []], ['demand', []], ['demanding', []],
  ['pledged', ['to']], ['pledges', ['to']], ['vowed', ['to']], ['vows', ['to']], ['promised', ['to']], ['promises', ['to']],
  ['plans', ['to']], ['planned', ['to']], ['intends', ['to']], ['aims', ['to']], ['seeks', ['to']], ['committed', ['to']],
  ['recommended', []], ['recommends', []], ['suggested', []], ['advocated', []], ['advocates', []],
]);
const DETERMINED = new Set(['determined', 'resolved', 'ready', 'prepared', 'committed']);
const MODAL = new Set(['should', 'must']);
const MAX_WORDS = 40;

export function findProposals(r: Resolver, sentences: Sentence[], passages: QuotedPassage[], reported: Quote[]): Proposal[] {
  const { tokens } = r;
  const out: Proposal[] = [];
  let pi = 0;
  for (const s of sentences) {
    const a = tokenAt(tokens, s.start);
    let end = tokenAt(tokens, s.end);
    while (end > a && /^[.!?"”]$/.test(tokens[end - 1]!.text)) end--;
    for (let k = a; k < end; k++) {
      const t = tokens[k]!;
      if (!t.word || t.cap) continue;
      while (pi < passages.length && passages[pi]!.close < t.start) pi++;
      const p = passages[pi];
      if (p && p.open <= t.start && t.start <= p.close) continue; // inside a direct quotation
      let from = -1;
      let subjEnd = k;
      const call = CALLS.get(t.lower);
      if (call) {
        from = k + 1;
        if (call.includes(tokens[from]?.lower ?? '')) from++;
        // "urged/called on the government to act": the whole "X to act" is the proposal.
        if (call.length === 0 || call.includes('to')) { /* content follows */ } else if (!call.includes(tokens[k + 1]?.lower ?? '')) from = -1;
      } else if (DETERMINED.has(t.lower) && tokens[k + 1]?.lower === 'to' && beVerbBefore(tokens, k) >= 0) {
        from = k + 2;
        subjEnd = beVerbBefore(tokens, k);
      } else if (t.lower === 'initiative' && tokens[k + 1]?.lower === 'to') {
        from = k;
      } else if (MODAL.has(t.lower) && tokens[k + 1]?.lower === 'be') {
        // "effective practical measures should be taken to …": the clause is the proposal.
        const cover = reported.find((q) => q.start <= t.start && t.end <= q.end);
        if (cover) out.push(make(r, clauseStart(tokens, k, a), end, cover.speaker ? { name: cover.speaker.name } : null));
        continue;
      } else if (t.lower === 'will' && k > a) {
        const subj = subjectLeft(tokens, k, a);
        if (subj && namedSubject(r, subj)) out.push(make(r, k, end, actor(r, subj)));
        continue;
      }
      if (from < 0 || from >= end) continue;
      const subj = subjectLeft(tokens, subjEnd, a);
      const who = subj ? actor(r, subj) : coveringActor(reported, t.start);
      out.push(make(r, from, end, who));
    }
  }
  return dedupe(out.filter((p) => p.end - p.start > 8));
}

function actor(r: Resolver, subj: [number, number]): { name: string } | null {
  const ref = resolvePhrase(r, subj[0], subj[1]);
  return ref ? { name: ref.name } : null;
}

function coveringActor(reported: Quote[], pos: number): { name: string } | null {
  const q = reported.find((x) => x.start <= pos && pos < x.end);
  return q?.speaker ? { name: q.speaker.name } : null;
}

// A subject that is a name or a pronoun (not "the meeting"): only then is "will" a commitment.
function namedSubject(r: Resolver, subj: [number, number]): boolean {
  const last = r.tokens[subj[1] - 1]!;
  if (subj[1] - subj[0] === 1 && /^(we|i)$/.test(last.lower)) return true;
  return r.index.mentions.some((m) => m.end === last.end && r.index.entities[m.entity]!.type !== 'place');
}

// Start of the clause holding a modal: back to "that" or the start of the sentence.
function clauseStart(tokens: Token[], k: number, a: number): number {
  for (let j = k - 1; j >= a && j > k - 20; j--) if (tokens[j]!.lower === 'that' || tokens[j]!.text === ',') return j + 1;
  return a;
}

function make(r: Resolver, from: number, to: number, who: { name: string } | null): Proposal {
  const { tokens } = r;
  // Long proposals stop at the first clause boundary after a reasonable length.
  let e = to;
  for (let j = from + 6; j < to; j++) {
    if (tokens[j]!.text === ';' || (tokens[j]!.text === ',' && /^(which|while|but|and|as)$/.test(tokens[j + 1]?.lower ?? ''))) { e = j; break; }
  }
  if (e - from > MAX_WORDS) e = from + MAX_WORDS;
  const s = tokens[from]!.start;
  const end = tokens[e - 1]!.end;
  return { text: r.text.slice(s, end), start: s, end, actor: who };
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

// "is (also) determined to": the index of the verb "is", or -1.
function beVerbBefore(tokens: Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && /^(also|still|now|firmly|fully|more|very)$/.test(tokens[j]!.lower)) j--;
  return j >= 0 && /^(is|are|was|were|remains|remain)$/.test(tokens[j]!.lower) ? j : -1;
}
