// Shared checks for the analysis tests.
import { expect } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import type { Analysis, Quote, Span, SpeakerRef } from '../../../electron/core/analysis/types';

/** The direct quotations the analyser finds in a text with no title. */
export const directQuotes = (text: string): Quote[] => analyzeArticle(text, null).quotes.filter((q) => q.kind === 'direct');

/** Their texts. */
export const directTexts = (text: string): string[] => directQuotes(text).map((q) => q.text);

/** The speaker of the direct quotation that starts with `quote`. */
export const speakerOf = (text: string, quote: string): SpeakerRef | null => directQuotes(text).find((q) => q.text.startsWith(quote))?.speaker ?? null;

/** Every span of the analysis must be the text at its offsets. */
export function expectSpansConsistent(text: string, a: Analysis): void {
  const spans: Span[] = [...a.summary, ...a.quotes, ...a.proposals];
  for (const p of a.proposals) if (p.cue) spans.push(p.cue);
  for (const q of a.quotes) {
    if (q.cue) spans.push(q.cue);
    if (q.speaker) spans.push(q.speaker.mention);
  }
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const e of a.entities) for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
}
