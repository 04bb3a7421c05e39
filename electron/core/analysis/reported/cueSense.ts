// Cue words read in a sense that reports nothing. Many verbs of stance are also nouns ("Trump's
// support fell", "the attacks in Paris", "38 percent support among women"), and a few verbs of saying
// change their sense with a particle ("adding to his lead", "showed up", "called off the deal",
// "appeared on Fox News"); "show" after a noun of broadcasting is the programme ("a talk show") and
// "pledged" before "delegates" their adjective; adding a thing to another ("adds a voice to the
// record", "add up to") adds no words; a participle after a determiner ("an added benefit", "the
// estimated 11 million") is an adjective. The verb rules must not read a subject and a statement around such a
// word; a noun of saying with its owner is still read by nounCues ("Clinton's support for the bill").
import type { Token } from '../text/tokens';

// Words after which the next word is a noun, never a finite verb.
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each']);
// "he's said", "who's backing": the "'s" of "has" or "is" after a pronoun, not a possessive.
const CONTRACTS = new Set(['he', 'she', 'it', 'who', 'that', 'there', 'what', 'where', 'here', 'let']);
// After a count ("38 percent support among women") the word is a noun when a preposition or a
// mark follows it; "43 percent support Strickland" keeps the verb.
const COUNT = new Set(['percent', '%']);
const AFTER_COUNTED_NOUN = /^(?:among|from|in|with|of|for|at|[,.;:)])$/;

/** Whether the cue word at k stands as a noun ("their support", "Clinton's attacks", "38 percent support among"). */
export function nounReading(tokens: Token[], k: number, a: number): boolean {
  if (k <= a) return false;
  const prev = tokens[k - 1]!;
  if (NOUN_BEFORE.has(prev.lower)) return true;
  if (COUNT.has(prev.lower)) return AFTER_COUNTED_NOUN.test(tokens[k + 1]?.lower ?? '.');
  return /^['’]s$/i.test(prev.text) && k - 1 > a && !CONTRACTS.has(tokens[k - 2]!.lower);
}

// Verbs with the particles that take them out of saying: "adding to his lead" (increasing),
// "showed up" (came), "called off the deal" (cancelled),
// "appeared on Fox News" (was there; seeming is read by epistemic.ts).
const PARTICLE_SENSE = new Map<string, Set<string>>();
for (const [forms, particles] of [
  ['add adds added adding', 'to up'],
  ['show shows showed shown showing', 'up'],
  ['call calls called calling', 'off'],
  ['appear appears appeared appearing', 'on at before with in alongside onstage via together live during'],
] as const) {
  const set = new Set(particles.split(' '));
  for (const f of forms.split(' ')) PARTICLE_SENSE.set(f, set);
}

// "a talk show", "Hannity's show", "the morning shows": after a noun of broadcasting or a possessive,
// "show" is the programme. "pledged delegates": before "delegate(s)", "pledged" is their adjective.
const PROGRAMME = new Set(['show', 'shows']);
const BROADCAST = new Set(['talk', 'tv', 'television', 'radio', 'news', 'morning', 'evening', 'night', 'late-night', 'award', 'awards', 'game', 'cable', 'reality', 'variety', 'cooking', 'daily', 'chat', 'panel', 'comedy']);
// What the verb shows ("the footage shows that …", "the ABC News poll shows the senator ahead"), not the programme.
const SHOWS_WHAT = new Set(['that', 'the', 'a', 'an', 'how', 'what', 'why', 'whether', 'his', 'her', 'their', 'its', 'no', 'little', 'signs']);
const BEFORE_NOUN = new Map([['pledged', new Set(['delegate', 'delegates'])]]);

// "add another title to his resume", "adds a voice to the record", "as an added benefit": adding a
// thing to another, or the participle as an adjective, is no adding of words.
const ADD = new Set(['add', 'adds', 'added', 'adding']);
const ADDED_TO = /^(?:an?|the|given|with)$/;

function addsTo(tokens: Token[], k: number): boolean {
  if (k > 0 && ADDED_TO.test(tokens[k - 1]!.lower)) return true;
  // "added that …", "added, referring to …", "adding he intended to …": a clause, not a thing added.
  for (let j = k + 1; j < tokens.length && j <= k + 7; j++) {
    const t = tokens[j]!;
    if (t.lower === 'to') return j > k + 1;
    if (!t.word || t.lower === 'that' || FINITE.has(t.lower) || SUBJECT.has(t.lower)) return false;
  }
  return false;
}
// The words with a sense of their own above, each with a bit per list that holds it: one look-up
// of the cue word in place of one per list ("said", the commonest cue, was looked up in all four).
const PROGRAMME_WORD = 1;
const BEFORE_NOUN_WORD = 2;
const ADD_WORD = 4;
const PARTICLE_WORD = 8;
const SENSE = new Map<string, number>();
const markSense = (words: Iterable<string>, bit: number): void => {
  for (const w of words) SENSE.set(w, (SENSE.get(w) ?? 0) | bit);
};
markSense(PROGRAMME, PROGRAMME_WORD);
markSense(BEFORE_NOUN.keys(), BEFORE_NOUN_WORD);
markSense(ADD, ADD_WORD);
markSense(PARTICLE_SENSE.keys(), PARTICLE_WORD);
// The ASCII first letters of SENSE's words, built from them, so a word added to a list is never sieved
// away; a word starting outside ASCII is looked up.
const SENSE_FIRST = new Uint8Array(128);
for (const w of SENSE.keys()) {
  const c = w.charCodeAt(0);
  if (c < 128) SENSE_FIRST[c] = 1;
}

const SUBJECT = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'there']);
const FINITE = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did']);

/** Whether the verb at k has a particle that makes it no verb of saying or stance ("adding to", "showed up"). */
export function otherSense(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  // The words with a sense of their own ("show", "pledged", "add", "call", "appear" and their forms)
  // start with few letters: their first character code spares the rest of the words the look-up.
  const c0 = w.charCodeAt(0);
  const sense = c0 >= 128 || SENSE_FIRST[c0] === 1 ? SENSE.get(w) ?? 0 : 0;
  if (sense & PROGRAMME_WORD && k > 0 && (BROADCAST.has(tokens[k - 1]!.lower) || /^['’]s$/.test(tokens[k - 1]!.text)) && !SHOWS_WHAT.has(tokens[k + 1]?.lower ?? '')) return true;
  if (sense & BEFORE_NOUN_WORD && BEFORE_NOUN.get(w)!.has(tokens[k + 1]?.lower ?? '')) return true;
  if (sense & ADD_WORD && addsTo(tokens, k)) return true;
  // "the estimated 11 million", "an expected rise", "the acknowledged leader": a participle after a
  // determiner is an adjective of the noun after it.
  if (k > 0 && (w.endsWith('ed') || w.endsWith('en')) && NOUN_BEFORE.has(tokens[k - 1]!.lower)) return true;
  // "…, considering each country's interests": after its comma "considering" means "given", a
  // preposition; "she is considering a run" keeps the verb.
  if (w === 'considering' && tokens[k - 1]?.text === ',') return true;
  return (sense & PARTICLE_WORD) !== 0 && PARTICLE_SENSE.get(w)!.has(tokens[k + 1]?.lower ?? '');
}
