// Cuts a text into plain and marked segments, for highlighting quotes and proposals in the full text.
// Pure code, safe in every process (the renderer bundles it too).

export interface MarkSpan {
  start: number;
  end: number;
  kind: string;
  /** An id the briefing's cards use to jump to this passage. */
  id: string;
  /** Which span wins where two overlap (higher first); the analyst's note anchors outrank analysis. */
  priority?: number;
}

export interface Segment {
  text: string;
  mark: MarkSpan | null;
}

/**
 * Overlapping spans: the one with the higher priority wins (default 0), then the one that starts first,
 * then the longer one; the loser is left out.
 */
export function segmentText(text: string, spans: readonly MarkSpan[]): Segment[] {
  const candidates = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start || b.end - a.end);
  const accepted: MarkSpan[] = [];
  for (const span of candidates) {
    if (!accepted.some((a) => a.start < span.end && span.start < a.end)) accepted.push(span);
  }
  accepted.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const span of accepted) {
    if (span.start > at) out.push({ text: text.slice(at, span.start), mark: null });
    out.push({ text: text.slice(span.start, span.end), mark: span });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null });
  return out;
}
