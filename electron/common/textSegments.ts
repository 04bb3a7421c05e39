// Cuts a text into plain and marked segments, for highlighting quotes and proposals in the full text.
// Pure code, safe in every process (the renderer bundles it too).

export interface MarkSpan {
  start: number;
  end: number;
  kind: string;
  /** An id the briefing's cards use to jump to this passage. */
  id: string;
}

export interface Segment {
  text: string;
  mark: MarkSpan | null;
}

/** Overlapping spans are resolved in favour of the one that starts first (then the longer one). */
export function segmentText(text: string, spans: readonly MarkSpan[]): Segment[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    if (span.start > at) out.push({ text: text.slice(at, span.start), mark: null });
    out.push({ text: text.slice(span.start, span.end), mark: span });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null });
  return out;
}
