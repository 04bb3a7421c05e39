// Reported statements (kind "indirect"): "X said/stated/warned/told Y (that) …", "X believes …",
// "…, X said.", "according to X, …" and "…, according to X". The quote text is the reported clause.
import { bufferSize, refit } from './scratchBuffers';
import { wordSieve } from '../lexicon/wordSieve';
import { agentive, mentionAt } from '../speakers/agents';
import { askedClause, askedObject } from './askedClause';
import { bareClause } from './bareClause';
import { resolvePhrase, type Resolver } from '../speakers/coref';
import { epistemicClause, SEEMING_CUE, SEEMING_WORDS } from './epistemic';
import { headlineClaim, headlineSays } from './headlineSays';
import { INTENT, INTENT_ADJ, intention } from './intentions';
import { NAMING, namingRelative } from './namingRelative';
import { JUDGING, judgingVerb } from './judgingVerbs';
import { LABEL, labelledAs } from './labelledAs';
import { bareCue } from './bareCue';
import { FAVOR_VERBS, particleGap } from './particleGap';
import { frontedAdverbial } from './frontedAdverbial';
import { NOUN_CUES, nounCue } from './nounCues';
import { UNOWNED_NOUN_WORDS, unownedNoun } from './unownedNouns';
import { PASSIVE_CUES, passiveSubject } from './passiveSubjects';
import { nounReading, otherSense } from './cueSense';
import { pollSource } from './pollSource';
import { PREP_CUES } from './prepositionalCues';
import { relativeObject } from './relativeObject';
import { REPORTING_PARTICIPLES } from './reportingParticiples';
import { RELATIVE_CUES, relativeStatement } from './relativeClause';
import { holdsView } from './pronounSources';
import { speakerTurn } from '../speakers/speakerTurns';
import { ATTITUDE, AUX, CLAUSE_CUES, FINITE_AUX, ROLE_NOUNS, STANCE } from '../lexicon/lexicon';
import type { QuotedPassage } from '../quotes/quotes';
import type { Sentence } from '../text/sentences';
import { clauseStart, isAdverb, reportSubject, sentenceSubject } from './reportSubjects';
import { makeQuote, PASSIVE, quotedShare } from './statementSpan';
import { subjectRight } from '../speakers/subjects';
import { isQuoteMark, tokenAt, type Token } from '../text/tokens';
import type { Quote, Span, SpeakerRef } from '../types';
import { reportingVerbs } from '../lexicon/reportingVerbs';

// Cues whose clause may come without "that" ("He said the plan failed").
const ZERO_THAT = reportingVerbs('zeroThat');
const TELL = reportingVerbs('addressee');
// Telling proper: after its quotation only the one told is left ("warned voters …", "asked him about …" may still report).
const TOLD = new Set(['tell', 'tells', 'told']);
const ADDRESSEE = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'journalists', 'voters', 'supporters', 'the', 'a', 'an', 'his', 'their', 'its', 'lawmakers', 'members', 'viewers', 'listeners', 'audience', 'crowd', 'congress', 'interviewer']);
// Cues that report a thing rather than a clause ("Holder announced his resignation").
const OBJECT_CUES = reportingVerbs('object');
const PREP = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'before', 'last', 'this', 'earlier', 'late', 'via', 'for', 'from', 'with', 'over', 'through', 'of', 'about']);
// Participles after a comma report more of what the sentence's subject said ("…, adding that …").
const PARTICIPLE = reportingVerbs('participle');
// What may stand before a participle that reports the subject's words: a comma, a dash, "and",
// "by" ("…, saying", "– saying", "and saying", "by saying"); the plainest ones need nothing.
const PARTICIPLE_LEAD = /^(?:,|—|–|-|and|by|while|after|before|when)$/;
const SAYING = reportingVerbs('sayingParticiple');
// Cues that may come before their subject after the reported clause ("…, said Smith").
const INVERTING = reportingVerbs('inverting');

/**
 * `quotationCues`: where the cues of the direct quotations start. A verb of saying that attributes a
 * quotation ("“…,” she said about Sanders", "“…,” Carson said of a ban", "“…,” she said and hung
 * up") has said what it says in the quotation; the words after it tell where, when or how, and are
 * no second statement, unless "that" opens one ("“…,” he said on Monday that …").
 */
export function findReportedSpeech(r: Resolver, sentences: Sentence[], passages: QuotedPassage[], quotationCues: ReadonlySet<number> = new Set()): Quote[] {
  const { tokens } = r;
  const out: Quote[] = [];
  const inQuote = quoteMask(tokens, passages);
  // Scratch for the classes of the words (module-level, grown as needed): every entry a pass reads
  // is written by classifyWords for its sentence first, so nothing from an earlier article is read.
  if (refit(wordClass.length, tokens.length)) wordClass = new Uint32Array(bufferSize(tokens.length));
  if (refit(visit.length, tokens.length)) visit = new Int32Array(bufferSize(tokens.length));
  let next = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    // A paragraph opened by a speaker's label ("TAPPER: …") is that speaker's turn.
    if (si === 0 || sentences[si - 1]!.para !== s.para) {
      let last = si;
      while (last + 1 < sentences.length && sentences[last + 1]!.para === s.para) last++;
      const turn = speakerTurn(r, s.start, sentences[last]!.end, inQuote);
      if (turn) out.push(turn);
    }
    const a = tokenFrom(tokens, s.start, next);
    const b = tokenFrom(tokens, s.end, a);
    next = b;
    let end = b;
    while (end > a && isClosingMark(tokens[end - 1]!.text)) end--;
    const n = classifyWords(tokens, a, b, inQuote);
    // Each sentence rule only where its first test can pass (a colon near the start, a title-cased
    // sentence, "asked" or "in" among the first words): the rest of the sentences it would turn down.
    const head = (colonNear(tokens, a, end) ? headlineClaim(r, a, end, inQuote) : null)
      ?? (maybeTitleCased ? headlineSays(r, a, end, inQuote) : null)
      ?? (tokens[a]?.lower === 'asked' || tokens[a + 1]?.lower === 'asked' ? askedClause(r, a, end, inQuote) : null);
    if (head) out.push(head);
    const seems = sentenceClasses & SEEMING_CUE ? epistemicClause(r, a, end, inQuote, wordClass) : null;
    if (seems) out.push(seems);
    const poll = tokens[a]?.lower === 'in' || tokens[a + 1]?.lower === 'in' || tokens[a + 2]?.lower === 'in' ? pollSource(r, a, end, inQuote) : null;
    if (poll) out.push(poll);
    // Only the words classifyWords found a rule may start at, in order.
    for (let v = 0; v < n; v++) {
      const k = visit[v]!;
      const t = tokens[k]!;
      if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
        const q = accordingTo(r, k, a, end, inQuote);
        if (q) out.push(q);
        continue;
      }
      if (!t.word || t.cap) continue;
      const cls = wordClass[k]!;
      if (!mayCue(tokens, k, cls)) {
        // A passive of a verb that starts none of the rules below ("was posted", "were listed").
        const p = cls & PASSIVE_CUE ? passiveSubject(r, k, a, end, inQuote) : null;
        if (p) out.push(p);
        continue;
      }
      // What a quotation's cue says is the quotation: what follows it and opens with a preposition or a
      // conjunction tells where, of whom or how it was said, unless "that" opens a clause there.
      const closing = quotationCues.has(t.start) && !thatFollows(tokens, k + 1, end);
      // "“…,” Trump told a rally in Ohio": after its quotation a verb of telling has only its
      // addressee and adjuncts left, however the addressee reads; no second statement.
      if (closing && TOLD.has(t.lower)) continue;
      // The relative clause opens before its cue ("what he called …"); kept over the cue's own reading by dedupe.
      const rel = cls & REL_OBJECT ? relativeObject(r, k, a, end, inQuote, true) : null;
      if (rel && !(closing && adjunctAfter(r, rel, t.end))) out.push(rel);
      // A cue after a relative pronoun is read as the relative clause it stands in before any other rule.
      // Each rule is called only for its own start words (its class bit): the rest it would turn down at its first test.
      const q = (cls & REL_STATEMENT && firstRelative >= 0 && firstRelative < k ? relativeStatement(r, k, a, end, inQuote) : null)
        ?? (cls & NAMING_CUE ? namingRelative(r, k, a, end, inQuote) : null)
        ?? cueStatement(r, k, a, end, inQuote, cls)
        ?? (cls & NOUN_CUE ? nounCue(r, k, a, end, inQuote) : null)
        ?? (cls & LABEL_CUE ? labelledAs(r, k, a, end) : null)
        ?? (cls & GAP_CUE ? particleGap(r, k, a, end, inQuote) : null)
        ?? (cls & BARE_CUE ? bareCue(r, k, a, end, inQuote, true, (cls & (STANCE_CUE | ATTITUDE_CUE)) !== 0) : null)
        ?? (cls & JUDGING_CUE ? judgingVerb(r, k, a, end, inQuote) : null)
        ?? (cls & UNOWNED_CUE ? unownedNoun(r, k, a, end, inQuote) : null)
        ?? (cls & PASSIVE_CUE ? passiveSubject(r, k, a, end, inQuote) : null);
      if (q && !(closing && adjunctAfter(r, q, t.end))) out.push(q);
    }
  }
  return dedupe(out);
}

/**
 * tokenAt for positions that come in order, as the sentences' do: the first token at or after pos,
 * walked to from `from` (a token before pos) over the words the passes read next anyway, where a
 * binary search per sentence would touch tokens all over the text; a binary search if pos is not past `from`.
 */
function tokenFrom(tokens: Token[], pos: number, from: number): number {
  if (from > 0 && tokens[from - 1]!.start >= pos) return tokenAt(tokens, pos);
  let k = from;
  while (k < tokens.length && tokens[k]!.start < pos) k++;
  return k;
}

// What closes a sentence after its last word: its full stop and closing quotation marks
// ('.', '!', '?', '"', '”', '’', "'"), read by character code, as each is one character.
function isClosingMark(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201d || c === 0x2019 || c === 39;
}

/** Whether a colon stands within the first seven tokens of [a, end), where headlineClaim looks for one. */
function colonNear(tokens: Token[], a: number, end: number): boolean {
  for (let k = a; k < end && k - a <= 6; k++) {
    const text = tokens[k]!.text;
    if (text.length === 1 && text.charCodeAt(0) === 58) return true;
  }
  return false;
}

/** The statement reported by the verb at k, by the first rule its word and neighbours call for. */
function cueStatement(r: Resolver, k: number, a: number, end: number, inQuote: Uint8Array, cls: number): Quote | null {
  const { tokens } = r;
  const w = tokens[k]!.lower;
  if (otherSense(tokens, k)) return null;
  // What was asked first ("asked Trump about …"); then the cue's clause like any other.
  const asked = cls & ASK_CUE ? askedObject(r, k, a, end, inQuote, (c) => askerOf(r, c, a, inQuote)) : null;
  if (asked) return asked;
  const intended = cls & INTENT_CUE ? intention(r, k, a, end, inQuote) : null;
  if (intended) return intended;
  // "…, the race will be tight, said Dan Gerstein, director of …": an inverted cue closes its clause;
  // read forward, the name after it would be taken for the clause.
  if (cls & CLAUSE_CUE) {
    if (k > a && tokens[k - 1]!.text === ',' && inverted(tokens, k)) return backward(r, k, a, end, inQuote) ?? forward(r, k, a, end, inQuote);
    return forward(r, k, a, end, inQuote) ?? backward(r, k, a, end, inQuote);
  }
  // A verb of stance with its preposition; failing a subject, it may still be a participle ("…, referring to …").
  if (cls & PREP_CUE && PREP_CUES.get(w)!.has(tokens[k + 1]?.lower ?? '')) {
    const q = prepositional(r, k, a, end, inQuote);
    if (q || !(cls & PARTICIPLE_CUE)) return q;
  }
  // "She has long worried about the deficit", "he warned against complacency": a finite verb of any
  // kind with "about"/"against" and a subject that holds views; what it is about is the statement.
  if (ABOUT.has(tokens[k + 1]?.lower ?? '') && FINITE_VERB.test(w) && !NOT_ABOUT.has(w)) {
    const q = prepositional(r, k, a, end, inQuote);
    if (q) return q;
  }
  // "expressed concern about the cuts", "raised questions about her record", "took aim at the
  // treaty": a light verb with a noun of saying or stance; its preposition's object is the statement.
  if (cls & LIGHT_CUE) {
    const q = lightVerb(r, k, a, end, inQuote);
    if (q) return q;
  }
  // "The governor is confident that …", "made it clear that …": a state of mind or a declaration and its clause.
  if (cls & BELIEF_CUE && tokens[k + 1]?.lower === 'that') {
    const q = beliefClause(r, k, a, end, inQuote);
    if (q) return q;
  }
  // "…, citing the release of prisoners": a participle after a comma belongs to the sentence's subject.
  const lead = ((cls & PARTICIPLE_CUE) !== 0 && k > a && (PARTICIPLE_LEAD.test(tokens[k - 1]!.lower) || SAYING.has(w))) || ((cls & REPORTING_PARTICIPLE) !== 0 && k > a && PARTICIPLE_LEAD.test(tokens[k - 1]!.lower));
  const part = lead ? participle(r, k, a, end, inQuote) : null;
  if (part) return part;
  if (cls & (STANCE_CUE | ATTITUDE_CUE) && !nounReading(tokens, k, a)) return stance(r, k, a, end, inQuote) ?? (cls & STANCE_CUE ? backward(r, k, a, end, inQuote) : null);
  if (cls & PROGRESSIVE_CUE && PASSIVE.has(tokens[k - 1]?.lower ?? '')) return stance(r, k, a, end, inQuote);
  if (tokens[k + 1]?.lower === 'that' && /(?:s|ed)$/.test(w) && !NOT_VERB.has(w)) return thatClause(r, k, a, end, inQuote);
  return null;
}

const ASK = reportingVerbs('ask');

/** The subject of an active "asked", resolved; null when it names nobody. */
function askerOf(r: Resolver, cue: number, a: number, inQuote: Uint8Array): SpeakerRef | null {
  const subj = reportSubject(r, cue, a, inQuote, true);
  return subj ? resolvePhrase(r, subj[0], subj[1]) : null;
}

// Words that open an adjunct of the act of saying ("said of Apple", "said about Sanders", "said
// in Paris", "said and hung up", "said with a smile"), not what was said.
const ADJUNCT_OPENER = /^(?:about|of|on|in|at|to|with|for|from|during|after|before|while|as|when|and|but|then)$/;

/** Whether the statement q, read after a quotation's cue that ends at `cueEnd`, opens with an adjunct. */
function adjunctAfter(r: Resolver, q: Quote, cueEnd: number): boolean {
  if (q.start < cueEnd) return false;
  const first = r.tokens[tokenAt(r.tokens, q.start)];
  return !!first && ADJUNCT_OPENER.test(first.lower);
}

// One look-up per word for all the passes over a sentence: the classes of its word, as bits. MAY_CUE:
// the union of the words each rule of the chain of cue rules starts at. Every rule of the chain tests
// its own words first, so a word outside them all, with no "that", "about" or "against" after it
// (which open readings for any verb), gives nothing: skipping it is exact, and spares the chain's
// calls at most words of a text. PASSIVE_CUE: a verb whose passive reports; SEEMING_CUE: the cues of
// epistemicClause. The other bits are the start words of one rule of the chain each (the set its
// first test reads), so that a cue is handed only to the rules that can start at it. Built on first
// use, after the lists.
const MAY_CUE = 1;
const PASSIVE_CUE = 2;
const REL_OBJECT = 8;
const REL_STATEMENT = 16;
const NAMING_CUE = 32;
const NOUN_CUE = 64;
const LABEL_CUE = 128;
const GAP_CUE = 256;
const BARE_CUE = 512;
const JUDGING_CUE = 1024;
const UNOWNED_CUE = 2048;
// The sets cueStatement reads its cue's word in, one bit each.
const ASK_CUE = 1 << 12;
const INTENT_CUE = 1 << 13;
const CLAUSE_CUE = 1 << 14;
const LIGHT_CUE = 1 << 15;
const PARTICIPLE_CUE = 1 << 16;
const REPORTING_PARTICIPLE = 1 << 17;
const STANCE_CUE = 1 << 18;
const ATTITUDE_CUE = 1 << 19;
const PROGRESSIVE_CUE = 1 << 20;
const PREP_CUE = 1 << 21;
const BELIEF_CUE = 1 << 22;
let classOfWord: Map<string, number> | null = null;
// Behind a sieve (lexicon/wordSieve.ts): nine words in ten of a text have no class, and most fail it.
let mayHaveClass: ((w: string) => boolean) | null = null;
function wordClasses(): Map<string, number> {
  const m = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) {
      m.set(w, (m.get(w) ?? 0) | bit);
    }
  };
  mark([
    ...CLAUSE_CUES, ...STANCE, ...ATTITUDE, ...INTENT, ...INTENT_ADJ, ...ASK, ...reportingVerbs('speech'), ...reportingVerbs('naming'),
    ...JUDGING, ...PREP_CUES.keys(), ...NOUN_CUES, ...LABEL, ...FAVOR_VERBS, ...LIGHT_VERBS, ...BELIEF_ADJ, ...PARTICIPLE, ...REPORTING_PARTICIPLES, ...PROGRESSIVE,
    ...UNOWNED_NOUN_WORDS,
  ], MAY_CUE);
  mark(PASSIVE_CUES, PASSIVE_CUE);
  mark(SEEMING_WORDS, SEEMING_CUE);
  mark([...CLAUSE_CUES, ...STANCE, ...ATTITUDE, ...INTENT], REL_OBJECT);
  mark(RELATIVE_CUES, REL_STATEMENT);
  mark(NAMING, NAMING_CUE);
  mark(NOUN_CUES, NOUN_CUE);
  mark(LABEL, LABEL_CUE);
  mark([...PREP_CUES.keys(), ...FAVOR_VERBS], GAP_CUE);
  mark([...STANCE, ...CLAUSE_CUES, ...ATTITUDE], BARE_CUE);
  mark(JUDGING, JUDGING_CUE);
  mark(UNOWNED_NOUN_WORDS, UNOWNED_CUE);
  mark(ASK, ASK_CUE);
  mark([...INTENT, ...INTENT_ADJ], INTENT_CUE);
  mark(CLAUSE_CUES, CLAUSE_CUE);
  mark(LIGHT_VERBS, LIGHT_CUE);
  mark(PARTICIPLE, PARTICIPLE_CUE);
  mark(REPORTING_PARTICIPLES, REPORTING_PARTICIPLE);
  mark(STANCE, STANCE_CUE);
  mark(ATTITUDE, ATTITUDE_CUE);
  mark(PROGRESSIVE, PROGRESSIVE_CUE);
  mark(PREP_CUES.keys(), PREP_CUE);
  mark(BELIEF_ADJ, BELIEF_CUE);
  mayHaveClass = wordSieve(m.keys());
  return m;
}

// Per token, the classes of its word (filled sentence by sentence), and the tokens of the sentence
// the chain of rules is to look at; scratch reused from article to article.
// They are sized to the article: grown for a long one, and let go again after a huge one, so one
// text of millions of words does not leave its buffers to the worker for good.
let wordClass = new Uint32Array(1024);
let visit = new Int32Array(1024);
// Of the last sentence classified: the union of its words' classes, and whether it may be set in
// title case (headlineSays): a title-cased sentence has at most 15% of its words in lower case, and
// a lower-case word of five letters or more is no minor word, so it counts among them.
let sentenceClasses = 0;
let maybeTitleCased = false;
// The first "who", "which" or "that" after the sentence's first token, or -1: relativeStatement
// reads a cue as a relative clause's only through one of them standing before it.
let firstRelative = -1;

const isRelativePronoun = (w: string): boolean => (w.length === 3 && w === 'who') || (w.length === 5 && w === 'which') || (w.length === 4 && w === 'that');

/**
 * The classes of the words of tokens [a, b) into `wordClass`: 0 for punctuation, a capitalised word
 * and a word in a quotation, which no pass reads as a cue. Into `visit`, the tokens the chain of rules
 * reads, in order (an "according to", or a lower-case word that may be a cue); returns how many.
 */
function classifyWords(tokens: Token[], a: number, b: number, inQuote: Uint8Array): number {
  classOfWord ??= wordClasses();
  let n = 0;
  let union = 0;
  let words = 0;
  let longLower = 0;
  firstRelative = -1;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (!t.word) {
      wordClass[k] = 0;
      continue;
    }
    words++;
    const w = t.lower;
    if (firstRelative < 0 && k > a && isRelativePronoun(w)) firstRelative = k;
    if (t.cap) {
      wordClass[k] = 0;
      if (!inQuote[k] && w.length === 9 && w === 'according') visit[n++] = k;
      continue;
    }
    if (w.length > 4 && !isDigit(w.charCodeAt(0))) longLower++;
    if (inQuote[k]) {
      wordClass[k] = 0;
      continue;
    }
    const cls = mayHaveClass!(w) ? classOfWord.get(w) ?? 0 : 0;
    wordClass[k] = cls;
    union |= cls;
    if (cls !== 0 || opensReading(tokens[k + 1]) || (w.length === 9 && w === 'according')) visit[n++] = k;
  }
  sentenceClasses = union;
  maybeTitleCased = words >= 4 && longLower * 5 <= words;
  return n;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** "that", "about" or "against" (which open readings for any verb): a length before each comparison. */
function opensReading(t: Token | undefined): boolean {
  if (!t) return false;
  const w = t.lower;
  switch (w.length) {
    case 4: return w === 'that';
    case 5: return w === 'about';
    case 7: return w === 'against';
    default: return false;
  }
}

function mayCue(tokens: Token[], k: number, cls: number): boolean {
  return (cls & MAY_CUE) !== 0 || opensReading(tokens[k + 1]);
}

/** Whether more is said within a few words after k: a "that" clause ("said on Monday that …") or
 *  the quotation going on ("“…,” he said, “and …”"). */
function thatFollows(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < end && j < k + 6; j++) {
    if (tokens[j]!.lower === 'that' || isQuoteMark(tokens[j]!.text)) return true;
    if (/^[;:.!?]$/.test(tokens[j]!.text)) return false;
  }
  return false;
}

// The buffer under the quotation masks, reused: a typed array of its own per article was an
// allocation outside the heap, which cost more than the marking.
let maskBuffer = new Uint8Array(1024);

/** Per token, 1 inside a quoted passage: a view of exactly tokens.length entries, as reads past
 *  the end must stay undefined. */
function quoteMask(tokens: Token[], passages: QuotedPassage[]): Uint8Array {
  if (refit(maskBuffer.length, tokens.length)) maskBuffer = new Uint8Array(bufferSize(tokens.length));
  const mask = maskBuffer.subarray(0, tokens.length);
  mask.fill(0);
  for (const p of passages) {
    for (let k = tokenAt(tokens, p.open); k < tokens.length && tokens[k]!.start <= p.close; k++) mask[k] = 1;
  }
  return mask;
}

const spanOf = (r: Resolver, s: number, e: number): Span => ({ text: r.text.slice(s, e), start: s, end: e });

// "X said (to Y) (on Monday) that CLAUSE": content from "that" (or the clause) to the sentence end.
function forward(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  const verb = tokens[cue]!.lower;
  // A plain verb of saying reports its clause even when its subject is past reading ("Ms. Toretti,
  // Mrs. Rao and other bundlers said …", "a truck driver from Ava, Mo., who …, said …"): the
  // statement is kept, with no speaker rather than a guessed one.
  // Not right after a quotation ("“…,” said Jim Clyburn, a congressman"): the words after the
  // cue there name the speaker, they report nothing.
  const open = cue > a && !inQuote[cue - 1] && !inverted(tokens, cue);
  const found = reportSubject(r, cue, a, inQuote, true);
  if (!found && !open) return null;
  const subj = found ?? ([cue, cue] as [number, number]);
  const k = TELL.has(verb) ? skipAddressee(tokens, cue + 1, end) : cue + 1;
  const c = k < end ? clauseStart(tokens, k, end, inQuote) : null;
  if (!c) return null;
  // So does any cue of a clause opened by "that" ("… and other donors argued that …").
  const speakerless = open && (PLAIN_SAYING.has(verb) || c.that);
  if (!found && !speakerless) return null;
  if (!c.that) {
    // "…, Sanders said, a policy that …": after a comma the words are no complement of the cue
    // (the clause is before it, for backward()); but "Rubio says, win or lose, he's staying", with
    // the speaker opening the sentence, sets its clause off by a comma.
    // So does "As The Washington Post reported, even if …".
    const asOpens = subj[0] === a + 1 && tokens[a]!.lower === 'as';
    if (tokens[cue + 1]?.text === ',' && subj[0] !== a && !asOpens) return null;
    if (!ZERO_THAT.has(verb) && !OBJECT_CUES.has(verb) && !bareClause(tokens, c.from, end)) return null;
    let t = tokens[c.from];
    // "Obama said “it gets me mad” every time …": a clause that opens with a quoted piece (one
    // that is wholly the quotation is left to the direct quote by makeQuote).
    if (t && isQuoteMark(t.text) && tokens[c.from + 1]?.word) t = tokens[c.from + 1];
    if (!t || !t.word || PREP.has(t.lower) || (t.lower === 'it' && tokens[c.from + 1]?.text === '.')) return null;
    // "said much" is no clause, "said much of the talk was …" is.
    // "46 percent said yes", "after half said so": the one-word answer is what was said.
    if (/^(yes|no|so)$/.test(t.lower) && PLAIN_SAYING.has(verb) && (!tokens[c.from + 1]?.word || PREP.has(tokens[c.from + 1]!.lower))) return oneWordAnswer(r, c.from, subj, cue, speakerless);
    if (t.lower === 'so' || t.lower === 'this' || t.lower === 'that' || (NOT_CLAUSE.has(t.lower) && tokens[c.from + 1]?.lower !== 'of')) return null;
  }
  return makeQuote(r, c.from, end, subj, cue, inQuote, false, false, speakerless);
}

const PLAIN_SAYING = reportingVerbs('plain');

function oneWordAnswer(r: Resolver, k: number, subj: [number, number], cue: number, speakerless: boolean): Quote | null {
  const speaker = subj[1] > subj[0] ? resolvePhrase(r, subj[0], subj[1]) : null;
  if (!speaker && !speakerless) return null;
  const t = r.tokens[k]!;
  const c = r.tokens[cue]!;
  return { text: t.text, start: t.start, end: t.end, kind: 'indirect', speaker, cue: spanOf(r, c.start, c.end) };
}

/** "…,'' said Peter Orszag" / "…, said Michael O'Hanlon, a fellow": the cue after its clause, its speaker after it. */
function inverted(tokens: Token[], cue: number): boolean {
  const prev = tokens[cue - 1]!;
  if (prev.word) return false;
  if (prev.text !== ',') return true;
  const next = tokens[cue + 1];
  // "…, said former governor Ed Rendell", "…, said one adviser": a speaker, not a clause.
  if (!next || next.cap || ROLE_NOUNS.has(next.lower)) return true;
  // "Maria Lopez, a teacher, said the new rules would hurt …": a determiner opens the reported
  // clause when a finite verb follows before any comma; "…, said the senator who …" names the speaker.
  return /^(the|a|an|former|one|two|three|several|another|some|many|top|senior|longtime|veteran)$/.test(next.lower) && !clauseAhead(tokens, cue + 1);
}

/** Whether a finite verb comes within a few words from `k`, before a comma, a full stop or a relative pronoun. */
function clauseAhead(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k < 10; j++) {
    const t = tokens[j]!;
    if (!t.word || /^(who|which|that|whose)$/.test(t.lower)) return false;
    if (FINITE_AUX.has(t.lower)) return true;
  }
  return false;
}

const SUBJECT_PRONOUN = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

// The person told or asked: a name, an object pronoun or "reporters", before the clause.
function skipAddressee(tokens: Token[], k: number, end: number): number {
  const from = k;
  while (k < end && k - from < 7) {
    const t = tokens[k]!;
    if (t.word && (t.cap || ADDRESSEE.has(t.lower) || (k > from && (t.lower === 'of' || /^['’]s$/.test(t.text))))) k++;
    else if (k > from && (t.text === '-' || t.text === '&')) k++;
    else break;
  }
  // "told the judge that …", "told a cheering crowd in Ohio on Friday that …": a common-noun addressee,
  // with the where and when of the telling, ends at its "that"; not past a clause of its own ("told
  // AP he was … and that …"), whose subject or verb comes first.
  for (let j = k; j < end && j < k + 8 && tokens[j]!.word && !SUBJECT_PRONOUN.has(tokens[j]!.lower) && !FINITE_AUX.has(tokens[j]!.lower); j++) if (tokens[j]!.lower === 'that') return j;
  return k;
}

// "Trump called the deal a disaster": a named or pronoun subject, the rest of the sentence as content.
function stance(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  // "spoke at a rally", "talking with voters": only speaking about something reports a stance.
  if (TALK.has(r.tokens[cue]!.lower) && !/^(about|of|out)$/.test(r.tokens[cue + 1]?.lower ?? '')) return null;
  const subj = reportSubject(r, cue, a, inQuote, true);
  if (!subj || !holdsView(r, subj)) return null;
  let from = cue + 1;
  if (r.tokens[from]?.lower === 'for' || r.tokens[from]?.lower === 'on' || r.tokens[from]?.lower === 'to') from++;
  return makeQuote(r, from, end, subj, cue, inQuote);
}


// "Trump talked about …", "voted against …", "is critical of …": a verb or adjective of stance with
// its preposition; the object of the preposition is what the subject said or holds.
function prepositional(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  let v = cue;
  while (v > a && /^(is|are|was|were|been|be|very|so|deeply|highly|sharply|also|more|most|increasingly|openly)$/.test(r.tokens[v - 1]!.lower)) v--;
  const subj = reportSubject(r, v, a, inQuote, true);
  if (!subj || !holdsView(r, subj)) return null;
  // "has focused on childhood obesity", "talked about immigration": the object of the preposition
  // may be a single noun, but not a bare pronoun ("talked about it") that says nothing read alone.
  const obj = r.tokens[cue + 2];
  const min = obj && obj.word && !BARE_PRONOUN.test(obj.lower) ? 1 : 3;
  return makeQuote(r, cue + 2, end, subj, cue, inQuote, v < cue, false, false, min);
}
const BARE_PRONOUN = /^(it|this|that|them|him|her|these|those|what|which|who|whom|so|one)$/;


// Any verb with a "that" clause and a subject that can hold a view or give evidence
// ("the poll shows that …", "she charges that …").
function thatClause(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const subj = reportSubject(r, cue, a, inQuote, true);
  if (!subj) return null;
  if (!holdsView(r, subj)) return null;
  return makeQuote(r, cue + 1, end, subj, cue, inQuote);
}

const BELIEF_ADJ = new Set('confident sure certain aware hopeful adamant optimistic pessimistic convinced worried concerned afraid skeptical sceptical clear insistent doubtful unaware fearful'.split(' '));
const BE_OR_MAKE = /^(is|are|was|were|be|been|remain|remains|remained|am|seems|seemed|feel|feels|felt|made|make|makes|making|has|have|had)$/;

function beliefClause(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  let v = cue - 1;
  while (v > a && (isAdverb(tokens[v]!) || /^(it|not|very|so|also|quite|fully|now|still|increasingly)$/.test(tokens[v]!.lower))) v--;
  if (v <= a || !BE_OR_MAKE.test(tokens[v]!.lower)) return null;
  // "made it clear": only a declaration makes a thing clear; "is clear that" names no one.
  if (tokens[cue]!.lower === 'clear' && !/^(made|make|makes|making)$/.test(tokens[v]!.lower)) return null;
  const subj = reportSubject(r, v, a, inQuote, true);
  if (!subj || !agentive(r, subj)) return null;
  return makeQuote(r, cue + 1, end, subj, cue, inQuote, true);
}

// "…, saying that …": the subject is the sentence's first name or pronoun followed by its verb.
function participle(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  let subj: [number, number] | null = null;
  for (let k = a; k < cue && !subj; k++) {
    if (inQuote[k]) continue; // "“…,” McConnell said, citing …": the speaker after the quotation
    if (/^(he|she|they)$/.test(tokens[k]!.lower)) subj = [k, k + 1];
    else {
      const m = mentionAt(r, tokens[k]!.start);
      if (m >= 0) {
        let e = k;
        while (e < cue && tokens[e]!.end <= r.index.mentions[m]!.end) e++;
        const next = tokens[e];
        if (next && next.word && !next.cap && r.index.entities[r.index.mentions[m]!.entity]!.type !== 'place') subj = [k, e];
      }
    }
  }
  // "A spokeswoman for the firm declined to comment, saying that …", "Democrats had sued, saying
  // …": the sentence's opening words are the subject; a participle of saying reports its clause
  // even when they name no one, with no speaker rather than a guessed one.
  const saying = SAYING.has(tokens[cue]!.lower) || tokens[cue + 1]?.lower === 'that';
  subj ??= sentenceSubject(r, a, cue, inQuote) ?? (saying ? [cue, cue] : null);
  if (!subj) return null;
  let from = cue + 1;
  if (tokens[from]?.lower === 'that') from++;
  return makeQuote(r, from, end, subj, cue, inQuote, false, false, saying);
}






// Words that may open the short tail after a closing attribution ("…, the airline said Thursday.").
const TAIL_WORD = /^(?:reporters|the|a|an|cnn|fox|him|her|them|me|us|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|previously|later|also|again|separately|privately|publicly|repeatedly)$/i;

// "CLAUSE, X said (on Monday)." / "CLAUSE, said X." — content from the sentence start to the comma.
function backward(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  let comma = cue - 1;
  while (comma > a && cue - comma <= 12 && tokens[comma]!.text !== ',') comma--;
  if (comma <= a || tokens[comma]!.text !== ',') return null;
  // "… a “welcome step,” she said": the comma inside the closing mark.
  const open = isQuoteMark(tokens[comma + 1]!.text) && inQuote[comma] ? comma + 2 : comma + 1;
  // What follows the cue must close the sentence or be a short tail ("on Monday", "in a statement").
  let tail = cue + 1;
  let subj: [number, number] | null = null;
  if (cue === open) {
    if (!INVERTING.has(tokens[cue]!.lower)) return null;
    subj = subjectRight(tokens, cue, end);
    if (!subj) return null;
    tail = subj[1];
    // "…, said a handful of Democrats who point to …": a relative clause on the speaker ends the sentence.
    if (/^(who|whose)$/.test(tokens[tail]?.lower ?? '')) return makeQuote(r, a, comma, subj, cue, inQuote);
  } else {
    let e = cue;
    while (e > open && AUX.has(tokens[e - 1]!.lower)) e--;
    let c2 = open;
    while (c2 < e && tokens[c2]!.text !== ',') c2++;
    subj = c2 > open ? [open, c2] : null;
    if (!subj) return null;
    // "…, Sen. Chuck Grassley told POLITICO (on Monday).": the one told before the tail.
    if (TELL.has(tokens[cue]!.lower)) tail = skipAddressee(tokens, cue + 1, end);
  }
  if (tail < end && tokens[tail]!.text !== ',' && !PREP.has(tokens[tail]!.lower) && !TAIL_WORD.test(tokens[tail]!.text)) return null;
  // The attribution closes the sentence: a short tail at most, up to a comma.
  let t = tail;
  while (t < end && tokens[t]!.text !== ',') t++;
  if (t - tail > 7) return null;
  if (!agentive(r, subj) && subj[1] - subj[0] > 3) return null;
  // A direct quotation, attributed already; but not a clause that only ends with quoted words
  // ("The new levy is a “welcome step,” she said"): the clause is the statement.
  const closesQuote = isQuoteMark(tokens[comma - 1]!.text) || open === comma + 2;
  if (closesQuote && (inQuote[a] || isQuoteMark(tokens[a]!.text) || quotedShare(inQuote, a, comma) > 0.5)) return null;
  // A parenthetical attribution ("The difference now, he said, is that …"): the whole sentence
  // less the attribution is the content; the span runs over it, offsets must stay contiguous.
  // Not when a quotation follows the attribution (At the rally, Beck said, “…”): that is the quote's.
  // But "…, said Mindy Romero, director of …": an appositive to the speaker, not the clause's rest,
  // which would go on with its verb ("…, said Smith, is that …").
  if (t < end - 2 && !isQuoteMark(tokens[t + 1]?.text ?? '') && (cue !== open || t > tail || FINITE_AUX.has(tokens[t + 1]!.lower))) return makeQuote(r, a, end, subj, cue, inQuote);
  if (t < end - 2 && isQuoteMark(tokens[t + 1]?.text ?? '')) return null;
  // "Since the merger, the firm has pushed for …": the words before the comma open the sentence as its adverbial.
  if (frontedAdverbial(tokens, a, comma)) return null;
  return makeQuote(r, a, open === comma + 2 ? open : comma, subj, cue, inQuote);
}


// "According to X, CLAUSE." and "CLAUSE, according to X."
function accordingTo(r: Resolver, k: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  let subj = subjectRight(tokens, k + 1, end);
  // "According to early results of exit polls conducted for the AP by Edison Research, CLAUSE",
  // "…, according to members who spoke with reporters, was …": a source longer than a name
  // phrase runs to its comma; what the source says is on the other side of it.
  const comma = sourceComma(tokens, k + 2, end, inQuote);
  let afterSubj = subj && tokens[subj[1]]?.text === ',' ? subj[1] + 1 : -1;
  if (comma > 0 && afterSubj < 0 && (!subj || subj[1] < comma)) {
    // The source is named up to a relative clause on it ("members who spoke with reporters").
    let e = k + 2;
    while (e < comma && !/^(who|which|that|whose)$/.test(tokens[e]!.lower)) e++;
    if (e > k + 2) [subj, afterSubj] = [[k + 2, e], comma + 1];
  }
  if (!subj) return null;
  // "According to the mayor, who spoke on Monday, the bridge …": the aside on the source is not what it says.
  if (afterSubj > 0 && /^(who|which)$/.test(tokens[afterSubj]?.lower ?? '')) {
    let c = afterSubj + 1;
    while (c < end && c - afterSubj < 20 && !inQuote[c] && !/^[,;.:]$/.test(tokens[c]!.text)) c++;
    if (tokens[c]?.text === ',') afterSubj = c + 1;
  }
  const cue = { text: r.text.slice(tokens[k]!.start, tokens[k + 1]!.end), start: tokens[k]!.start, end: tokens[k + 1]!.end };
  let q: Quote | null = null;
  // "reported that, according to an analysis of her calendar and contacts, 85 of …": a source
  // that runs on past the subject phrase still ends at its comma when a subordinator stands before.
  if (afterSubj < 0 && SUBORDINATOR.has(tokens[k - 2]?.lower ?? '') && tokens[k - 1]?.text === ',') {
    for (let c = subj[1]; c < end && c - subj[1] < 15; c++) if (tokens[c]!.text === ',') { afterSubj = c + 1; break; }
  }
  if (k === a) q = afterSubj > 0 ? makeQuote(r, afterSubj, end, subj, k, inQuote, false, true) : null;
  // "…, after, according to him, Mexico's network censured his report": the clause after the source.
  else if (afterSubj > 0 && end - afterSubj >= 5 && SUBORDINATOR.has(tokens[k - 2]?.lower ?? '')) q = makeQuote(r, afterSubj, end, subj, k, inQuote, false, true);
  // "At the heart of it, according to X, was a decision …": the sentence around the source.
  else if (afterSubj > 0 && k - a < 8 && end - afterSubj >= 4) q = makeQuote(r, a, end, subj, k, inQuote, false, true);
  // "CLAUSE, according to X" and "CLAUSE according to X": the clause before.
  else q = makeQuote(r, a, tokens[k - 1]!.text === ',' ? k - 1 : k, subj, k, inQuote, false, true);
  if (q) q.cue = cue;
  return q;
}

/** The comma closing a long "according to" source that starts at `from`: within 25 words, with no
 *  quotation, clause end or verb of its own ("according to X, who said …" ends nothing) on the way; -1 if none. */
function sourceComma(tokens: Token[], from: number, end: number, inQuote: Uint8Array): number {
  for (let c = from + 1; c < end && c - from <= 25; c++) {
    const t = tokens[c]!;
    if (inQuote[c] || /^[;:.!?()—–]$/.test(t.text) || FINITE_AUX.has(t.lower) || CLAUSE_CUES.has(t.lower)) return -1;
    if (t.text === ',') return c;
  }
  return -1;
}

const ABOUT = new Set(['about', 'against']);
const FINITE_VERB = /^(?:[a-z]{3,}(?:ed|es)|[a-z]{3,}[^s]s|thought|spoke|wrote|knew|felt|heard|read|taught|fought|brought|told|said)$/;
// Verbs whose "about" is no topic of speech or thought ("brought about", "went about", "is about").
const NOT_ABOUT = new Set(['brought', 'brings', 'came', 'comes', 'went', 'goes', 'set', 'sets', 'is', 'was', 'has', 'does', 'costs', 'cost', 'totaled', 'totals', 'numbered', 'ranged', 'weighed', 'weighs', 'lasted', 'lasts', 'rose', 'fell', 'dropped', 'increased', 'decreased', 'grew', 'gained', 'lost', 'raised', 'earned', 'paid', 'received', 'spent', 'saved', 'owns', 'owned', 'employs', 'employed', 'voted', 'votes', 'turned', 'lived', 'lives', 'moved', 'traveled', 'travelled', 'walked', 'ran', 'runs', 'sits', 'sat', 'stood', 'stands', 'looked', 'looks']);

const LIGHT_VERBS = new Set(`express expresses expressed expressing voice voices voiced voicing raise raises raised raising
make makes made making take takes took taking offer offers offered offering issue issues issued issuing
launch launches launched launching level levels leveled levelled lodge lodged pose posed posing share shares shared sharing
renew renews renewed renewing reiterate reiterated reiterates signal signals signaled signalled`.split(/\s+/));
const LIGHT_NOUNS = new Set(`concern concerns worry worries doubt doubts question questions support opposition criticism
objection objections reservations skepticism scepticism frustration anger outrage dismay disappointment optimism confidence
case call calls appeal plea demand demands warning warnings aim swipe swipes shot shots jab jabs attack attacks charge charges
accusation accusations complaint complaints praise hope hopes fears fear view views opinion thoughts interest commitment
pledge promise vision argument arguments point points message statement remarks comments`.split(/\s+/));
const LIGHT_PREP = new Set(['about', 'for', 'of', 'on', 'to', 'against', 'at', 'over', 'that', 'with']);

/** The object after a light verb's noun and its preposition: "voiced support for the bill" → "the bill". */
function lightVerb(r: Resolver, cue: number, a: number, end: number, inQuote: Uint8Array): Quote | null {
  const { tokens } = r;
  let n = cue + 1;
  while (n < end && n - cue <= 4 && tokens[n]!.word && !inQuote[n] && !LIGHT_NOUNS.has(tokens[n]!.lower)) n++;
  if (n >= end || !LIGHT_NOUNS.has(tokens[n]!.lower) || !LIGHT_PREP.has(tokens[n + 1]?.lower ?? '')) return null;
  // Only determiners and adjectives between the verb and its noun ("raised serious new questions").
  for (let j = cue + 1; j < n; j++) if (FINITE_AUX.has(tokens[j]!.lower) || PREP.has(tokens[j]!.lower)) return null;
  const subj = reportSubject(r, cue, a, inQuote, true);
  if (!subj || !holdsView(r, subj)) return null;
  const q = makeQuote(r, n + 2, end, subj, cue, inQuote, false, false, false, 1);
  if (q) q.cue = { text: r.text.slice(tokens[cue]!.start, tokens[n + 1]!.end), start: tokens[cue]!.start, end: tokens[n + 1]!.end };
  return q;
}

const TALK = reportingVerbs('talk');
// Words that open no reported clause after a cue ("said as he left", "said yes").
const NOT_CLAUSE = new Set(['as', 'while', 'when', 'without', 'after', 'before', 'yes', 'no', 'nothing', 'little', 'much', 'goodbye', 'hello', 'thanks', 'sorry']);
const SUBORDINATOR = new Set(['after', 'that', 'because', 'while', 'as', 'since', 'when', 'but', 'and', 'although', 'though']);

const PROGRESSIVE = reportingVerbs('progressive');
const NOT_VERB = new Set('is was has does this thus as so such news always sometimes perhaps unless less'.split(' '));

function dedupe(qs: Quote[]): Quote[] {
  qs.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Quote[] = [];
  for (const q of qs) {
    const last = out[out.length - 1];
    // The same clause found twice (by two rules) is one statement; a report nested inside another
    // ("Smith said the minister claimed that …") is a statement of its own, with its own cue.
    if (last && (q.start === last.start || (q.start < last.end && q.end > last.end) || q.cue?.start === last.cue?.start)) continue;
    out.push(q);
  }
  return out;
}
