// Shared checks for the analysis tests.
import { expect } from 'vitest';
import type { Analysis, Span } from '../../../electron/core/analysis/types';

/** Every span of the analysis must be the text at its offsets. */
export function expectSpansConsistent(text: string, a: Analysis): void {
  const spans: Span[] = [...a.summary, ...a.quotes, ...a.proposals];
  for (const q of a.quotes) {
    if (q.cue) spans.push(q.cue);
    if (q.speaker) spans.push(q.speaker.mention);
  }
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const e of a.entities) for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
}
