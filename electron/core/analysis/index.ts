// Entry point of the briefing analysis. Pure computation: no I/O, no electron, no DOM.
import type { Resolver } from './speakers/coref';
import { buildEntities } from './entities/entities';
import { findNameChunks } from './names/nameChunks';
import { isChant, isQuotedNonSpeech } from './quotes/quoteKinds';
import { findProposals } from './proposals/findProposals';
import { findQuotedPassages, hasTitleLead, isTitleCase, wordCount } from './quotes/quotes';
import { joinQuotePieces } from './quotes/quotePieces';
import { findReportedSpeech } from './reported/reportedSpeech';
import { splitParagraphs, splitSentences } from './text/sentences';
import { attributeQuotes } from './speakers/speakers';
import { summarize } from './summary/summary';
import { unwrapLines } from './text/unwrapLines';
import { articleVoice, NO_VOICE } from './voice/documentVoice';
import { attributeToArticleSpeaker } from './voice/titleSpeaker';
import { tokenize } from './text/tokens';
import { findTitleStatements } from './voice/titleStatements';
import type { Analysis, Quote, Span } from './types';

/** Bumped whenever the analysis output changes, so stored articles are re-analysed. */
export const ANALYSIS_VERSION = 58;

export function analyzeArticle(stored: string, title: string | null = null): Analysis {
  // Hard-wrapped lines read as running text; same length, so offsets point into the stored text.
  const text = guarded('unwrap', stored, () => unwrapLines(stored));
  const paras = splitParagraphs(text);
  const sentences = splitSentences(text, paras);
  const tokens = tokenize(text);
  const index = guarded('entities', { entities: [], mentions: [], byName: new Map() } as Resolver['index'], () => buildEntities(findNameChunks(text, tokens, sentences)));
  const resolver: Resolver = { text, tokens, index };
  const passages = guarded('quotation marks', [], () => findQuotedPassages(text, paras));
  const direct = guarded('direct quotes', [], () => attributeQuotes(resolver, passages, paras).filter((q) => isQuotedSpeech(text, q)));
  // Passages between two apostrophes ('') are given as statements, not direct quotations: the
  // annotated news this analysis is measured on does not count them as quotation marks, and an
  // analyst still sees the marks in the statement's text.
  const doubled = guarded('doubled apostrophes', [], () => findQuotedPassages(text, paras, true).filter((p) => !passages.some((q) => q.open <= p.open && p.close <= q.close)));
  const apostropheQuotes = guarded('apostrophe quotes', [], () =>
    joinQuotePieces(text, attributeQuotes(resolver, doubled, paras), false)
      .filter((q) => wordCount(q.text) > 3 && isQuotedSpeech(text, q))
      .map((q) => ({ ...q, kind: 'indirect' as const })),
  );
  const allPassages = doubled.length ? [...passages, ...doubled].sort((a, b) => a.open - b.open) : passages;
  // The cues that close their quotation ("“…,” she said"), whose words after them are no statement.
  const quotationCues = closingCues(direct, apostropheQuotes);
  const reported = guarded('reported speech', [], () => {
    const found = findReportedSpeech(resolver, sentences, allPassages, quotationCues);
    // Named in place, not copied with the name: the statements are new objects of this call.
    for (const q of found) if (q.speaker && !q.speakerRule) q.speakerRule = 'reported-cue';
    return found;
  });
  const pieces = guarded('quote pieces', direct, () => joinQuotePieces(text, direct));
  // Quotations left unattributed under a title that names who speaks ("Putin talks to reporters …").
  const voice = guarded('voice', NO_VOICE, () => articleVoice(resolver, paras, title));
  const articleSpeaker = voice.speaker;
  const joined = articleSpeaker ? guarded('article speaker', pieces, () => attributeToArticleSpeaker(resolver, pieces, articleSpeaker)) : pieces;
  const quotes = mergedByStart(joined, apostropheQuotes, reported);
  const proposals = guarded('proposals', [], () => findProposals(resolver, sentences, paras, passages, quotes, voice));
  const summary = guarded('summary', [], () => summarize(text, sentences, paras, title, allPassages, tokens));
  const titleQuotes = title ? guarded('headline statements', [], () => findTitleStatements(title, index)) : [];
  const analysis = { version: ANALYSIS_VERSION, summary, quotes, proposals, entities: index.entities, titleQuotes };
  return text === stored ? analysis : withStoredText(analysis, stored);
}

/**
 * The quotations of all the lists by their starts, as [...lists].sort((a, b) => a.start - b.start) gives
 * them (a stable sort: at one start, those of an earlier list first). Each list comes in that order
 * already, so they are merged, without a sort's comparisons through a closure; a list out of order
 * (none is known to come so) is sorted as before.
 */
function mergedByStart(...lists: Quote[][]): Quote[] {
  let total = 0;
  for (const list of lists) {
    for (let i = 1; i < list.length; i++) if (list[i - 1]!.start > list[i]!.start) return lists.flat().sort((a, b) => a.start - b.start);
    total += list.length;
  }
  const out: Quote[] = [];
  const at = lists.map(() => 0);
  while (out.length < total) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      const q = lists[l]![at[l]!];
      if (q && (best < 0 || q.start < lists[best]![at[best]!]!.start)) best = l;
    }
    out.push(lists[best]![at[best]!++]!);
  }
  return out;
}

/** Where the cues that follow their quotation start, over both lists (no arrays built per quote). */
function closingCues(...lists: Quote[][]): Set<number> {
  const out = new Set<number>();
  for (const list of lists) for (const q of list) if (q.cue && q.cue.start >= q.end) out.add(q.cue.start);
  return out;
}

/**
 * One step of the analysis whose fault must not cost the article its briefing: the fault is logged
 * and the step gives nothing, so the rest of the briefing stands and the article is still imported.
 */
function guarded<T>(step: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    console.warn(`[analysis] the ${step} step failed and was left out: ${(err as Error)?.stack ?? String(err)}`);
    return fallback;
  }
}

/** Span texts cut from the stored text (with its line breaks), so that text.slice(start, end) === span.text. */
function withStoredText(a: Analysis, stored: string): Analysis {
  const cut = <S extends Span>(s: S): S => ({ ...s, text: stored.slice(s.start, s.end) });
  return {
    ...a,
    summary: a.summary.map(cut),
    proposals: a.proposals.map((p) => ({ ...cut(p), cue: p.cue && cut(p.cue) })),
    quotes: a.quotes.map((q) => ({
      ...cut(q),
      cue: q.cue && cut(q.cue),
      speaker: q.speaker && { ...q.speaker, mention: cut(q.speaker.mention) },
    })),
  };
}

/** Scare quotes and quoted titles are not speech: one word, or a short capitalised title with no cue of saying. */
function isQuotedSpeech(text: string, q: Quote): boolean {
  const n = wordCount(q.text);
  if (n <= 1) return false;
  if (isChant(text, q)) return true;
  // Both title tests (isNamedTitle's words counted and case read) ask the same two things: read once.
  if (n <= 6 && isTitleCase(q.text) && ((n <= 3 && !q.cue) || hasTitleLead(text, q.start))) return false;
  return !isQuotedNonSpeech(text, q);
}
