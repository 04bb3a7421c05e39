// Entry point of the briefing analysis. Pure computation: no I/O, no electron, no DOM.
import type { Resolver } from './coref';
import { buildEntities } from './entities';
import { findNameChunks } from './nameChunks';
import { findProposals } from './proposals';
import { findQuotedPassages, isNamedTitle, isTitleCase, wordCount } from './quotes';
import { joinQuotePieces } from './quotePieces';
import { findReportedSpeech } from './reportedSpeech';
import { splitParagraphs, splitSentences } from './sentences';
import { attributeQuotes } from './speakers';
import { summarize } from './summary';
import { tokenize } from './tokens';
import type { Analysis } from './types';

/** Bumped whenever the analysis output changes, so stored articles are re-analysed. */
export const ANALYSIS_VERSION = 53;

export function analyzeArticle(text: string, title: string | null = null): Analysis {
  const paras = splitParagraphs(text);
  const sentences = splitSentences(text, paras);
  const tokens = tokenize(text);
  const index = buildEntities(findNameChunks(text, tokens, sentences));
  const resolver: Resolver = { text, tokens, index };
  const passages = findQuotedPassages(text, paras);
  const attributed = attributeQuotes(resolver, passages, paras);
  // Scare quotes and quoted titles: one word, or a short capitalised title with no cue of saying.
  const direct = attributed.filter((q) => {
    const n = wordCount(q.text);
    if (n <= 1) return false;
    if (n <= 3 && !q.cue && isTitleCase(q.text)) return false;
    if (isNamedTitle(text, q)) return false;
    return true;
  });
  // Passages between two apostrophes ('') are given as statements, not direct quotations: the
  // annotated news this analysis is measured on does not count them as quotation marks, and an
  // analyst still sees the marks in the statement's text.
  const doubled = findQuotedPassages(text, paras, true).filter((p) => !passages.some((q) => q.open <= p.open && p.close <= q.close));
  const apostropheQuotes = joinQuotePieces(text, attributeQuotes(resolver, doubled, paras))
    .filter((q) => wordCount(q.text) > 3)
    .map((q) => ({ ...q, kind: 'indirect' as const }));
  const allPassages = doubled.length ? [...passages, ...doubled].sort((a, b) => a.open - b.open) : passages;
  const reported = findReportedSpeech(resolver, sentences, allPassages);
  const quotes = [...joinQuotePieces(text, direct), ...apostropheQuotes, ...reported].sort((a, b) => a.start - b.start);
  const proposals = findProposals(resolver, sentences, passages, reported);
  const summary = summarize(text, sentences, paras, title, allPassages);
  return { version: ANALYSIS_VERSION, summary, quotes, proposals, entities: index.entities };
}
