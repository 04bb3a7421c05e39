// Finds name chunks: runs of capitalised words, split by the lexicon, titles and acronyms, each
// with a type guess. Merging chunks into entities is entities.ts's job.
import { codeType, isCommonWord, isFirstName, lookupName, lookupWord, mayCloseName, mayOpenName, type NameCode } from '../lexicon/gazetteer';
import { NOT_NAME, ORG_HEADS, PLACE_HEADS, TITLES } from '../lexicon/lexicon';
import { contextType } from './nameContext';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import { tokenAt } from '../text/tokens';
import type { EntityType } from '../types';

export interface NameChunk {
  start: number;
  end: number;
  text: string;
  type: EntityType | null;
  /** How the type was decided: lexicon/title/acronym beat heads, heads beat defaults. */
  sure: boolean;
  /** An acronym given in parentheses right after the name ("(CSTO)"). */
  acronym?: string;
  /** A title word stood right before the name (Mr, President). */
  titled: boolean;
  /** Excluded from output: a "misc" name (nationality, event) recognised by the lexicon. */
  misc: boolean;
  /** An unknown single word opening a sentence, with nothing around it that marks a name. */
  opening?: boolean;
  /** A word (or two) of a capitals headline: a mention only of a name the body gives (see buildEntities). */
  headline?: boolean;
}

const CONNECT = new Set(['of', 'and', '&', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'al', 'bin', 'el', 'for', 'del', 'da', 'di', 'dos', 'das', 'ter', 'ibn']);
/** CONNECT.has(w), asked of most words in and after a capitalised run: no connector is longer than three characters. */
const isConnect = (w: string): boolean => w.length <= 3 && CONNECT.has(w);
// Particles of surnames that may open a name when capitalised ("De Wilde", "Van der Westhuizen").
const PARTICLE = /^(de|du|la|le|von|van|der|den|al|el|del|da|di|dos|das|ter|bin|ibn|mac|st)$/;
/** PARTICLE.test(w), the expression only for words of two or three characters (no particle has another length). */
const isParticle = (w: string): boolean => w.length <= 3 && w.length >= 2 && PARTICLE.test(w);
// Words that make a title of the title word after them ("Prime Minister", "Foreign Secretary").
const TITLE_MODIFIER = new Set(['prime', 'foreign', 'finance', 'defence', 'defense', 'interior', 'economy', 'trade', 'health', 'agriculture', 'energy', 'education', 'home', 'justice', 'deputy', 'vice', 'assistant', 'acting', 'former', 'state', 'attorney', 'secretary', 'general', 'chief', 'executive', 'managing', 'national', 'head']);
const isParticleStart = (tokens: Token[], k: number): boolean =>
  tokens[k]!.cap && isParticle(tokens[k]!.lower) && !!tokens[k + 1] && (tokens[k + 1]!.cap || isParticle(tokens[k + 1]!.lower));
const MAX_GAZ = 6;
/** Words of an office after "Secretary of", "Minister of": part of the title, not of the name after it. */
const OFFICE_WORDS = new Set(['state', 'defense', 'defence', 'foreign', 'affairs', 'commerce', 'treasury', 'energy', 'health', 'labor', 'labour',
  'education', 'agriculture', 'interior', 'justice', 'finance', 'economy', 'economic', 'trade', 'transport', 'transportation', 'homeland',
  'security', 'veterans', 'housing', 'culture', 'industry', 'development', 'investment', 'internal', 'external', 'national', 'emergency',
  'situations', 'war', 'navy', 'army', 'air', 'force', 'information', 'communications', 'digital', 'science', 'technology', 'environment',
  'ecology', 'natural', 'resources', 'social', 'welfare', 'sport', 'sports', 'tourism', 'youth', 'women', 'family', 'planning', 'budget']);
const ABBREVIATED_TITLE = /^(?:gov|sen|rep|gen|col|lt|capt|sgt|adm|rev|prof|dr|mr|mrs|ms|supt|insp|cmdr)$/;
const CALENDAR = new Set(`monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december`.split(/\s+/));

function isCapWord(t: Token): boolean {
  // Not a possessive "'s" nor a contraction of a pronoun ("I'm", "We've").
  return t.word && t.cap && !(t.text.length === 2 && isApostrophe(t.text.charCodeAt(0))) && !hasPronounContraction(t.text);
}
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019; // ' and ’
/** Ends in 'm, 've, 'll, 'd or 're (either apostrophe, any case): tested by character codes, as it runs on every capitalised word. */
function hasPronounContraction(w: string): boolean {
  const n = w.length;
  const c1 = w.charCodeAt(n - 1) | 32;
  if (n >= 2 && (c1 === 109 || c1 === 100) && isApostrophe(w.charCodeAt(n - 2))) return true; // 'm 'd
  if (n < 3 || !isApostrophe(w.charCodeAt(n - 3))) return false;
  const c2 = w.charCodeAt(n - 2) | 32;
  return (c2 === 118 && c1 === 101) || (c2 === 108 && c1 === 108) || (c2 === 114 && c1 === 101); // 've 'll 're
}
const MODIFIER_COMPOUND = /^\p{Lu}[\p{L}.]*-(?:based|born|owned|controlled|led|backed|listed|run|registered|bound|made|funded|sponsored|linked|affiliated)$/u;
/** "Ontario-based": the regular expression runs only on words long enough with a hyphen. */
const isModifierCompound = (w: string): boolean => w.length > 4 && w.includes('-') && MODIFIER_COMPOUND.test(w);

/** True when most letters of the sentence are capitals: a headline or dateline in capitals. */
function isCapsLine(text: string, s: Sentence): boolean {
  // Counted by character codes (a regular expression per sentence cost 6% of the whole analysis);
  // only letters outside ASCII go to the Unicode classes.
  let up = 0;
  let low = 0;
  for (let i = s.start, end = Math.min(s.end, s.start + 200); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      // Stop once the capitals left to count could no longer outnumber twice the small letters.
      if (++low * 2 >= up + end - i - 1) return false;
    } else if (c >= 65 && c <= 90) up++;
    else if (c > 127) {
      const ch = text[i]!;
      if (UPPER.test(ch)) up++;
      else if (LOWER.test(ch)) low++;
    }
  }
  return up > 3 && up > 2 * low;
}
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function findNameChunks(text: string, tokens: Token[], sentences: Sentence[]): NameChunk[] {
  const out: NameChunk[] = [];
  let b = 0;
  for (const s of sentences) {
    const caps = isCapsLine(text, s);
    const a = tokenAtFrom(tokens, b, s.start);
    b = tokenAtFrom(tokens, a, s.end);
    let i = a;
    while (i < b) {
      // "Ontario-based", "Brazilian-born" describe the name after them and are no part of it.
      if (!isCapWord(tokens[i]!) || isModifierCompound(tokens[i]!.text)) { i++; continue; }
      // Extend the run over capitalised words and connectors followed by a capitalised word.
      let j = i + 1;
      while (j < b) {
        const t = tokens[j]!;
        if (isModifierCompound(t.text)) break;
        // A weekday or month ends a name ("Mauro Silva for Saturday", "CNBC Friday") unless the
        // lexicon knows the longer name ("Sheffield Wednesday").
        if (isCapWord(t) && !(CALENDAR.has(t.lower) && !lookupSpan(text, tokens, i, j + 1, caps))) { j++; continue; }
        if ((isConnect(t.lower) || (t.lower === 'the' && tokens[j - 1]!.lower === 'of')) && j + 1 < b && !CALENDAR.has(tokens[j + 1]!.lower) &&
          (isCapWord(tokens[j + 1]!) || ((tokens[j + 1]!.lower === 'the' || isParticle(tokens[j + 1]!.lower)) && j + 2 < b && isCapWord(tokens[j + 2]!)))) { j++; continue; }
        break;
      }
      // "Hong Kong-based group": the words before such a compound belong to it.
      if (j < b && isModifierCompound(tokens[j]!.text) && tokens[j - 1]!.end === tokens[j]!.start - 1) { i = j; continue; }
      segmentRun(text, tokens, i, j, a, caps, out);
      i = j;
    }
  }
  return out;
}

/** tokenAt(tokens, pos), walking on from `from` when no token from there on starts before pos (sentences come
 *  in order, so each walk is short where a binary search per sentence touched tokens all over the article). */
function tokenAtFrom(tokens: Token[], from: number, pos: number): number {
  if (from > 0 && tokens[from - 1]!.start >= pos) return tokenAt(tokens, pos);
  let k = from;
  while (k < tokens.length && tokens[k]!.start < pos) k++;
  return k;
}

function sliceText(text: string, tokens: Token[], i: number, j: number): string {
  return text.slice(tokens[i]!.start, tokens[j - 1]!.end);
}

/** lookupName(sliceText(text, tokens, i, j), caps) without building the text when it cannot be a name: a
 *  lone word is looked up as the token holds it, and words after a space only after a name opening with the first. */
/** Whether a name of several words may open at token k (see lookupSpan), tested once for all its lengths. */
function opensLongerName(tokens: Token[], k: number, caps: boolean): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return !next || next.start === t.end || mayOpenName(t.text, t.lower, caps);
}

function lookupSpan(text: string, tokens: Token[], i: number, j: number, caps: boolean): NameCode | undefined {
  const t = tokens[i]!;
  if (j - i === 1) return lookupWord(t.text, t.lower, caps);
  if (tokens[i + 1]!.start > t.end && !mayOpenName(t.text, t.lower, caps)) return undefined;
  return lookupClosing(text, tokens, i, j, caps);
}

/** lookupSpan of two words or more once the first may open a name: a last word after a space must close one. */
function lookupClosing(text: string, tokens: Token[], i: number, j: number, caps: boolean): NameCode | undefined {
  const last = tokens[j - 1]!;
  if (last.start > tokens[j - 2]!.end && !mayCloseName(last.text, last.lower, caps)) return undefined;
  return lookupName(sliceText(text, tokens, i, j), caps);
}

// Splits one capitalised run into names: longest lexicon matches first, titles cut out, common
// words opening a sentence dropped, connectors trimmed from the ends of pieces.
function segmentRun(text: string, tokens: Token[], i: number, j: number, sentStart: number, caps: boolean, out: NameChunk[]): void {
  // A common word opening the sentence ("However", "Noting") is not a name even if the lexicon
  // once saw it as one.
  // It is kept only when the document knows it as a name ("Bush" after "Jeb Bush"): see buildEntities.
  if (j - i === 1 && (i === sentStart || !(tokens[i - 1]?.word ?? false)) && isCommonWord(tokens[i]!.lower) && !caps) {
    const t = tokens[i]!;
    out.push(openingWord(t));
    return;
  }
  // A weekday or month standing alone ("released a statement Wednesday") names a day, not a
  // team or a company, whatever the lexicon knows of longer names holding it.
  if (j - i === 1 && CALENDAR.has(tokens[i]!.lower)) return;
  const whole = lookupSpan(text, tokens, i, j, caps);
  const wholeFrom = i; // the whole run is no name: not looked up again below
  if (whole) { pushChunk(text, tokens, i, j, whole === 'M' ? null : codeType(whole), true, whole === 'M', false, out); return; }
  // Words opening the run that are not names: "The", "In", a sentence-opening common word or
  // participle ("Noting the importance ...").
  while (i < j) {
    const t = tokens[i]!;
    const opening = i === sentStart || !(tokens[i - 1]?.word ?? false);
    if (isParticleStart(tokens, i)) break;
    if (NOT_NAME.has(t.lower) || isConnect(t.lower) || (opening && (isCommonWord(t.lower) || isParticipleOrAdverb(t.text)) && !lookupWord(t.text, t.lower, caps))) i++;
    else break;
  }
  if (i >= j) return;
  // (The run from wholeFrom was looked up above.)
  if (i > 0 && !caps && i !== wholeFrom) {
    const rest = lookupSpan(text, tokens, i, j, caps);
    if (rest) { pushChunk(text, tokens, i, j, rest === 'M' ? null : codeType(rest), true, rest === 'M', false, out); return; }
  }
  let titled = i > 0 && TITLES.has(withoutFinalDot(tokens[i - 1]!.lower));
  let k = i;
  // The first of the unknown words not yet pushed (pushUnknown where a title or name ends them), or -1.
  let pending = -1;
  // A run ending in an organisation word ("Kazinform News Agency") is one organisation name.
  const orgRun = !caps && j - i >= 2 && ORG_HEADS.has(tokens[j - 1]!.lower) && !TITLES.has(tokens[i]!.lower) && !personOfOrg(tokens, i, j);
  if (orgRun) { pushUnknown(text, tokens, i, j, sentStart, caps, false, out); return; }
  while (k < j) {
    const t = tokens[k]!;
    // Titles first: "President", "Head of State" are not names, but the name after them is a person.
    // A title word closing a run is a name ("Billie Jean King").
    const titleWord = (TITLES.has(t.lower) && (!(k === j - 1 && k > i) || (tokens[k + 1]?.text === '.' && ABBREVIATED_TITLE.test(t.lower)))) ||
      (k + 1 < j && pending < 0 && TITLE_MODIFIER.has(t.lower) && (TITLES.has(tokens[k + 1]!.lower) || TITLE_MODIFIER.has(tokens[k + 1]!.lower)));
    // A title word standing alone ("King said") may be a surname the text gave in full before:
    // kept only if the document knows the name (see buildEntities).
    if (titleWord && j - i === 1 && !caps && t.cap && t.text.length > 2 && TITLES.has(t.lower) && !/^(mr|mrs|ms|dr|sir|president|minister|gov|sen|rep|gen)$/.test(t.lower)) {
      out.push(openingWord(t));
      return;
    }
    if (titleWord || (t.lower === 'head' && tokens[k + 1]?.lower === 'of')) {
      if (pending >= 0) pushUnknown(text, tokens, pending, k, sentStart, caps, titled, out);
      pending = -1;
      titled = true;
      k++;
      if (t.lower === 'head') k += 2;
      // "Secretary of State Hillary Clinton", "Minister of Foreign Affairs Sergey Lavrov": the office
      // after "of" belongs to the title, and the name follows it.
      else if (tokens[k]?.lower === 'of' && k + 1 < j) {
        let e = k + 1;
        if (tokens[e]?.lower === 'the') e++;
        let d = e;
        while (d < j && (OFFICE_WORDS.has(tokens[d]!.lower) || (tokens[d]!.lower === 'and' && OFFICE_WORDS.has(tokens[d + 1]?.lower ?? '')))) d++;
        if (d > e && d < j) k = d;
      }
      continue;
    }
    let m = 0;
    let code: ReturnType<typeof lookupName>;
    // (Once a longer name may open at k, lookupSpan's test of its first word would pass: not made again.)
    for (let n = j - k > 1 && opensLongerName(tokens, k, caps) ? Math.min(MAX_GAZ, j - k) : 1; n >= 1; n--) {
      if (k === wholeFrom && k + n === j) continue;
      code = n === 1 ? lookupWord(t.text, t.lower, caps) : lookupClosing(text, tokens, k, k + n, caps);
      if (code) { m = n; break; }
    }
    // A lexicon name inside an unknown run only splits it when it is a multi-word name or the run
    // would otherwise start with it; "Phil" alone must not cut "Phil Simmons", nor a given name that
    // the lexicon knows as a place ("Chad Ogea", "Christian Blanc") an unknown surname after it.
    if (m === 1 && isParticleStart(tokens, k)) m = 0; // "Van Moer" is not the town of Van
    // In a capitals headline a lone common word ("GOLF", "THE") is not a name even if a name folds to it.
    if (m === 1 && caps && isCommonWord(t.lower)) m = 0;
    if (m > 0 && code && (pending < 0 || m > 1 || caps) && !(m === 1 && k + 1 < j && isCapWord(tokens[k + 1]!) && (code === 'P' || (isFirstName(t.text) && !lookupWord(tokens[k + 1]!.text, tokens[k + 1]!.lower, caps))))) {
      if (pending >= 0) pushUnknown(text, tokens, pending, k, sentStart, caps, titled, out);
      pending = -1;
      pushChunk(text, tokens, k, k + m, code === 'M' ? null : codeType(code), true, code === 'M', titled, out);
      titled = false;
      k += m;
      continue;
    }
    // "Zenon Poznyak and Sergei Naumchik", "Tono Eitel of Germany": two names, not one.
    if (pending >= 0 && (t.lower === 'and' || (t.lower === 'of' && personOfPlace(tokens, pending, k, j)))) {
      pushUnknown(text, tokens, pending, k, sentStart, caps, titled, out);
      pending = -1;
      k++;
      continue;
    }
    if (pending < 0) {
      if ((isConnect(t.lower) && !isParticleStart(tokens, k)) || t.lower === 'the') { k++; continue; }
      pending = k;
    }
    k++;
  }
  if (pending >= 0) pushUnknown(text, tokens, pending, j, sentStart, caps, titled, out);
}

const PARTICIPLE_OR_ADVERB = /^\p{Lu}\p{Ll}+(?:ing|ly)$/u;
/** "Noting", "Clearly": the regular expression runs only on words with the ending. */
const isParticipleOrAdverb = (w: string): boolean => (w.endsWith('ing') || w.endsWith('ly')) && PARTICIPLE_OR_ADVERB.test(w);
const withoutFinalDot = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

function pushUnknown(text: string, tokens: Token[], i: number, j: number, sentStart: number, caps: boolean, titled: boolean, out: NameChunk[]): void {
  // Trim connectors from the end and sentence-opening common words from the start.
  while (j > i && (isConnect(tokens[j - 1]!.lower) || tokens[j - 1]!.lower === 'the')) j--;
  while (i < j) {
    const t = tokens[i]!;
    const opening = i === sentStart || !(tokens[i - 1]?.word ?? false);
    if (!isParticleStart(tokens, i) && (NOT_NAME.has(t.lower) || (opening && isCommonWord(t.lower)))) i++;
    else break;
  }
  if (i >= j || (j - i === 1 && tokens[i]!.text.length === 1)) return; // a lone letter ("30 C")
  const hint = contextType(text, tokens, i, j);
  // Unknown words in a capitals line are not evidence of a name, save a dateline's place; each word
  // and pair is offered as a headline mention of a name the body gives ("SHEARER" for Alan Shearer).
  if (caps && hint !== 'place') {
    for (let k = i; k < j; k++) {
      for (const n of k + 1 < j ? [2, 1] : [1]) {
        const t0 = tokens[k]!;
        const t1 = tokens[k + n - 1]!;
        const c = nameChunk(t0.start, t1.end, text.slice(t0.start, t1.end), null, false, false, false);
        c.headline = true;
        out.push(c);
      }
    }
    return;
  }
  const first = tokens[i]!;
  const last = tokens[j - 1]!;
  let type: EntityType | null = null;
  let sure = false;
  if (titled) { type = 'person'; sure = true; }
  else if (ORG_HEADS.has(last.lower)) { type = 'organization'; sure = true; }
  else if (j - i >= 2 && hasOrgWord(tokens, i, j)) { type = 'organization'; sure = true; }
  else if (PLACE_HEADS.has(last.lower)) { type = 'place'; sure = true; }
  else if (j - i >= 2 && isFirstName(first.text)) { type = 'person'; sure = true; }
  else if (hint) type = hint;
  // A given name alone ("I told Monica we need her") is a person.
  else if (j - i === 1 && isFirstName(first.text)) type = 'person';
  else if (j - i === 1 && /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(first.text)) type = 'organization';
  // Two plain words are a person's name unless the first is a common word ("Blue Jays") or one of
  // them names a place ("Air France", "Rotor Volgograd", "Bangladesh Lamps"): people are not named so.
  else if (j - i >= 2 && !hasConnector(tokens, i, j)) type = isCommonWord(first.lower) || hasPlaceWord(tokens, i, j) ? 'organization' : 'person';
  else if (j - i >= 2) type = 'organization';
  else type = null; // decided at document level (surname of a person, or default)
  pushChunk(text, tokens, i, j, type, sure, false, titled, out);
  if (type === null && !hint && (i === sentStart || !(tokens[i - 1]?.word ?? false)) && tokens[i]!.start === out[out.length - 1]?.start) out[out.length - 1]!.opening = true;
}

/** Every chunk is made here with all its fields, in one order, so that all share one hidden class: with a
 *  shape for each optional field set, buildEntities's reads of them were polymorphic. */
function nameChunk(start: number, end: number, text: string, type: EntityType | null, sure: boolean, titled: boolean, misc: boolean): NameChunk {
  return { start, end, text, type, sure, acronym: undefined, titled, misc, opening: undefined, headline: undefined };
}

function openingWord(t: Token): NameChunk {
  const c = nameChunk(t.start, t.end, t.text, null, false, false, false);
  c.opening = true;
  return c;
}

function pushChunk(text: string, tokens: Token[], i: number, j: number, type: EntityType | null, sure: boolean,
  misc: boolean, titled: boolean, out: NameChunk[]): void {
  const start = tokens[i]!.start;
  const end = tokens[j - 1]!.end;
  const chunk = nameChunk(start, end, text.slice(start, end), type, sure, titled, misc);
  // "Collective Security Treaty Organization (CSTO)": the acronym names the words whose initials it spells.
  const p = tokens[j];
  const acr = tokens[j + 1];
  if (p?.text === '(' && acr && tokens[j + 2]?.text === ')' && /^\p{Lu}{2,8}$/u.test(acr.text)) {
    const letters = acr.text.length;
    const caps: number[] = [];
    for (let k = i; k < j; k++) if (tokens[k]!.cap) caps.push(k);
    if (caps.length >= letters) {
      const from = caps[caps.length - letters]!;
      const initials = caps.slice(-letters).map((k) => tokens[k]!.text[0]).join('');
      if (initials === acr.text) {
        if (from > i) pushUnknown(text, tokens, i, from, -1, false, false, out);
        const s = tokens[from]!.start;
        const named = nameChunk(s, end, text.slice(s, end), type === 'place' ? 'place' : 'organization', true, false, false);
        named.acronym = acr.text;
        out.push(named);
        return;
      }
    }
    if (!misc) chunk.acronym = acr.text;
  }
  out.push(chunk);
}

function hasOrgWord(tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (ORG_HEADS.has(tokens[k]!.lower)) return true;
  return false;
}

// "Air France", "Rotor Volgograd": a place closing two unknown words makes them a firm or a club,
// not a person; "Trevor Holland" keeps a given name before the place word.
function hasPlaceWord(tokens: Token[], i: number, j: number): boolean {
  return j - i === 2 && lookupName(tokens[j - 1]!.text, false) === 'L' && !isFirstName(tokens[i]!.text);
}

function hasConnector(tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (isConnect(tokens[k]!.lower)) return true;
  return false;
}

// "John Casesa of Schroder Wertheim & Co": a given name and a surname, then "of" and the firm.
function personOfOrg(tokens: Token[], i: number, j: number): boolean {
  for (let k = i + 2; k < Math.min(j, i + 4); k++) {
    if (tokens[k]!.lower === 'of') return isFirstName(tokens[i]!.text) && !hasOrgWord(tokens, i, k) && !hasConnector(tokens, i, k);
  }
  return false;
}

// "Tono Eitel of Germany": a person's name (a known first name, or two plain words) before "of" and a
// known place after it, unlike "Bank of England" or "University of Texas".
function personOfPlace(tokens: Token[], pending: number, of: number, j: number): boolean {
  if (isFirstName(tokens[pending]!.text)) return true;
  const next = tokens[of + 1];
  return !!next && of - pending >= 2 && !hasOrgWord(tokens, pending, of) && !hasConnector(tokens, pending, of) &&
    lookupName(next.text, false) === 'L' && (of + 2 >= j || !isCapWord(tokens[of + 2]!));
}
