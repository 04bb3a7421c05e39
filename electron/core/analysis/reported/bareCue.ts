// A verb of saying or stance whose subject the other rules could not read: "…, all of whom opposed
// the Iran deal", "The video, released in late November, shows …", a subject past a long aside,
// a verb of attitude ("half of those who work the docks want a new crane"), or a participle of
// stance ("…, supporting a ban", "…, telling reporters the vote was rigged").
// The verb is cue enough: what follows it is the statement, with its subject as the speaker when
// that resolves to someone and no speaker otherwise.
import { agentive, evidence } from '../speakers/agents';
import type { Resolver } from '../speakers/coref';
import { ATTITUDE, CLAUSE_CUES, STANCE } from '../lexicon/lexicon';
import { nounReading, otherSense } from './cueSense';
import { clauseStart, isAdverb, reportSubject, sentenceSubject } from './reportSubjects';
import { makeQuote, PASSIVE } from './statementSpan';
import { PREP_CUES } from './prepositionalCues';
import { reportingVerbs } from '../lexicon/reportingVerbs';
import { isQuoteMark } from '../text/tokens';
import type { Quote } from '../types';

// Words that end no subject: before them the verb is an infinitive ("to declare"), an adjective
// ("the declared goal", "its proposed cutoff") or a passive ("is called"), not a report.
const NOT_SUBJECT_END = /^(to|the|a|an|his|her|their|its|our|my|your|of|in|for|with|by|on|at|from|as|and|or|but|not|n't|be|been|being|is|was|are|were|it|this|these|those|no|any|every|some)$/;
// Forms whose other sense is the common one here: "maintained a lead", "issued a permit",
// "charged $40", "pledged delegates", "a man named", "appeared on stage", "pushed back".
const OTHER_SENSE = new Set(['maintain', 'maintains', 'maintained', 'issued', 'backed', 'planned', 'pushed', 'charged', 'named', 'appeared', 'pledged', 'backing']);
const MIN_WORDS = 2;
const TALK = reportingVerbs('talk');
const NOT_CLAUSE = /^(as|while|when|after|before|until|once)$/;

// `listed`: the caller has found the word in STANCE, CLAUSE_CUES or ATTITUDE, and `stanceOrAttitude`
// says whether in one of the first and last (reportedSpeech.ts reads both from its class bits), so
// the lists are not looked up again.
export function bareCue(r: Resolver, k: number, a: number, end: number, inQuote: Uint8Array, listed = false, stanceOrAttitude = false): Quote | null {
  const { tokens } = r;
  const w = tokens[k]!.lower;
  const ing = w.endsWith('ing');
  if (!listed) {
    stanceOrAttitude = STANCE.has(w) || ATTITUDE.has(w);
    listed = stanceOrAttitude || CLAUSE_CUES.has(w);
  }
  if (k <= a || !listed || OTHER_SENSE.has(w)) return null;
  // The noun ("their support", "38 percent support among women") and the verb with a particle that
  // takes it out of saying ("showed up") are no cue here either (cueSense.ts).
  if (otherSense(tokens, k) || (stanceOrAttitude && nounReading(tokens, k, a))) return null;
  // The verb with its own preposition ("talked about it") was judged by the prepositional rule.
  if (PREP_CUES.get(w)?.has(tokens[k + 1]?.lower ?? '') || (TALK.has(w) && !/^(about|of|out)$/.test(tokens[k + 1]?.lower ?? ''))) return null;
  const prev = tokens[k - 1]!;
  // A participle may follow its comma ("…, telling reporters …"); a finite verb follows its subject.
  if (!(prev.word || (ing && prev.text === ',')) || NOT_SUBJECT_END.test(prev.lower) || (k - 1 === a && prev.lower === 'that')) return null;
  let v = k - 1;
  while (v > a && isAdverb(tokens[v]!)) v--;
  if (PASSIVE.has(tokens[v]!.lower)) return null;
  // A verb of saying reaches its clause past adjuncts ("said in a statement Monday that …"); with
  // adjuncts only ("said in an interview") it reports nothing here.
  let from = k + 1;
  if (CLAUSE_CUES.has(w)) {
    const c = from < end ? clauseStart(tokens, from, end, inQuote) : null;
    if (!c) return null;
    from = c.from;
    // "…,” he said as he left", "said .)": an adjunct or nothing, no clause.
    const t = tokens[from]!;
    if (!c.that && (NOT_CLAUSE.test(t.lower) || (!t.word && !/^[,:“"‘']$/.test(t.text)))) return null;
  }
  // "As you know, …": a verb of stance with no object of its own is an aside.
  else if (!tokens[from]?.word && !isQuoteMark(tokens[from]?.text ?? '')) return null;
  if (tokens[from]?.lower === 'that') from++;
  // A sentence or clause opened by a description of a thing ("The later chapters opposed …", "The
  // bridge wants paint and the river sees little traffic") has a subject that holds no view; a bare plural ("friends say"), a phrase inside
  // the sentence (perhaps the tail of a longer subject) or an unreadable one may.
  // A participle after its comma belongs to the sentence's subject.
  const subj = ing && prev.text === ',' ? sentenceSubject(r, a, k, inQuote) : reportSubject(r, k, a, inQuote, true);
  if (subj && (subj[0] === a || CLAUSE_OPEN.test(tokens[subj[0] - 1]!.lower)) && thing(r, subj)) return null;
  // Its speaker only when the phrase read is one who can hold a view ("…, the capital demanded" is
  // the tail of "the nurses in the capital").
  const q = subj && (agentive(r, subj) || evidence(r, subj)) ? makeQuote(r, from, end, subj, k, inQuote, false, false, true, MIN_WORDS) : null;
  return q ?? makeQuote(r, from, end, [k, k], k, inQuote, false, false, true, MIN_WORDS);
}

/** "the later chapters", "the bridge": a determiner and lower-case words naming no one and no evidence. */
function thing(r: Resolver, subj: [number, number]): boolean {
  const { tokens } = r;
  if (!DETERMINER.test(tokens[subj[0]]!.lower)) return false;
  for (let k = subj[0] + 1; k < subj[1]; k++) if (tokens[k]!.cap) return false;
  return !agentive(r, subj) && !evidence(r, subj);
}
const DETERMINER = /^(the|a|an|this|that|these|those)$/;
const CLAUSE_OPEN = /^(and|but|or|;)$/;
