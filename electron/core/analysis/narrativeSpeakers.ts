// Speakers read off the narration around a quotation that has no attribution of its own: the
// subject of the sentence whose colon introduces it, or the person the sentence just before it
// is about ("Valastro praised the governor's record. “We need someone who …”"), as news writes
// an unattributed quotation right after a sentence about its speaker.
import { resolvePhrase, type Resolver } from './coref';
import type { QuotedPassage } from './quotes';
import { sentenceSubject } from './reportSubjects';
import type { Paragraph } from './sentences';
import type { Attribution } from './speakers';
import { sentenceEnd, sentenceStart } from './tokenSentences';
import { isQuoteMark, tokenAt } from './tokens';
import type { Quote } from './types';

const NO_QUOTES = new Uint8Array(0);

/**
 * "The email goes on to read: “…”", "Trump leaned in and boomed: “…”": a sentence whose colon
 * introduces the quotation, with no cue of saying, gives it its subject as the speaker.
 */
export function colonSubject(r: Resolver, colon: number, min: number): Attribution | null {
  const a = sentenceStart(r.tokens, colon, min);
  const subj = sentenceSubject(r, a, colon, NO_QUOTES);
  const who = subj ? resolvePhrase(r, subj[0], subj[1]) : null;
  return who ? { speaker: who, cue: null } : null;
}

/** Gives each quotation still without a speaker, opening its sentence, the person the sentence before it is about. */
export function narrativeSpeakers(r: Resolver, quotes: Quote[], passages: QuotedPassage[], paras: Paragraph[]): void {
  const { tokens } = r;
  quotes.forEach((q, n) => {
    if (q.speaker) return;
    const p = passages[n]!;
    const openTok = tokenAt(tokens, p.open);
    const para = paras[p.firstPara]!;
    let from: number;
    let to: number;
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
    const a = sentenceStart(tokens, stop, from);
    for (let k = a; k < stop; k++) if (isQuoteMark(tokens[k]!.text)) return;
    const subj = sentenceSubject(r, a, stop, NO_QUOTES);
    const who = subj ? resolvePhrase(r, subj[0], subj[1]) : null;
    const e = who ? r.index.byName.get(who.name) : undefined;
    if (who && e !== undefined && r.index.entities[e]!.type === 'person') q.speaker = who;
  });
}
