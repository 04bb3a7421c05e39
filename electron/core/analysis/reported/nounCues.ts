// Statements carried by a noun with its owner: "Clinton's criticism of the deal", "his refusal to
// tackle the housing problem", "their claim that the vote was rigged". The owner is the speaker and
// the noun's complement is what was said, wanted or decided. Without an owner ("the decision to
// …") the noun names no source, so nothing is reported.
import { resolvePhrase, type Resolver } from '../speakers/coref';
import { isQuoteMark, type Token } from '../text/tokens';
import type { Quote } from '../types';

/** Nouns of saying, holding a view, deciding or intending. */
export const NOUN_CUES = new Set(`decision decisions refusal criticism criticisms suggestion suggestions view views promise promises
plan plans proposal proposals support message call calls claim claims argument arguments efforts opposition
endorsement endorsements reply answer response comments comment remarks remark announcement assessment warning warnings
assurance assurances request requests insistence commitment interpretation statement statements attacks
accusation accusations pledge pledges vow vows demand demands belief beliefs concern concerns vision stance position
praise defense defence denial admission complaint complaints objection objections rejection embrace threat threats push
contention assertion description characterization dismissal condemnation appeal appeals insinuation allegation
allegations prediction predictions advice recommendation reversal disagreement disagreements`.split(/\s+/));
// Nouns of belief and rumour: a statement only with their "that" ("the notion that …"), not with
// a preposition ("his idea of fun").
const BELIEF_NOUNS = 'notion notions idea ideas assumption assumptions speculation rumor rumors rumour rumours theory perception impression narrative fear fears worry worries hope hopes'.split(' ');
for (const n of BELIEF_NOUNS) NOUN_CUES.add(n);
// Nouns whose "to" opens what is intended ("his decision to run"), not the one addressed ("her reply to Trump").
const TO_VERB = new Set(`decision refusal promise promises plan plans proposal call calls effort efforts pledge pledges vow
vows threat threats push request requests demand demands commitment insistence appeal`.split(/\s+/));
// Nouns of effort or backing report something only with their "to"/"that" ("her efforts to reopen the
// talks"); with a preposition they are what was done, not said ("focusing the CSTO's efforts on …").
const CLAUSE_ONLY = new Set(['effort', 'efforts', ...BELIEF_NOUNS]);
const PREPOSITIONS = new Set(['of', 'for', 'to', 'on', 'against', 'with', 'about', 'toward', 'towards', 'over', 'among']);
const POSSESSIVE_PRONOUN = new Set(['his', 'her', 'their', 'its']);
// Words that end a noun-phrase complement: the verb of the sentence or a new clause.
const NP_END = new Set(`is was are were has have had will would could can may might should must did does do
which who whom while because but and as after before since when if`.split(/\s+/));
const MAX_ADJECTIVES = 2;
const MAX_WORDS = 40;

export function nounCue(r: Resolver, k: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  const noun = tokens[k]!;
  if (!NOUN_CUES.has(noun.lower) || noun.cap) return null;
  const owner = ownerOf(tokens, k, a);
  // "the notion that …", "a belief that …": with no owner only a clause of its own is reported,
  // as no one's; "the decision to …", "the support for …" name an act, not a statement.
  if (!owner && tokens[k + 1]?.lower !== 'that') return null;
  let from = k + 1;
  // "The minister's view is that …", "her position was that …": the copula before the clause.
  if (/^(is|was|remains|remained)$/.test(tokens[from]?.lower ?? '') && tokens[from + 1]?.lower === 'that') from++;
  const next = tokens[from];
  if (!next || inQuote[from]) return null;
  let clause: boolean;
  if (next.lower === 'that') clause = true;
  else if (next.lower === 'to' && TO_VERB.has(noun.lower)) clause = true;
  else if (PREPOSITIONS.has(next.lower) && !CLAUSE_ONLY.has(noun.lower)) {
    clause = false;
    from++;
  } else return null;
  // A clause ("…, citing their claim that the vote was rigged, and that …") or the object of the
  // noun's preposition ("…, repeating her criticism of the treaty, which she called …") runs like a
  // verb's complement to the end of its sentence; on the subject that opens the sentence ("His claim
  // that …, however, was …", "Her criticism of the deal was …") it ends at its first break.
  const runs = (owner ? owner[0] : k - 1) > a + 1;
  let to = runs ? end : from;
  while (!runs && to < end && to - from < MAX_WORDS) {
    const t = tokens[to]!;
    if (t.text === ',' || t.text === ';' || t.text === ':' || /^[—–]$/.test(t.text) || t.text === '(') break;
    if (!clause && to > from && NP_END.has(t.lower)) break;
    to++;
  }
  // A trailing opening mark belongs to the next quotation, not to this one.
  while (to > from && isQuoteMark(tokens[to - 1]!.text) && !inQuote[to - 2]) to--;
  if (to - from < (clause ? 3 : 1) || !tokens[from]!.word) return null;
  const speaker = owner ? resolvePhrase(r, owner[0], owner[1]) : null;
  if (owner && !speaker) return null;
  const s = tokens[from]!.start;
  const e = tokens[to - 1]!.end;
  return { text: r.text.slice(s, e), start: s, end: e, kind: 'indirect', speaker, cue: { text: noun.text, start: noun.start, end: noun.end } };
}

/** The owner [i, j) before the noun at k: "Clinton's (harsh) criticism", "his refusal"; null when none. */
export function ownerOf(tokens: Token[], k: number, a: number): [number, number] | null {
  let p = k - 1;
  // "his controversial proposal", "Trump's recent call": a few lower-case words between.
  while (p > a && k - 1 - p < MAX_ADJECTIVES && tokens[p]!.word && !tokens[p]!.cap && !POSSESSIVE_PRONOUN.has(tokens[p]!.lower) && !/^['’]s$/i.test(tokens[p]!.text)) p--;
  const t = tokens[p];
  if (!t || p < a) return null;
  if (POSSESSIVE_PRONOUN.has(t.lower)) return [p, p + 1];
  if (!/^['’]s$/i.test(t.text) || p - 1 < a) return null;
  // The name before "'s": its capitalised words ("Hillary Clinton's", "the DNC's").
  let i = p - 1;
  // "the minister's view", "the company's claim": a description with its article.
  if (!tokens[i]!.cap) return i - 1 >= a && /^(the|this)$/.test(tokens[i - 1]!.lower) && tokens[i]!.word ? [i - 1, p] : null;
  while (i - 1 >= a && p - i < 4 && tokens[i - 1]!.cap && tokens[i - 1]!.word) i--;
  return [i, p];
}
