// Speakers read off the narration around a quotation that has no attribution of its own: the
// subject of the sentence whose colon introduces it, or the person the sentence just before it
// is about ("Valastro praised the governor's record. “We need someone who …”"), as news writes
// an unattributed quotation right after a sentence about its speaker.
import { resolvePhrase, type Resolver } from './coref';
import type { QuotedPassage } from '../quotes/quotes';
import { mainSubject } from './mainSubject';
import { NO_QUOTES, sentenceSubject } from '../reported/reportSubjects';
import { closingAttribution } from './speakerAfter';
import type { Paragraph } from '../text/sentences';
import type { Attribution } from './speakers';
import { sentenceEnd, sentenceStart } from '../text/tokenSentences';
import { isQuoteMark, tokenAt } from '../text/tokens';
import type { EntityType, Quote, SpeakerRef } from '../types';


/**
 * "The email goes on to read: “…”", "Trump leaned in and boomed: “…”": a sentence whose colon
 * introduces the quotation, with no cue of saying, gives it its subject as the speaker.
 */
export function colonSubject(r: Resolver, colon: number, min: number): Attribution | null {
  const a = sentenceStart(r.tokens, colon, min);
  const subj = sentenceSubject(r, a, colon, NO_QUOTES) ?? openingName(r, a, colon);
  const who = subj ? resolvePhrase(r, subj[0], subj[1]) : null;
  return who ? { speaker: who, cue: null } : null;
}

/** "Politico reveals a few facts:", "Article 33 affirms:": capitalised words opening the sentence, then a lower-case verb. */
function openingName(r: Resolver, a: number, end: number): [number, number] | null {
  const { tokens } = r;
  let k = a;
  while (k < end && k - a < 5 && (tokens[k]!.cap || /^\d+$/.test(tokens[k]!.text))) k++;
  const verb = tokens[k];
  return k > a && k < end && verb?.word && !verb.cap && /s$/.test(verb.lower) && !/^(is|was|has|as|its|this|his)$/.test(verb.lower) ? [a, k] : null;
}

/**
 * Gives each quotation still without a speaker the subject of its own sentence, or, when it
 * opens its sentence, the person the sentence before it is about.
 */
export function narrativeSpeakers(r: Resolver, quotes: Quote[], passages: QuotedPassage[], paras: Paragraph[]): void {
  const { tokens } = r;
  quotes.forEach((q, n) => {
    if (q.speaker) return;
    const p = passages[n]!;
    const openTok = tokenAt(tokens, p.open);
    const para = paras[p.firstPara]!;
    let from: number;
    let to: number;
    const paraTok = tokenAt(tokens, para.start);
    // A quoted phrase inside its sentence ("The non-profit is seeking “groundbreaking ideas”",
    // "Rubio’s catch phrase was that Crist “would say anything”"): the sentence's subject, a
    // person or an organisation, used the words.
    if (p.open > para.start && !sentenceEnd(tokens[openTok - 1]!, tokens[openTok - 2], tokens[openTok])) {
      const a = sentenceStart(tokens, openTok, paraTok);
      const who = subjectBefore(r, a, openTok);
      if (who && typeOf(r, who.name) !== 'place') { q.speaker = who; q.speakerRule = 'narrative'; }
      // "… misinformation, he said. Good information can still drive out bad, but only when “…”":
      // the paraphrase goes on in the next sentence, and so does its speaker.
      else if (a > paraTok) {
        q.speaker = closingAttribution(r, sentenceStart(tokens, a - 1, paraTok), openTok)?.speaker ?? null;
        if (q.speaker) q.speakerRule = 'narrative';
      }
      return;
    }
    if (p.open === para.start) {
      // The last sentence of the paragraph before, when that paragraph quotes nobody.
      if (p.firstPara === 0) return;
      const prevPara = paras[p.firstPara - 1]!;
      from = tokenAt(tokens, prevPara.start);
      to = tokenAt(tokens, prevPara.end);
    } else {
      from = tokenAt(tokens, para.start);
      to = openTok;
    }
    const stop = to - 1;
    if (stop <= from || !sentenceEnd(tokens[stop]!, tokens[stop - 1], tokens[stop + 1] ?? tokens[openTok])) return;
    const who = subjectBefore(r, sentenceStart(tokens, stop, from), stop);
    if (who && typeOf(r, who.name) === 'person') { q.speaker = who; q.speakerRule = 'narrative'; }
  });
}

/**
 * A quotation standing as its own paragraph and signed on the next one with a dash ("“…”" ¶
 * "- Bernie Sanders." / "-President Obama, tweeting after the speech."): the name signs it.
 */
export function signatureBelow(r: Resolver, para: Paragraph): Attribution | null {
  const { tokens } = r;
  const a = tokenAt(tokens, para.start);
  if (!/^[-—–―]$/.test(tokens[a]?.text ?? '') || !tokens[a + 1]?.cap) return null;
  let e = a + 1;
  while (e < tokens.length && tokens[e]!.start < para.end && e - a <= 6 && (tokens[e]!.cap || /^(of|the|de|van|von|\.)$/.test(tokens[e]!.text))) e++;
  // Only a name, closing the paragraph or followed by a comma and its description.
  const next = tokens[e];
  if (next && next.start < para.end && next.text !== ',' && !(next.text === '.' && (tokens[e + 1]?.start ?? Infinity) >= para.end)) return null;
  while (e > a + 1 && tokens[e - 1]!.text === '.') e--;
  const who = resolvePhrase(r, a + 1, e);
  return who ? { speaker: who, cue: null } : null;
}

/** The subject of the sentence running from token `a` to `end`, when no quotation stands in it. */
function subjectBefore(r: Resolver, a: number, end: number): SpeakerRef | null {
  for (let k = a; k < end; k++) if (isQuoteMark(r.tokens[k]!.text)) return null;
  // The subject of the main clause first ("Coan, Santilli's attorney, argues that his client …"),
  // then the first name or pronoun followed by its verb.
  const main = mainSubject(r, a, end);
  const byMain = main ? resolvePhrase(r, main[0], main[1]) : null;
  if (byMain && typeOf(r, byMain.name) === 'person') return byMain;
  const subj = sentenceSubject(r, a, end, NO_QUOTES);
  return subj ? resolvePhrase(r, subj[0], subj[1]) : null;
}

function typeOf(r: Resolver, name: string): EntityType | null {
  const e = r.index.byName.get(name);
  return e === undefined ? null : r.index.entities[e]!.type;
}
