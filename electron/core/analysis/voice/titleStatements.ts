// Statements a headline attributes: "Graham: Trump's Rhetoric Destroying GOP's Chance", "Poll Finds
// Clinton Would Beat Trump", "Hillary Clinton calls on U.S. to lead". The headline is read as a text
// of its own by the same rules of reported speech as the body (its offsets are into the title), and
// its speaker takes the canonical name the body gives ("Graham" is Lindsey Graham there).
import { buildEntities, type EntityIndex } from '../entities/entities';
import { findNameChunks } from '../names/nameChunks';
import { findQuotedPassages } from '../quotes/quotes';
import { findReportedSpeech } from '../reported/reportedSpeech';
import { splitParagraphs, splitSentences } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import { headlineNames } from './headlineNames';
import type { Quote } from '../types';

export function findTitleStatements(original: string, body: EntityIndex): Quote[] {
  const title = sentenceCased(original, body);
  const paras = splitParagraphs(title);
  const sentences = splitSentences(title, paras);
  // A headline of one sentence has the names the article's voice read from it already (shared: copied
  // only if names are added to them below); one of two sentences is read anew.
  const shared = sentences.length === 1 && sentences[0]!.start === 0 && sentences[0]!.end === title.length && sentences[0]!.para === 0 ? headlineNames(title) : null;
  const tokens = shared?.tokens ?? tokenize(title);
  const read = shared ? shared.index : buildEntities(findNameChunks(title, tokens, sentences));
  const known = bodyNames(body);
  const index = withBodyNames(read, !shared, tokens, body, known);
  const found = findReportedSpeech({ text: title, tokens, index }, sentences, findQuotedPassages(title, paras));
  // A headline statement without a speaker says nothing an analyst can use.
  return found.flatMap((q) => {
    if (!q.speaker) return [];
    const e = known(q.speaker.name);
    const name = e === undefined ? q.speaker.name : body.entities[e]!.name;
    const cut = <S extends { start: number; end: number }>(x: S): S => ({ ...x, text: original.slice(x.start, x.end) });
    return [{ ...cut(q), cue: q.cue && cut(q.cue), speaker: { name, mention: cut(q.speaker.mention) }, speakerRule: 'headline' }];
  });
}

/** An index that can be added to without changing `index`: withBodyNames adds entities, names and mentions. */
function copyOf(index: EntityIndex): EntityIndex {
  return { entities: [...index.entities], mentions: [...index.mentions], byName: new Map(index.byName) };
}

/** The body's entity a name stands for: as the body writes it, or a person's surname alone ("Pence" for Mike Pence).
 *  The map of surnames is built at the first name the body does not write as such: most headlines need none. */
function bodyNames(body: EntityIndex): (name: string) => number | undefined {
  let surnames: Map<string, number> | null = null;
  return (name) => {
    const e = body.byName.get(name);
    // A surname is one word: a name of several (withBodyNames tries runs of three words first) is none.
    if (e !== undefined || name.includes(' ')) return e;
    if (!surnames) {
      surnames = new Map<string, number>();
      for (let i = 0; i < body.entities.length; i++) {
        const b = body.entities[i]!;
        if (b.type === 'person' && b.name.includes(' ')) surnames.set(b.name.slice(b.name.lastIndexOf(' ') + 1), i);
      }
    }
    return surnames.get(name);
  };
}

/** The texts of tokens [k, k + n) joined by single spaces ("Mike Pence"), without an array per try. */
function joinedText(tokens: Token[], k: number, n: number): string {
  let text = tokens[k]!.text;
  for (let i = k + 1; i < k + n; i++) text += ' ' + tokens[i]!.text;
  return text;
}

/**
 * The headline's names, plus those it shares with the body that the headline alone leaves unsure
 * ("Pence blames media …": one capitalised word opening a line is no name by itself, but the body
 * names Mike Pence). The body's entity is copied in, so the speaker takes its canonical name.
 */
function withBodyNames(read: EntityIndex, own: boolean, tokens: Token[], body: EntityIndex, known: (name: string) => number | undefined): EntityIndex {
  const added: EntityIndex['mentions'] = [];
  // `read` is changed only if `own`; a shared one is copied at the first name added.
  let index = read;
  const covered = (start: number) => read.mentions.some((m) => m.start <= start && start < m.end);
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k]!.cap || covered(tokens[k]!.start)) continue;
    // The longest run of up to three words that the body knows as a name.
    for (let n = Math.min(3, tokens.length - k); n >= 1; n--) {
      const text = joinedText(tokens, k, n);
      const e = known(text);
      if (e === undefined) continue;
      if (index === read && !own) index = copyOf(read);
      let local = index.byName.get(body.entities[e]!.name);
      if (local === undefined) {
        local = index.entities.push({ ...body.entities[e]!, mentions: [] }) - 1;
        index.byName.set(body.entities[e]!.name, local);
      }
      index.byName.set(text, local);
      added.push({ start: tokens[k]!.start, end: tokens[k + n - 1]!.end, entity: local });
      k += n - 1;
      break;
    }
  }
  if (added.length) index.mentions = [...index.mentions, ...added].sort((a, b) => a.start - b.start);
  return index;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const MINOR = /^(?:of|the|and|a|an|in|on|for|to|at|with|or|by|from|as|is|vs)$/i;
const CAPITALISED = /^\p{Lu}/u;

/**
 * A headline in title case ("Hillary Clinton Slams Donald Trump On Abortion") read as running text
 * ("Hillary Clinton slams Donald Trump on abortion"), so that its verbs read as verbs: a word keeps
 * its capital when it opens the headline, is an acronym, or is a word of a name the body uses.
 * Same length, so offsets stay those of the headline. A headline in sentence case is left alone.
 */
function sentenceCased(title: string, body: EntityIndex): string {
  // Words and counts in one pass of the compiled regex (no matchAll iterator, no filtered copies).
  const words: RegExpExecArray[] = [];
  let major = 0;
  let caps = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(title); m; m = WORD.exec(title)) {
    words.push(m);
    if (MINOR.test(m[0])) continue;
    major++;
    if (CAPITALISED.test(m[0])) caps++;
  }
  if (major < 4 || caps < major * 0.85) return title;
  const names = new Set<string>();
  for (const e of body.entities) for (const n of [e.name, ...e.aliases]) for (const w of n.split(/\s+/)) names.add(w);
  let out = title;
  for (const m of words) {
    const w = m[0];
    if (m.index === words[0]!.index || names.has(w) || w === w.toUpperCase()) continue;
    out = out.slice(0, m.index) + w[0]!.toLowerCase() + out.slice(m.index + 1);
  }
  return out;
}
