// The article's full text for print: quotes, proposals and note anchors highlighted, each paragraph
// followed by the notes anchored in it (numbered N1, N2… as in the notes section).
import type { Analysis } from '../analysis/types';
import { briefingMarks } from '../../common/briefingParts';
import { segmentText, type MarkSpan } from '../../common/textSegments';
import type { Note } from '../model';
import { escapeHtml as e } from './escapeHtml';

export function fullTextHtml(body: string, analysis: Analysis, notes: Note[], noteNumber: Map<number, number>, noteAfterParagraph: (n: Note) => string): string {
  const anchored = notes.filter((n) => n.anchor && n.anchor.status !== 'lost');
  const marks = briefingMarks(analysis, notes);
  const byAnchorId = new Map(anchored.map((n) => [`n${n.id}`, n]));
  // Paragraph boundaries in the body, to place each anchored note after its paragraph.
  const paragraphs: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    paragraphs.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  paragraphs.push({ start: at, end: body.length });

  return paragraphs
    .map((para) => {
      const segs = segmentText(body.slice(para.start, para.end), shift(marks, para.start, para.end));
      const html = segs
        .map((s) => {
          if (!s.mark) return e(s.text).replace(/\n/g, '<br>');
          const note = byAnchorId.get(s.mark.id);
          const tag = note ? `<sup class="note-ref">N${noteNumber.get(note.id)}</sup>` : '';
          return `<mark class="${s.mark.kind}">${e(s.text).replace(/\n/g, '<br>')}</mark>${tag}`;
        })
        .join('');
      const after = anchored.filter((n) => n.anchor!.start >= para.start && n.anchor!.start < Math.max(para.end, para.start + 1)).map(noteAfterParagraph).join('');
      return `<p>${html}</p>${after}`;
    })
    .join('');
}

// Marks clipped to one paragraph, with offsets relative to it.
function shift(marks: MarkSpan[], start: number, end: number): MarkSpan[] {
  return marks.filter((m) => m.start < end && m.end > start).map((m) => ({ ...m, start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start }));
}
