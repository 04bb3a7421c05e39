// Who makes a proposal. Tried in order, each named so the window can say how the actor was found:
// the cue's subject ("the two leaders agreed to"), the owner of a noun cue ("Australia's plan"), the one
// who says the sentence (a quotation's or reported statement's speaker, then the voice of a speech or
// statement the article is), and last the actor of the proposal just before.
import { isCommonWord } from '../lexicon/gazetteer';
import { resolvePhrase, WRITER, type Resolver } from '../speakers/coref';
import { firstAtOrAfter, type Token } from '../text/tokens';
import type { Quote } from '../types';
import { BOTH_SIDES, CAPITAL_OF, STATE_DESCRIPTION } from '../lexicon/proposalCues';
import { actingSubject, subjectOf, type CueMatch, type SentenceView } from './proposalRules';
import { COUNTRY_NAMES } from '../lexicon/worldPlaces';
import { listNames } from '../voice/documentVoice';

export interface Actor {
  name: string;
  rule: 'subject' | 'both-sides' | 'owner' | 'speaker' | 'voice' | 'previous';
}

export interface ActorContext {
  r: Resolver;
  /** Every quote and reported statement, sorted by start. */
  quotes: Quote[];
  /** The person or people whose speech or statement the article is, if it is one. */
  voice: string | null;
  /** The last actor named, and where. */
  last: { actor: Actor; at: number } | null;
  /** The sides the title names ("Meeting Between President Biden and President Lula"). */
  sides: string[];
}

const PREVIOUS_REACH = 700;
/** How a phrase that BOTH_SIDES or STATE_DESCRIPTION matches ends (the last words of their alternatives). */
const SIDES_OR_STATE_END = /(?:leaders|sides|parties|presidents|ministers|state|countries|nations|delegations|governments|participants|country|kingdom|republic|nation)$/i;
const FIRST_PERSON = /^(i|we|us|our|my|me)$/;

export function actorOf(ctx: ActorContext, m: CueMatch, s: SentenceView): Actor | null {
  const a = findActor(ctx, m, s);
  if (!a) return null;
  // "Kiev announced that it will not renew": a capital acting stands for its state; "the U.S." for the
  // United States, so one actor has one name across the library.
  const state = CAPITAL_OF.get(a.name);
  if (state && isPlace(ctx, a.name)) return { ...a, name: state };
  const full = STATE_ACRONYMS.get(a.name);
  return full ? { ...a, name: full } : a;
}

const STATE_ACRONYMS = new Map([['U.S.', 'United States'], ['US', 'United States'], ['USA', 'United States'], ['U.S.A.', 'United States'],
  ['U.K.', 'United Kingdom'], ['UK', 'United Kingdom'], ['EU', 'European Union'], ['E.U.', 'European Union'], ['U.N.', 'United Nations'], ['UN', 'United Nations']]);

/** A name that only describes ("teams", "Officials", "Other issues", "a third"): no entity of the text, in common words. */
function isDescription(ctx: ActorContext, name: string): boolean {
  if (!/\p{Lu}/u.test(name)) return true;
  if (ctx.r.index.byName.has(name)) return false;
  return name.split(/\s+/).every((w) => !/^\p{Lu}/u.test(w) || isCommonWord(w.toLowerCase()));
}

function findActor(ctx: ActorContext, m: CueMatch, s: SentenceView): Actor | null {
  const pos = s.tokens[m.cueStart]!.start;
  if (m.actor === 'speaker') return speakerActor(ctx, pos, m.subject);
  const found = m.actor === 'subject' ? subjectActor(ctx, m.subject, pos) : ownerActor(ctx, m, s);
  if (!found) return speakerActor(ctx, pos, m.actor === 'subject' ? m.subject : null);
  // A description that names no one ("teams", "officials from our governments", "the talks") acts for
  // whoever speaks: the quotation's named speaker, the statement's voice, or the sides its title names.
  if (isDescription(ctx, found.name)) {
    const quoted = speakerAt(ctx.quotes, pos);
    // Only a speaker with a name: "the statement said", "he" (unresolved) are no better than the description.
    const said = quoted && !isDescription(ctx, quoted) && !/^(he|she|they|it|we|i)$/i.test(quoted) ? quoted : ctx.voice;
    if (said) return { name: said, rule: ctx.voice === said ? 'voice' : 'speaker' };
    if (ctx.sides.length >= 2) return bothSides(ctx, pos) ?? found;
  }
  return found;
}

/** The speaker of the quotation or reported statement holding `pos` (the innermost), if named. */
export function speakerAt(quotes: Quote[], pos: number): string | null {
  let best: Quote | null = null;
  const i = firstAtOrAfter(quotes, pos + 1);
  for (let k = i - 1; k >= 0 && k > i - 40; k--) {
    const q = quotes[k]!;
    if (q.start <= pos && pos < q.end && q.speaker && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best?.speaker && best.speaker.name !== WRITER ? best.speaker.name : null;
}

function speakerActor(ctx: ActorContext, pos: number, subject: [number, number] | null): Actor | null {
  const said = speakerAt(ctx.quotes, pos);
  if (said) return BOTH_SIDES.test(said) || /^they$/i.test(said) ? bothSides(ctx, pos) ?? { name: said, rule: 'speaker' } : { name: said, rule: 'speaker' };
  if (ctx.voice) return { name: ctx.voice, rule: 'voice' };
  // An acting subject outside anyone's speech: "the parties must resolve", read as the parties' own.
  if (subject && actingSubject(ctx.r.tokens, subject)) {
    const a = subjectActor(ctx, subject, pos);
    if (a) return a;
  }
  if (ctx.last && pos - ctx.last.at < PREVIOUS_REACH) return { name: ctx.last.actor.name, rule: 'previous' };
  // Nobody else: in the statement on a meeting whose title names its two sides, the sides.
  if (ctx.sides.length >= 2) return bothSides(ctx, pos);
  return null;
}

function subjectActor(ctx: ActorContext, subj: [number, number] | null, pos: number): Actor | null {
  if (!subj) return null;
  const { tokens } = ctx.r;
  const phrase = ctx.r.text.slice(tokens[subj[0]]!.start, tokens[subj[1] - 1]!.end);
  if (subj[1] - subj[0] === 1 && FIRST_PERSON.test(tokens[subj[0]]!.lower)) {
    const said = speakerAt(ctx.quotes, pos) ?? ctx.voice;
    return said ? { name: said, rule: subj[0] === subj[1] - 1 && ctx.voice === said ? 'voice' : 'speaker' } : null;
  }
  // Both descriptions end in a noun of a body or state: the subject's last word is tested first.
  if (SIDES_OR_STATE_END.test(tokens[subj[1] - 1]!.text)) {
    const flat = phrase.replace(/\s+/g, ' ');
    if (BOTH_SIDES.test(flat)) return bothSides(ctx, tokens[subj[0]]!.start);
    if (STATE_DESCRIPTION.test(flat)) return lastState(ctx, tokens[subj[0]]!.start);
  }
  const they = subj[1] - subj[0] === 1 && tokens[subj[0]]!.lower === 'they';
  if (they && ctx.last?.actor.rule === 'both-sides' && pos - ctx.last.at < PREVIOUS_REACH) return ctx.last.actor;
  // In the readout of a meeting its title names, "they" are its sides.
  if (they && ctx.sides.length >= 2) return bothSides(ctx, pos);
  const joint = jointSubject(ctx, subj, pos);
  if (joint) return joint;
  const ref = resolvePhrase(ctx.r, subj[0], subj[1]);
  if (!ref || (they && /^they$/i.test(ref.name))) return they ? bothSides(ctx, tokens[subj[0]]!.start) : null;
  const state = CAPITAL_OF.get(ref.name);
  if (state && isPlace(ctx, ref.name)) return { name: state, rule: 'subject' };
  if (ref.name === WRITER) {
    const said = speakerAt(ctx.quotes, pos) ?? ctx.voice;
    return said ? { name: said, rule: 'speaker' } : null;
  }
  // "they" with no one to point to, "the party": a description is kept as written.
  return { name: ref.name, rule: 'subject' };
}

/** "President Biden and President Lula agreed": each side of the "and" named, when both resolve. */
function jointSubject(ctx: ActorContext, subj: [number, number], pos: number): Actor | null {
  const { tokens } = ctx.r;
  const parts: [number, number][] = [];
  let from = subj[0];
  for (let k = subj[0]; k <= subj[1]; k++) {
    if (k === subj[1] || tokens[k]!.lower === 'and' || tokens[k]!.text === ',') {
      if (k > from) parts.push([from, k]);
      from = k + 1;
    }
  }
  if (parts.length < 2) return null;
  const names: string[] = [];
  for (const p of parts) {
    const a = subjectActor(ctx, p, pos);
    if (!a || !/^\p{Lu}/u.test(a.name)) return null;
    if (!names.includes(a.name)) names.push(a.name);
  }
  return names.length >= 2 ? { name: listNames(names), rule: 'subject' } : null;
}

function isPlace(ctx: ActorContext, name: string): boolean {
  const e = ctx.r.index.byName.get(name);
  return e === undefined || ctx.r.index.entities[e]?.type === 'place';
}

/** "the country": the state named last before `pos`. */
function lastState(ctx: ActorContext, pos: number): Actor | null {
  const { index } = ctx.r;
  const ms = index.mentions;
  for (let i = firstAtOrAfter(ms, pos) - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (pos - m.end > 3000) break;
    const e = index.entities[m.entity]!;
    if (e.type === 'place' && (COUNTRY_NAMES.has(e.name) || CAPITAL_OF.has(e.name))) return { name: CAPITAL_OF.get(e.name) ?? e.name, rule: 'subject' };
  }
  return null;
}

/** "the two leaders", "both sides": the two people (else the two states) named last before `pos`. */
function bothSides(ctx: ActorContext, pos: number): Actor | null {
  const { index } = ctx.r;
  if (ctx.sides.length >= 2) return { name: listNames(ctx.sides), rule: 'both-sides' };
  const people: string[] = [];
  const others: string[] = [];
  const ms = index.mentions;
  for (let i = firstAtOrAfter(ms, pos) - 1; i >= 0 && (people.length < 2 || others.length < 2); i--) {
    const m = ms[i]!;
    if (pos - m.end > 3000) break;
    const e = index.entities[m.entity]!;
    if (/ and |^\p{Ll}/u.test(e.name) || !/\s/.test(e.name) && e.type === 'person' && e.mentions.length < 2) continue;
    const list = e.type === 'person' ? people : others;
    if (list.length < 2 && !list.includes(e.name)) list.push(e.name);
  }
  const pair = people.length === 2 ? people : others.length === 2 ? others : null;
  return pair ? { name: listNames([pair[1]!, pair[0]!]), rule: 'both-sides' } : null;
}

// "his support for", "Australia's commitment to", "the two leaders reaffirmed their commitment to".
function ownerActor(ctx: ActorContext, m: CueMatch, s: SentenceView): Actor | null {
  const { tokens } = s;
  const pos = tokens[m.cueStart]!.start;
  for (let j = m.cueStart - 1; j >= s.a && j >= m.cueStart - 4; j--) {
    const t = tokens[j]!;
    if (/^['’]s$/.test(t.text)) {
      // The owner is the name before "'s" ("the President's goal", "the Kingdom's commitment"), not a
      // verb or object before it ("discussed the President's goal").
      let o = j;
      while (o > s.a && o > j - 6 && (tokens[o - 1]!.cap || /^(the|of)$/.test(tokens[o - 1]!.lower)) && tokens[o - 1]!.word) o--;
      return o < j ? subjectActor(ctx, [o, j], pos) : null;
    }
    if (/^(his|her)$/.test(t.lower)) return subjectActor(ctx, [j, j + 1], pos);
    if (t.lower === 'its') break; // "the United States announced its intent": the clause's subject, below
    if (/^(our|my)$/.test(t.lower)) return subjectActor(ctx, [j, j + 1], pos);
    if (t.lower === 'their') break; // the subject of the clause, below
    if (!t.word || /^(the|a|an|of|to|for|in|on|and|with)$/.test(t.lower)) break;
  }
  // The subject of the verb governing the noun: "The two leaders reaffirmed their commitment".
  const verb = governingVerb(tokens, m.cueStart, s.a);
  if (verb < 0) return null;
  return subjectActor(ctx, subjectOf(s, verb), pos);
}

/** Determiners before a participle that make it an adjective: a set, read per word of the scan back. */
const OWNING_DETERMINERS = new Set('the a an their its his her our my your'.split(' '));

function governingVerb(tokens: Token[], k: number, a: number): number {
  for (let j = k - 1; j >= a && j >= k - 6; j--) {
    const t = tokens[j]!;
    // "the shared commitment": a participle after a determiner is an adjective, not the verb.
    if (OWNING_DETERMINERS.has(tokens[j - 1]?.lower ?? '')) continue;
    if (t.word && !t.cap && (/ed$/.test(t.lower) || /^(is|are|was|were|has|have|had|gave|made|took|sent|underscored|voiced)$/.test(t.lower))) return j;
  }
  return -1;
}
