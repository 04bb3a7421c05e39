import type { Paragraph, Sentence } from './sentences';
import type { Span } from './types';
export function summarize(text: string, s: Sentence[], _p: Paragraph[], _t: string | null): Span[] {
  return s.slice(0, 3).map((x) => ({ text: text.slice(x.start, x.end), start: x.start, end: x.end }));
}
