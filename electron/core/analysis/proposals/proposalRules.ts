// The rules that find a proposal's cue in a sentence, in the order they are tried at each word. Each
// rule reads the words around one token and says where the proposed action starts, which phrase is the
// subject of its cue, and what kind of proposal it is; proposalActor.ts then names the actor.
import { wordSieve } from '../lexicon/wordSieve';
import { isCommonWord } from '../lexicon/gazetteer';
import { AUX } from '../lexicon/lexicon';
import { subjectLeft } from '../speakers/subjects';
import type { Token } from '../text/tokens';
import type { ProposalKind } from '../types';
import {
  ACTING_NOUNS, CALL_VERBS, CALL_WITH_PARTICLE, CONDITION_OPENERS, DISCOURSE_VERBS, INTENT_VERBS, MODALS, NECESSITY_ADJECTIVES,
  CONTEST_OUTCOMES, NOUN_LINKS, OUTCOME_VERBS, PREDICTIVE_AFTER_WILL_BE, PROPOSAL_NOUNS, READY_ADJECTIVES,
} from '../lexicon/proposalCues';

/** How the actor is to be found for a match. */
export type ActorSource =
  /** The subject of the cue proposes: "Russia is ready to", "the leaders agreed to". */
  | 'subject'
  /** Whoever says the sentence: "the parties must", "it is necessary to", "funds will be allocated". */
  | 'speaker'
  /** The owner of a noun cue: "Australia's commitment to", "his support for". */
  | 'owner';

export interface CueMatch {
  rule: string;
  kind: ProposalKind;
  /** Tokens of the cue, [cueStart, cueEnd). */
  cueStart: number;
  cueEnd: number;
  /** First token of the proposed action. */
  from: number;
  /** The cue's subject, [i, j), or null. */
  subject: [number, number] | null;
  actor: ActorSource;
  /** A forecast unless someone says it: "social spending will grow" counts only in a speech or quotation. */
  onlyInSpeech?: boolean;
}

export interface SentenceView {
  tokens: Token[];
  /** First token of the sentence and the end (exclusive), without closing punctuation. */
  a: number;
  end: number;
}

export interface ProposalRule {
  name: string;
  /** The words (lower-cased) at which the rule can match: at any other word match gives null. */
  startWords: readonly string[];
  match(s: SentenceView, k: number): CueMatch | null;
}

const BE = /^(is|are|was|were|be|been|being|am|remain|remains|remained|stay|stays|'s|’s|'re|’re)$/;
// Word lists read per token in the scans below: sets, not a regular expression run per word.
const HEDGE = new Set("also still now firmly fully jointly further again always once again very more so truly clearly equally particularly especially definitely certainly personally gradually therefore thus then today soon all both each not n't never no longer only even additionally immediately actively consistently steadily strongly indeed however too".split(' '));
const DETERMINER = new Set('the a an this that these those its his her their our my your any some no every each'.split(' '));
const LINK_WORDS = new Set('to of in on at by for with from and or but as'.split(' '));
const CLAUSE_LINKS = new Set('that and but because so while whereas'.split(' '));
const FIRST_PERSON = /^(i|we)$/;
const EXPLETIVE = /^(it|this|that|there|which|what|these|those)$/;
const NEGATION = /^(not|n't|never|no)$/;
const PARTICIPLE_IRREGULAR = new Set('held made given taken built sent set paid put kept done seen met known shown spent brought sought led won cut run read granted provided allocated established created launched signed adopted approved considered discussed reviewed resumed implemented carried dealt'.split(' '));

/** Verbs of the speech itself ("I would like to thank"): what follows them proposes nothing. */
const SPEECH_ACT = /^(thank|congratulate|express|say|note|emphasi[sz]e|stress|welcome|mention|share|remind|inform|highlight|underline|point|begin|start|conclude|recall|acknowledge|greet|extend|address|reiterate|assure|tell|ask|summari[sz]e|elaborate|dwell|focus|draw|turn)$/;

const word = (t: Token | undefined): boolean => !!t && t.word;
const lower = (t: Token | undefined): string => t?.lower ?? '';

/** Skips hedges and negation after `k`; the next token's index. */
function skipHedges(tokens: Token[], k: number, end: number): number {
  let j = k;
  while (j < end && HEDGE.has(tokens[j]!.lower)) j++;
  return j;
}

/** A base verb can start here: a lower-case word that is not a determiner or preposition. */
function verbAt(tokens: Token[], k: number, end: number): boolean {
  const t = tokens[k];
  return k < end && word(t) && !t!.cap && !DETERMINER.has(t!.lower) && !LINK_WORDS.has(t!.lower);
}

/** The start of the clause holding token k: after the last comma, semicolon, colon or quote mark, or the sentence start. */
export function clauseStart(tokens: Token[], k: number, a: number): number {
  for (let j = k - 1; j >= a && j > k - 30; j--) {
    const t = tokens[j]!.text;
    if (t === ';' || t === ':' || t === '“' || t === '”' || t === '"' || t === '—' || t === '(') return j + 1;
    if (t === ',' && !subjectContinues(tokens, j)) return j + 1;
    if (CLAUSE_LINKS.has(tokens[j]!.lower) && j < k - 1) return j + 1;
  }
  return a;
}

// "Smith, the minister, said": a comma inside an appositive does not end the subject; a comma followed
// by a lower-case word that is not a name does.
function subjectContinues(tokens: Token[], comma: number): boolean {
  const next = tokens[comma + 1];
  return !!next && next.cap && tokens[comma - 1]?.cap === true && word(tokens[comma - 1]);
}

/** Whether a condition or time opener stands between the clause start and the cue ("if they will", "when it must"). */
function conditional(tokens: Token[], k: number, a: number): boolean {
  for (let j = k - 1; j >= a && j > k - 12; j--) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (CONDITION_OPENERS.has(t.lower)) return true;
  }
  return false;
}

export function subjectOf(s: SentenceView, cue: number): [number, number] | null {
  const { tokens } = s;
  // "…, condemned hate speech, and reaffirmed their intention": a verb joined to the sentence's first
  // one shares its subject.
  // Bounded: "will will will …" must not make every cue scan back to the sentence start.
  let j = cue - 1;
  while (j > s.a && j > cue - 8 && (HEDGE.has(tokens[j]!.lower) || (AUX.has(tokens[j]!.lower) && !tokens[j]!.cap))) j--;
  if (j > s.a && tokens[j]!.lower === 'and' && !tokens[j + 1]?.cap) return openingSubject(s, j);
  // "has in the past called for", "has on several occasions urged": a short adverbial phrase between the
  // auxiliary and the verb is skipped, once.
  let from = cue;
  if (/^(past|occasions|weeks|months|years|days)$/.test(lower(tokens[j])) && j > s.a) {
    let p = j;
    while (p > s.a && p > j - 4 && !/^(in|on|over|for|during)$/.test(lower(tokens[p]))) p--;
    if (/^(in|on|over|for|during)$/.test(lower(tokens[p]))) {
      from = p;
      j = p - 1;
      while (j > s.a && j > p - 8 && (HEDGE.has(tokens[j]!.lower) || (AUX.has(tokens[j]!.lower) && !tokens[j]!.cap))) j--;
    }
  }
  // "Chuck Hagel, has in the past called for": after a comma the subject may stand before an
  // appositive, which subjectLeft reads across; the clause start would cut it off. Bounded by 30 tokens.
  const floor = Math.max(s.a, from - 30);
  const subj = subjectLeft(tokens, from, tokens[j]?.text === ',' ? floor : Math.max(floor, clauseStart(tokens, from, s.a)));
  // A phrase right after a verb is that verb's object ("discussed the President's goal"), not the subject.
  const before = subj ? tokens[subj[0] - 1] : undefined;
  if (subj && before && before.word && !before.cap && OBJECT_TAKING.test(before.lower)) return openingSubject(s, subj[0]) ?? subj;
  return subj && coordinated(tokens, subj, s.a);
}

/** "Vietnam and Russia agreed", "Egypt, Qatar and the United States will": the names joined before the last. */
function coordinated(tokens: Token[], subj: [number, number], a: number): [number, number] {
  let i = subj[0];
  for (let n = 0; n < 4; n++) {
    const link = tokens[i - 1];
    // A list ends in "and" ("Egypt, Qatar and the United States"); a comma alone closes an opening
    // phrase ("As part of its chairmanship in the CSTO, Kazakhstan is"), not a conjunct.
    if (!link || !(link.lower === 'and' || (link.text === ',' && n > 0)) || i - 1 <= a) break;
    let j = i - 1;
    if (!tokens[j - 1]?.cap || !tokens[j - 1]!.word) break;
    const stop = Math.max(a, j - 8);
    while (j - 1 >= stop && tokens[j - 1]!.word && (tokens[j - 1]!.cap || /^(of|the)$/.test(tokens[j - 1]!.lower))) j--;
    if (/^(the|of)$/.test(tokens[j]!.lower) && !tokens[j]!.cap) j++;
    i = j;
  }
  return [i, subj[1]];
}

/** Verbs whose subject is given something: the giver, who says so, proposes. */
const RECIPIENT_VERBS = new Set(['receive', 'get', 'obtain', 'gain']);

const OBJECT_TAKING = /^(?:[a-z]+ed|thanked|discussed|met|welcomed|applauded|congratulated|told|urged|invited|asked|praised|visited|called|set|held|made|took|gave)$/;

const VERBISH = /^(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|shall|should|must|can|could|may|also|took|made|held|met|spoke|gave|sent|said|told|agreed|pledged|welcomed|discussed|reaffirmed|stressed)$/;

/** The subject that opens the sentence (after an opening phrase and its comma), up to its first verb, before `limit`. */
function openingSubject(s: SentenceView, limit: number): [number, number] | null {
  const { tokens } = s;
  let i = s.a;
  if (/^(in|on|at|during|after|before|as|while|following|with|for|by|since|to|under|at|from|given|recognizing|noting)$/.test(tokens[i]!.lower)) {
    let c = i;
    while (c < limit && c - i < 20 && tokens[c]!.text !== ',') c++;
    if (tokens[c]?.text !== ',') return null;
    i = c + 1;
  }
  let k = i;
  while (k < limit && k - i < 12 && !(tokens[k]!.word && !tokens[k]!.cap && VERBISH.test(tokens[k]!.lower)) && tokens[k]!.text !== ',') k++;
  return k > i && k < limit && VERBISH.test(tokens[k]!.lower) ? [i, k] : null;
}

/** A subject that acts: a pronoun of a person, a name, or a description of an acting body. */
export function actingSubject(tokens: Token[], subj: [number, number] | null): boolean {
  if (!subj) return false;
  const head = tokens[subj[1] - 1]!;
  if (subj[1] - subj[0] === 1 && /^(he|she|they|we|i|you)$/.test(head.lower)) return true;
  if (head.cap && !isCommonWord(head.lower)) return true;
  for (let k = subj[0]; k < subj[1]; k++) if (ACTING_NOUNS.has(tokens[k]!.lower)) return true;
  for (let k = subj[0]; k < subj[1]; k++) if (tokens[k]!.cap && k > subj[0]) return true;
  return false;
}

const firstPerson = (tokens: Token[], subj: [number, number] | null): boolean =>
  !!subj && subj[1] - subj[0] === 1 && FIRST_PERSON.test(tokens[subj[0]]!.lower);

// "urged the Senate to ratify", "called for talks", "invited President Lula to visit Washington".
const callVerb: ProposalRule = {
  name: 'call-verb',
  startWords: [...CALL_VERBS.keys(), ...CALL_WITH_PARTICLE.keys()],
  match(s, k) {
    const { tokens } = s;
    const t = tokens[k]!;
    if (t.cap && k > s.a) return null;
    const particles = CALL_WITH_PARTICLE.get(t.lower);
    let kind = CALL_VERBS.get(t.lower);
    let from = k + 1;
    if (particles) {
      const next = lower(tokens[k + 1]);
      if (particles.length && particles.includes(next)) { from = k + 2; kind = kind ?? (next === 'support' ? 'commitment' : 'call'); }
      else if (!particles.length && /^(\$|€|£)$|^\d/.test(tokens[k + 1]?.text ?? '')) kind = 'decision';
      else if (!particles.length && /^(the|a|an|its|their|our)$/.test(next) && /^(establishment|creation|launch|allocation|opening|start|plan|plans|programme|program|initiative|decision|intention|package)$/.test(lower(tokens[k + 2]))) kind = 'decision';
      else if (!kind) return null;
    }
    if (!kind) return null;
    const prev = lower(tokens[k - 1]);
    if (prev === 'in' && t.lower === 'order') return null; // "in order to"
    // "the proposed tax", "a suggested change": a participle used as an adjective is no call.
    if (DETERMINER.has(prev) || NEGATION.test(prev)) return null;
    // "invited to attend" (passive) and "offered its condolences" name no proposal of the subject's.
    if (BE.test(prev) && !/^(urging|calling|proposing|pushing|pressing|asking|offering|inviting|demanding|seeking|encouraging|instructing)$/.test(t.lower)) return null;
    if (from >= s.end) return null;
    if (BE.test(lower(tokens[k + 1]))) return null; // "our common task is to": the noun (below)
    // Weak verbs ("pressed ahead", "offered condolences") call only with an object and an infinitive or "for".
    if (/^(task|tasks|press|presses|pressed|pressing|push|pushes|pushed|pushing|direct|directs|directed|order|ordered|offer|offers|offered|offering|encourage|encourages|encouraged|encouraging|ask|asks|asked|asking)$/.test(t.lower) && from === k + 1) {
      if (!infinitiveAhead(tokens, k + 1, s.end, 12)) return null;
    }
    // "suggested that the poll was wrong" asserts; "suggested that talks should resume" proposes.
    if (/^suggest/.test(t.lower) && lower(tokens[from]) === 'that' && !modalAhead(tokens, from + 1, s.end, 10)) return null;
    if (lower(tokens[from]) === 'that') from++;
    if (lower(tokens[from]) === 'to' && verbAt(tokens, from + 1, s.end)) from++; // "proposed to hold"
    return { rule: 'call-verb', kind, cueStart: k, cueEnd: k + 1 + (from > k + 1 && tokens[k + 1]!.lower !== 'that' ? 1 : 0), from, subject: subjectOf(s, k), actor: 'subject' };
  },
};

function infinitiveAhead(tokens: Token[], k: number, end: number, within: number): boolean {
  for (let j = k; j < end && j < k + within; j++) {
    if (tokens[j]!.text === ',' || tokens[j]!.text === '.') return false;
    if (tokens[j]!.lower === 'to' && verbAt(tokens, j + 1, end)) return true;
    if (tokens[j]!.lower === 'for' && j === k) return true;
  }
  return false;
}

function modalAhead(tokens: Token[], k: number, end: number, within: number): boolean {
  for (let j = k; j < end && j < k + within; j++) if (/^(should|must|would|could|will|shall|be|can)$/.test(tokens[j]!.lower)) return true;
  return false;
}

// "agreed to resume flights", "plans to provide", "is seeking to end the conflict", "have decided that".
const intentVerb: ProposalRule = {
  name: 'intent-verb',
  startWords: [...INTENT_VERBS.keys()],
  match(s, k) {
    const { tokens } = s;
    const t = tokens[k]!;
    const kind = INTENT_VERBS.get(t.lower);
    if (!kind || (t.cap && k > s.a)) return null;
    const prev = lower(tokens[k - 1]);
    if (DETERMINER.has(prev)) return null; // "the plan to", "our hopes"
    // "is expected to", "was planned to": a passive predicts; only "is committed to" (an adjective) commits.
    if (BE.test(prev) && !/ing$/.test(t.lower) && !READY_ADJECTIVES.has(t.lower)) return null;
    let j = skipHedges(tokens, k + 1, s.end);
    // "agreed today to", "decided on Monday to": a time between the verb and its infinitive.
    if (lower(tokens[j]) === 'on' && tokens[j + 1]?.cap && lower(tokens[j + 2]) === 'to') j += 2;
    const link = lower(tokens[j]);
    let from: number;
    if (link === 'to' && SPEECH_ACT.test(lower(tokens[j + 1]))) return null;
    if (link === 'to' && (verbAt(tokens, j + 1, s.end) || /^(agree|agrees|agreed|commit|commits|committed)$/.test(t.lower))) from = j + 1;
    else if (link === 'that' && (kind === 'decision' || /^(hope|hopes|hoped|want|wants|wanted)$/.test(t.lower)) && modalAhead(tokens, j + 1, s.end, 14)) from = j + 1;
    else if (link === 'that' && kind === 'decision') from = j + 1;
    else if (link === 'on' && kind === 'decision' && lower(tokens[j + 1]) !== 'a' && !tokens[j + 1]?.cap) from = j + 1;
    else if (/^(preparing|prepares|prepared)$/.test(t.lower) && link === 'for') from = j + 1;
    else return null;
    if (from >= s.end) return null;
    const subject = /ing$/.test(t.lower) && !BE.test(prev) ? null : subjectOf(s, k);
    return { rule: 'intent-verb', kind, cueStart: k, cueEnd: from, from, subject, actor: 'subject' };
  },
};

// "look forward to visiting": "look" is no intent verb on its own.
const lookForward: ProposalRule = {
  name: 'look-forward',
  startWords: ['look', 'looks', 'looked', 'looking'],
  match(s, k) {
    const { tokens } = s;
    if (!/^(look|looks|looked|looking)$/.test(tokens[k]!.lower) || lower(tokens[k + 1]) !== 'forward' || lower(tokens[k + 2]) !== 'to') return null;
    const from = k + 3;
    if (from >= s.end) return null;
    return { rule: 'look-forward', kind: 'plan', cueStart: k, cueEnd: from, from, subject: subjectOf(s, k), actor: 'subject' };
  },
};

// "Russia is ready to supply gas", "we are determined to defend", "expressed readiness" is a noun (below).
const readyAdjective: ProposalRule = {
  name: 'ready-to',
  startWords: [...READY_ADJECTIVES.keys()],
  match(s, k) {
    const { tokens } = s;
    const t = tokens[k]!;
    const kind = READY_ADJECTIVES.get(t.lower);
    if (!kind || t.cap) return null;
    let b = k - 1;
    while (b > s.a && HEDGE.has(tokens[b]!.lower)) b--;
    if (!BE.test(lower(tokens[b])) && !/^(seems|seemed|appears|appeared|declared|declares|feel|feels|felt)$/.test(lower(tokens[b]))) return null;
    const link = lower(tokens[k + 1]);
    // "is ready to supply", "is ready for negotiations"; not "ready for the match" (a thing, not an action).
    if (!((link === 'to' && (verbAt(tokens, k + 2, s.end) || t.lower === 'committed')) || (link === 'for' && t.lower !== 'set' && !/^(the|a|an)$/.test(lower(tokens[k + 2]))))) return null;
    if (t.lower === 'set' && link !== 'to') return null;
    const from = k + 2;
    if (from >= s.end) return null;
    return { rule: 'ready-to', kind, cueStart: b, cueEnd: from, from, subject: subjectOf(s, b), actor: 'subject' };
  },
};

// "should", "must", "will", "need to", "have to", "would" in a reported clause.
const modalVerb: ProposalRule = {
  name: 'modal',
  startWords: [...MODALS.keys(), 'need', 'needs', 'have', 'has', 'would'],
  match(s, k) {
    const { tokens } = s;
    const t = tokens[k]!;
    let kind = MODALS.get(t.lower);
    let after = k + 1;
    if (!kind) {
      // "need to", "needs to", "have to", "has to": obligation; "the need to" is the noun (below).
      if (/^(need|needs|have|has)$/.test(t.lower) && lower(tokens[k + 1]) === 'to' && verbAt(tokens, k + 2, s.end) && !DETERMINER.has(lower(tokens[k - 1])) && lower(tokens[k + 2]) !== 'do') { kind = 'call'; after = k + 2; }
      else if (t.lower === 'need' && lower(tokens[k + 1]) === 'not' && verbAt(tokens, k + 2, s.end)) { kind = 'call'; after = k + 2; }
      else if (t.lower === 'would' && /^(like|welcome|prefer|want)$/.test(lower(tokens[k + 1]))) { kind = 'plan'; after = k + 1; }
      else if (t.lower === 'would') { kind = 'plan'; }
      else return null;
    }
    if (t.cap && k > s.a) return null;
    // "Should the talks fail": an inverted condition.
    if (k === s.a && t.lower === 'should') return null;
    if (t.lower === 'ought' && lower(tokens[k + 1]) === 'to') after = k + 2;
    const v = skipHedges(tokens, after, s.end);
    if (!verbAt(tokens, v, s.end)) return null;
    const verb = tokens[v]!.lower;
    // "I would like to thank", "we want to stress": a speech act about the speech itself.
    if (/^(like|want|wish)$/.test(verb) && lower(tokens[v + 1]) === 'to' && SPEECH_ACT.test(lower(tokens[v + 2]))) return null;
    // "must have been", "would have": a judgement about the past, not a call.
    if (verb === 'have' && /^(been|had|done|known|seen|made|felt)$/.test(lower(tokens[v + 1]))) return null;
    if (DETERMINER.has(lower(tokens[k - 1])) || lower(tokens[k - 1]) === 'good') return null; // "the will of the people"
    if (conditional(tokens, k, s.a)) return null;
    const subject = subjectOf(s, k);
    const subjHead = subject ? tokens[subject[1] - 1]!.lower : '';
    // "We will win in November", "they would lose": the outcome of a contest is a forecast or a
    // boast, never a plan or a call, whoever the subject is.
    if ((kind === 'plan' || kind === 'commitment') && CONTEST_OUTCOMES.has(verb)) return null;
    if (kind === 'plan') {
      // "it will", "there will be", "this will cover": a forecast, not anyone's commitment.
      // "there will be", "it will be difficult", "this will cover": a forecast; but "it will not renew
      // the contract" (it, a state or a company) acts, read below with the one who says it.
      if (subject && subject[1] - subject[0] === 1 && EXPLETIVE.test(subjHead) && (subjHead === 'there' || subjHead === 'which' || subjHead === 'what' || verb === 'be' || OUTCOME_VERBS.has(verb))) return null;
      if (verb === 'be') {
        const next = tokens[v + 1];
        const participle = !!next && word(next) && !next.cap && (/(ed|en)$/.test(next.lower) || PARTICIPLE_IRREGULAR.has(next.lower));
        if (!participle || PREDICTIVE_AFTER_WILL_BE.has(next!.lower)) return null;
      }
    }
    const acting = actingSubject(tokens, subject) && !(subject && EXPLETIVE.test(tokens[subject[0]]!.lower) && subject[1] - subject[0] === 1);
    const passive = verb === 'be' && /(ed|en)$/.test(lower(tokens[v + 1]));
    // "the measures will affect a million workers": a thing's outcome is a forecast, not a plan.
    if (kind === 'plan' && !acting && !passive && OUTCOME_VERBS.has(verb)) return null;
    // "dampening consumption would lead to recession": a reported "would" commits only an actor.
    if (t.lower === 'would' && !acting && !passive && !/^(like|welcome|prefer|want)$/.test(verb)) return null;
    // "we must remember that …", "it must be noted that": the speech steering its listeners.
    if (DISCOURSE_VERBS.has(verb) && /^(that|about|what|how|the fact)$/.test(lower(tokens[v + 1]))) return null;
    if (passive && DISCOURSE_VERBS.has(lower(tokens[v + 1]).replace(/e?d$/, '')) && lower(tokens[v + 2]) === 'that') return null;
    // Who proposes: the subject of "will" when it acts (its own future), otherwise the one who says it:
    // "the parties must resolve", "funds will be allocated", "we must cooperate".
    // A named person in a passive ("Mr Wetang'ula will be joined by …") is still the one whose plan it is;
    // a recipient ("Kenya will receive scholarships") is given something by whoever says so.
    const named = !!subject && tokens[subject[1] - 1]!.cap && !isCommonWord(tokens[subject[1] - 1]!.lower);
    const bySubject = kind === 'plan' && acting && (!passive || named) && !RECIPIENT_VERBS.has(verb) && !firstPerson(tokens, subject);
    const from = bySubject || firstPerson(tokens, subject) || !subject ? v : subject[0];
    const rule = t.lower === 'would' ? 'reported-would' : kind === 'plan' ? 'future' : 'obligation';
    const onlyInSpeech = kind === 'plan' && !acting && !passive && !firstPerson(tokens, subject);
    return { rule, kind: firstPerson(tokens, subject) && kind === 'plan' ? 'commitment' : kind, cueStart: k, cueEnd: v, from, subject, actor: bySubject ? 'subject' : 'speaker', onlyInSpeech };
  },
};

// "it is necessary to", "it is time to", "I consider it especially necessary to", "is essential".
const necessity: ProposalRule = {
  name: 'necessity',
  startWords: [...NECESSITY_ADJECTIVES],
  match(s, k) {
    const { tokens } = s;
    const t = tokens[k]!;
    if (!NECESSITY_ADJECTIVES.has(t.lower) || t.cap) return null;
    let b = k - 1;
    while (b > s.a && b > k - 4 && /^(also|especially|absolutely|extremely|very|more|most|so|now|therefore|well|past|high|particularly|vitally|critically)$/.test(tokens[b]!.lower)) b--;
    const impersonal = lower(tokens[b]) === 'it' || (BE.test(lower(tokens[b])) && /^(it|this)$/.test(lower(tokens[b - 1]))) || (/^(['’]s)$/.test(tokens[b]?.text ?? '') && lower(tokens[b - 1]) === 'it');
    const j = k + 1;
    if (impersonal && (lower(tokens[j]) === 'to' || lower(tokens[j]) === 'that') && verbOrClause(tokens, j + 1, s.end)) {
      return { rule: 'necessity', kind: 'call', cueStart: b, cueEnd: j + 1, from: j + 1, subject: null, actor: 'speaker' };
    }
    // "it's well past time for Tehran to adopt": the one called on is part of the proposal.
    if (impersonal && lower(tokens[j]) === 'for') {
      return { rule: 'necessity', kind: 'call', cueStart: b, cueEnd: j + 1, from: j + 1, subject: null, actor: 'speaker' };
    }
    // "A medical pact is essential to reduce the loss of life": the subject is the proposal.
    if (/^(essential|vital|crucial|indispensable|imperative)$/.test(t.lower) && BE.test(lower(tokens[b]))) {
      const subject = subjectOf(s, b);
      if (subject && !EXPLETIVE.test(tokens[subject[0]]!.lower)) return { rule: 'necessity', kind: 'call', cueStart: b, cueEnd: k + 1, from: subject[0], subject, actor: 'speaker' };
    }
    return null;
  },
};

function verbOrClause(tokens: Token[], k: number, end: number): boolean {
  return k < end && word(tokens[k]);
}

// "Let's cherish his memory", "Let us ensure that".
const lets: ProposalRule = {
  name: 'lets',
  startWords: ['let'],
  match(s, k) {
    const { tokens } = s;
    if (lower(tokens[k]) !== 'let') return null;
    const us = tokens[k + 1];
    if (!us || !(/^us$/i.test(us.text) || /^['’]s$/.test(us.text))) return null;
    if (k !== s.a && !/^[,“"—:;]$/.test(tokens[k - 1]!.text) && !/^(so|and|now|therefore)$/.test(lower(tokens[k - 1]))) return null;
    const from = k + 2;
    if (DISCOURSE_VERBS.has(lower(tokens[from]))) return null; // "let's focus on the facts"
    return from < s.end ? { rule: 'lets', kind: 'call', cueStart: k, cueEnd: from, from, subject: null, actor: 'speaker' } : null;
  },
};

// "commitment to the defense of Japan", "plans for Prime Minister Modi to visit", "the importance of defending".
const proposalNoun: ProposalRule = {
  name: 'noun-cue',
  startWords: [...PROPOSAL_NOUNS.keys()],
  match(s, k) {
    const { tokens } = s;
    const t = tokens[k]!;
    const kind = PROPOSAL_NOUNS.get(t.lower);
    if (!kind || t.cap) return null;
    const link = lower(tokens[k + 1]);
    const prev = lower(tokens[k - 1]);
    if (NEGATION.test(prev) || prev === 'without') return null; // "no plans to", "no intention of"
    let from = k + 2;
    if (!NOUN_LINKS.has(link)) {
      // "Our main priority is to ensure", "The number one objective for 2025 is to achieve".
      const is = isTo(tokens, k + 1, s.end);
      if (is < 0 || !/^(plan|aim|aims|goal|goals|objective|objectives|priority|priorities|task|thing|mission|policy|intention)$/.test(t.lower)) return null;
      from = is;
    } else if (t.lower === 'support') {
      // Support for a course of action, not for a person or a country.
      if (!/^(his|her|their|its|our|my|full|continued|unwavering|strong|firm|steadfast|continuing)$/.test(prev) && !/^(voiced|expressed|reaffirmed|confirmed|reiterated|underscored|pledged)$/.test(lower(tokens[k - 2])) && !/^(voiced|expressed|reaffirmed|confirmed|reiterated|underscored|pledged)$/.test(prev)) return null;
      if (link !== 'for' && link !== 'to') return null;
      if (tokens[k + 2]?.cap && !/^(the)$/.test(lower(tokens[k + 2]))) return null;
    } else if (t.lower === 'importance' || t.lower === 'urgency') {
      if (link !== 'of' && link !== 'to' && link !== 'for') return null;
      // Only an importance someone stresses ("emphasized the importance of maintaining"); "based on the
      // importance of trade" gives a reason, not a call.
      const verbBefore = (i: number) => STRESSING.test(lower(tokens[i])) || (/^(on|of)$/.test(lower(tokens[i])) && /^(agreed|agree|agrees|spoke|speak|speaks|insisted|insists)$/.test(lower(tokens[i - 1])));
      if (!verbBefore(k - 2) && !verbBefore(k - 3)) return null;
    } else if (t.lower === 'need' || t.lower === 'case') {
      if (prev !== 'the' || (link !== 'for' && link !== 'to')) return null;
    } else if (link === 'of') {
      // "the goal of ensuring", "their intention of"; "the plan of the nation" is a name.
      if (!/ing$/.test(lower(tokens[k + 2])) || !/^(goal|goals|objective|objectives|aim|intention|prospect|possibility|importance|urgency)$/.test(t.lower)) return null;
    } else if (link === 'on') {
      if (!/^(agreement|decision|decisions)$/.test(t.lower)) return null;
    } else if (link === 'that') {
      if (!/^(demand|demands|call|calls|decision|agreement|proposal|request|insistence)$/.test(t.lower) || !modalAhead(tokens, k + 2, s.end, 14)) return null;
    } else if (link === 'to') {
      // A noun of intention takes an infinitive ("plan to visit"); commitment and support also a noun
      // phrase ("commitment to the defense of Japan").
      if (!verbAt(tokens, k + 2, s.end) && !/^(commitment|commitments|support|readiness|invitation|call|calls|appeal|appeals|pledge|importance|priority)$/.test(t.lower)) return null;
      if (/^(agreement)$/.test(t.lower) && !verbAt(tokens, k + 2, s.end)) return null;
    } else if (link === 'for') {
      if (!/^(plan|plans|proposal|proposals|call|calls|appeal|appeals|demand|demands|request|requests|need|case|support|initiative|invitation|urgency|readiness|ambition)$/.test(t.lower)) return null;
    }
    if (from >= s.end) return null;
    // Bare back-references ("the proposal would raise revenues") are not proposals: a noun cue must be
    // governed by a verb or owned ("reaffirmed their commitment", "Australia's plan", "a call for").
    return { rule: 'noun-cue', kind, cueStart: k, cueEnd: from, from, subject: null, actor: 'owner' };
  },
};

const STRESSING = /^(emphasi[sz](?:ed|es|ing|e)|stress(?:ed|es|ing)?|underscor(?:ed|es|ing|e)|underlin(?:ed|es|ing|e)|highlight(?:ed|s|ing)?|not(?:ed|es|ing|e)|rais(?:ed|es|ing|e)|reiterat(?:ed|es|ing|e)|discuss(?:ed|es|ing)?|recogni[sz](?:ed|es|ing|e)|point(?:ed|s|ing)?|affirm(?:ed|s|ing)?|reaffirm(?:ed|s|ing)?|confirm(?:ed|s|ing)?|see|sees|saw|acknowledg(?:ed|es|ing|e)|attach(?:ed|es|ing)?)$/;

/** "… is to": the index after "to" when the words after k read "(for 2025) is to VERB", else -1. */
function isTo(tokens: Token[], k: number, end: number): number {
  for (let j = k; j < end && j < k + 6; j++) {
    if (/^(is|are|was|were)$/.test(tokens[j]!.lower) && lower(tokens[j + 1]) === 'to' && verbAt(tokens, j + 2, end)) return j + 2;
    if (tokens[j]!.text === ',' || AUX.has(tokens[j]!.lower)) return -1;
  }
  return -1;
}

/** The rules in the order they are tried at each word; the first that matches makes the proposal. */
export const PROPOSAL_RULES: readonly ProposalRule[] = [lookForward, callVerb, readyAdjective, intentVerb, necessity, lets, modalVerb, proposalNoun];

/** Each word at which some rule can match, to the rules that can (in the order above): one look-up per
 *  word of the text, and only those rules tried, since the others would give null there. */
const RULES_AT = new Map<string, ProposalRule[]>();
for (const rule of PROPOSAL_RULES) {
  for (const w of rule.startWords) {
    const rules = RULES_AT.get(w);
    if (!rules) RULES_AT.set(w, [rule]);
    else if (!rules.includes(rule)) rules.push(rule);
  }
}

// Most words of a text fail the sieve (about six in seven) before the map look-up, which costs more per word.
const mayStart = wordSieve(RULES_AT.keys());
export const rulesAt = (lower: string): readonly ProposalRule[] | undefined => (mayStart(lower) ? RULES_AT.get(lower) : undefined);
