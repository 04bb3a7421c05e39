// How the parts of a briefing are ordered, labelled and highlighted, shared by the window and the print
// document so the two always agree. Pure code, safe in every process.
import type { Analysis, EntityType, Quote } from '../core/analysis/types';
import type { Note } from '../core/model';
import type { MarkSpan } from './textSegments';

export const ENTITY_GROUPS: readonly { type: EntityType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'organization', label: 'Organisations' },
  { type: 'place', label: 'Places' },
];

/** Direct quotations first, then reported statements, each in reading order; `i` is the index in the analysis. */
export function quotesDirectFirst(quotes: readonly Quote[]): { q: Quote; i: number }[] {
  return quotes.map((q, i) => ({ q, i })).sort((a, b) => Number(a.q.kind === 'indirect') - Number(b.q.kind === 'indirect') || a.q.start - b.q.start);
}

/** A quote as the briefing shows it: direct quotations in curly marks, whatever marks the text used. */
export function quotationText(q: Quote): string {
  return q.kind === 'direct' ? `“${q.text.replace(/^["“”]+|["“”]+$/g, '')}”` : q.text;
}

/** What the headline attributes, a line each: "Mike Pence (blames): media for the flap". */
export function headlineStatements(analysis: Analysis): string[] {
  return (analysis.titleQuotes ?? []).filter((q) => q.speaker).map((q) => `${q.speaker!.name} (${q.cue?.text ?? 'says'}): ${q.text}`);
}

/**
 * The passages the full text highlights: the analyst's note anchors (which win an overlap), quotes,
 * proposals, and (in the window) the words that name each quote's speaker.
 */
export function briefingMarks(analysis: Analysis, notes: readonly Note[], withSpeakerMentions = false): MarkSpan[] {
  return [
    ...notes.filter((n) => n.anchor && n.anchor.status !== 'lost').map((n) => ({ start: n.anchor!.start, end: n.anchor!.end, kind: 'note-anchor', id: `n${n.id}`, priority: 1 })),
    ...analysis.quotes.map((q, i) => ({ start: q.start, end: q.end, kind: q.kind === 'direct' ? 'quote' : 'reported', id: `q${i}` })),
    ...analysis.proposals.map((p, i) => ({ start: p.start, end: p.end, kind: 'proposal', id: `p${i}` })),
    ...(withSpeakerMentions
      ? analysis.quotes.flatMap((q, i) => (q.speaker && q.speaker.mention.end > q.speaker.mention.start ? [{ start: q.speaker.mention.start, end: q.speaker.mention.end, kind: 'mention', id: `m${i}` }] : []))
      : []),
  ];
}
