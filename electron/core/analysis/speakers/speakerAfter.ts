// Speakers named after the closing mark of a quotation: "“…,” he said", "“…,” said Smith",
// "“…,” Smith, a spokesman, said", a dash and a signature, "according to X", and an attribution
// closing the sentence past a later quotation.
import { resolveSpeaker, type Resolver } from './coref';
import { accordingTo, cueSpan, isCue } from '../lexicon/cueWords';
import { AUX } from '../lexicon/lexicon';
import type { Attribution } from './speakers';
import { subjectLeft, subjectRight } from './subjects';
import { lastEndBefore, sentenceEnd } from '../text/tokenSentences';
import { isQuoteMark, type Token } from '../text/tokens';
import { reportingVerbs } from '../lexicon/reportingVerbs';

const AFTER_WINDOW = 30;

// Cue after the closing mark: “…,” he said / “…,” said Smith / “…,” Smith, a spokesman, said.
// Everything between the mark and the cue, up to its first comma, names the speaker.
export function after(r: Resolver, from: number, to: number, endsSentence: boolean, endsWithStop: boolean, sentenceGoesOn: boolean): Attribution | null {
  const { tokens } = r;
  let k = from;
  if (tokens[k]?.text === ',') k++;
  // “…” ― Jacklyn Ashley: a dash and a name sign the quotation.
  if (k + 1 < to && isDash(tokens[k]?.text ?? '') && tokens[k + 1]?.cap) {
    let e = k + 1;
    while (e < to && (tokens[e]!.cap || tokens[e]!.text === '.') && e - k < 6) e++;
    if (e < to && tokens[e]!.word) return null; // the dash opens a clause, not a signature
    return { speaker: resolveSpeaker(r, k + 1, e), cue: null };
  }
  const start = k;
  // A comma, question or exclamation mark inside the closing mark hands the sentence on to its
  // attribution (“…,” he surmised), where a full stop ends it.
  // After a question or exclamation mark a capitalised word may open the next sentence (“Will the plant
  // close?” Police arrived at the gate): there only a pronoun in lower case takes any verb as its cue.
  const closing = tokens[from - 2]?.text ?? '';
  const handsOn = closing === ',' || ((closing === '?' || closing === '!') && /^(he|she|they|we|i)$/.test(tokens[k]?.text ?? ''));
  // After a quote that ends its own sentence, a capitalised pronoun opens a new sentence.
  if (endsSentence && tokens[start]?.cap && /^(he|she|they|it|we|i|but|and|the|this)$/.test(tokens[start]!.lower)) return null;
  // A quotation closed by a full stop ends its sentence: a capitalised word after it opens the
  // next one (“… the nomination.” O’Malley’s move was first reported by …), unless the cue is
  // right there (“… again.” Trump said.).
  if (endsWithStop && tokens[start]?.cap && !isCue(tokens[start + 1] ?? tokens[start]!) && !isCue(tokens[start + 2] ?? tokens[start]!) && !isCue(tokens[start]!) && !cueAfterAside(tokens, start)) return null;
  let comma = -1;
  for (; k < to && k < start + AFTER_WINDOW; k++) {
    const t = tokens[k]!;
    // A party tag or aside in brackets ("Sen. Chuck Schumer (D-N.Y.) said"): its full stops end nothing.
    if (t.text === '(') {
      let c = k + 1;
      while (c < to && c - k < 12 && tokens[c]!.text !== ')') c++;
      if (tokens[c]?.text === ')') { k = c; continue; }
    }
    if (isQuoteMark(t.text) || sentenceEnd(t, tokens[k - 1], tokens[k + 1]) || t.text === ';') return null;
    if (t.text === ',' && comma < 0) comma = k;
    const acc = accordingTo(tokens, k);
    if (acc > 0) return k === start ? fromRight(r, k, acc, to) : null;
    if (!isCue(t, tokens[k + 1]) && !(handsOn && looseCue(tokens, k, start))) continue;
    if (k > start) {
      // The sentence goes on after the quote ("… ” for criminal behavior, she said): read the
      // subject left from the cue instead.
      const first = tokens[start]!;
      if (first.word && !first.cap && !/^(he|she|it|they|we|i|the|a|an|one|another|some|many|several|two|three|his|her|their|its|our)$/.test(first.lower)) {
        // “…,” election law expert Rick Hasen tweeted: after a comma inside the mark, a description
        // in lower case that runs up to the cue is its subject.
        if (handsOn) {
          const left = subjectLeft(tokens, k, start);
          const who = left && left[0] === start ? resolveSpeaker(r, left[0], left[1]) : null;
          if (who) return { speaker: who, cue: cueSpan(r, k) };
        }
        if (!sentenceGoesOn) return null;
        // Only a verb of saying proper here: "comment", "report" may be nouns of the same sentence.
        if (!/^(said|says|say|told|tells|added|adds|wrote|writes|asked|asks)$/.test(t.lower)) return null;
        // "… ” if she lost, said David Wasserman, an analyst": the speaker follows the cue.
        if (tokens[k - 1]?.text === ',') {
          const right = subjectRight(tokens, k, to);
          const who = right ? resolveSpeaker(r, right[0], right[1]) : null;
          if (who) return { speaker: who, cue: cueSpan(r, k) };
        }
        const left = subjectLeft(tokens, k, start);
        const who = left ? resolveSpeaker(r, left[0], left[1]) : null;
        return who ? { speaker: who, cue: cueSpan(r, k) } : null;
      }
      let end = comma >= 0 ? comma : k;
      while (end > start && AUX.has(tokens[end - 1]!.lower)) end--;
      // Words that name nobody ("…” they need to win, Sroka said") leave the quotation to the
      // attribution that closes the sentence.
      const who = end > start ? resolveSpeaker(r, start, end) : null;
      return who ? { speaker: who, cue: cueSpan(r, k) } : null;
    }
    // “…,” saying the city …: a participle's right-hand words are its clause, not its subject.
    const right = /ing$/.test(t.lower) ? null : subjectRight(tokens, k, to);
    if (right) return { speaker: resolveSpeaker(r, right[0], right[1]), cue: cueSpan(r, k) };
    return null;
  }
  return null;
}

/** A dash of one character: — ― – - (compared, not matched by a pattern: after() is asked three times per quotation). */
const isDash = (text: string): boolean => text === '—' || text === '―' || text === '–' || text === '-';

const CLOSING_CUES = reportingVerbs('closing');

/**
 * "… will carry “a great deal of weight” and bring the “firepower” they need, DFA spokesman Neil
 * Sroka said.": an attribution closing the sentence after its comma speaks every quotation of it,
 * even past a later quotation.
 */
export function closingAttribution(r: Resolver, from: number, paraEnd: number): Attribution | null {
  const { tokens } = r;
  let e = from;
  // Read no further than the 80 tokens it accepts (read to the paragraph's end, a paragraph of many
  // quotations and no full stop was read once per quotation: quadratic); with no sentence end within
  // them at all (known from the ends found once), there is nothing to read.
  if (lastEndBefore(tokens, Math.min(from + 81, paraEnd)) < from) return null;
  while (e < paraEnd && e - from <= 80 && !sentenceEnd(tokens[e]!, tokens[e - 1], tokens[e + 1])) e++;
  if (e >= paraEnd || e - from > 80) return null;
  let c = e - 1;
  while (c > from && e - c <= 14 && tokens[c]!.text !== ',' && !isQuoteMark(tokens[c]!.text)) c--;
  if (tokens[c]?.text !== ',' || isQuoteMark(tokens[c - 1]?.text ?? '')) return null;
  // "…, Neil Sroka said (on Friday)." or "…, said Neil Sroka."
  for (let k = c + 1; k < e; k++) {
    if (!CLOSING_CUES.has(tokens[k]!.lower)) continue;
    if (k === c + 1) {
      const right = subjectRight(tokens, k, e);
      return right ? { speaker: resolveSpeaker(r, right[0], right[1]), cue: cueSpan(r, k) } : null;
    }
    if (e - k > 4) return null;
    const left = subjectLeft(tokens, k, c + 1);
    const who = left ? resolveSpeaker(r, left[0], left[1]) : null;
    return who ? { speaker: who, cue: cueSpan(r, k) } : null;
  }
  return null;
}

export function fromRight(r: Resolver, cueTok: number, from: number, to: number): Attribution | null {
  const right = subjectRight(r.tokens, from - 1, to);
  if (!right) return null;
  const c = r.tokens[cueTok]!;
  const c2 = r.tokens[cueTok + 1]!;
  return { speaker: resolveSpeaker(r, right[0], right[1]), cue: { text: r.text.slice(c.start, c2.end), start: c.start, end: c2.end } };
}

/** “… false.” Hale, her rival, said.: a name, an aside between commas, then the cue. */
function cueAfterAside(tokens: Token[], start: number): boolean {
  if (tokens[start + 1]?.text !== ',') return false;
  for (let c = start + 2; c < start + 9 && c < tokens.length; c++) {
    const t = tokens[c]!;
    if (t.text === ',') return isCue(tokens[c + 1] ?? t, tokens[c + 2]);
    if (!t.word || isQuoteMark(t.text)) return false;
  }
  return false;
}

const PARTICLE = new Set(['out', 'back', 'up', 'on', 'in', 'at', 'to', 'as', 'before', 'after', 'when', 'while', 'with', 'during', 'from', 'later', 'then', 'again']);

/**
 * “…,” he surmised / “…,” Smith elaborated / “…,” she points out: right after a quotation that
 * hands on to its attribution, a pronoun or a name and then a verb in the past or the present
 * is the attribution, whatever the verb: English news uses many verbs of saying no list holds. Only a verb that closes the attribution (full stop, comma, particle,
 * adverb) counts, so a sentence that goes on ("…,” he wanted the job) is not read as one.
 */
function looseCue(tokens: Token[], k: number, start: number): boolean {
  const t = tokens[k]!;
  if (k === start || k - start > 4 || !t.word || t.cap) return false;
  const next = tokens[k + 1];
  const past = /^[a-z]{3,}ed$/.test(t.lower);
  if (!past && !/^[a-z]{3,}s$/.test(t.lower)) return false;
  // A present tense takes fewer particles: "fixates on the line" goes on, "sings to Clinton" does not.
  const particle = next !== undefined && (past ? PARTICLE.has(next.lower) : /^(out|back|to)$/.test(next.lower));
  if (next && !particle && !/^[.,!?;]$/.test(next.text) && !(next.word && !next.cap && /ly$/.test(next.lower))) return false;
  if (k - start === 1 && /^(he|she|they|we|i)$/.test(tokens[start]!.lower)) return true;
  // "an angry Hollande retaliated": a short noun phrase led by a determiner and ending on a name
  // ("the crowd applauded" may be the sentence going on).
  if (/^(the|a|an|his|her|their)$/.test(tokens[start]!.lower) && tokens[k - 1]!.cap) {
    for (let j = start + 1; j < k; j++) if (!tokens[j]!.word) return false;
    return true;
  }
  for (let j = start; j < k; j++) {
    const w = tokens[j]!;
    if (!(w.word && w.cap) && w.text !== '.' && w.text !== '-') return false;
  }
  return true;
}
