// Entry point of the briefing analysis. Pure computation: no I/O, no electron, no DOM.
import type { Analysis } from './types';

/** Bumped whenever the analysis output changes, so stored articles are re-analysed. */
export const ANALYSIS_VERSION = 0;

export function analyzeArticle(text: string, _title: string | null = null): Analysis {
  // Placeholder until the analysis lands: finds nothing.
  void text;
  return { version: ANALYSIS_VERSION, summary: [], quotes: [], proposals: [], entities: [] };
}
