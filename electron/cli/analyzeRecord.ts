// One line of `briefing analyze --jsonl`: the output contract of ../shared/eval/README.md.
import { analyzeArticle } from '../core/analysis/index';
import type { Analysis } from '../core/analysis/types';
import { parseArticle } from '../core/importer/articleHeader';

export function analysisRecord(file: string, raw: string): Record<string, unknown> {
  const parsed = parseArticle(raw);
  const analysis = analyzeArticle(parsed.text, parsed.title);
  const { text, shift } = analysedPassage(raw, parsed.title, parsed.text);
  const at = <S extends { start: number; end: number }>(s: S): S => ({ ...s, start: s.start + shift, end: s.end + shift });
  const quotes = analysis.quotes.map((q) => ({
    ...at(q),
    speaker: q.speaker && { ...q.speaker, mention: at(q.speaker.mention) },
    cue: q.cue && at(q.cue),
  }));
  return {
    file,
    text,
    date: parsed.date,
    title: parsed.title,
    summary: analysis.summary.map(at),
    // The headline's statements lead: their offsets are into the title, which opens the passage.
    quotes: shift ? [...titleQuotes(analysis), ...quotes] : quotes,
    proposals: analysis.proposals.map((p) => ({ ...at(p), cue: p.cue && at(p.cue) })),
    entities: analysis.entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.map(at) })),
  };
}

/**
 * The passage of the file that was analysed: from the headline, which is read for the statements it
 * attributes, to the end of the body; `shift` is where the body starts in it. Without a headline
 * found in the file, the body alone.
 */
function analysedPassage(raw: string, title: string | null, body: string): { text: string; shift: number } {
  const titleAt = title ? raw.indexOf(title) : -1;
  const bodyAt = titleAt >= 0 ? raw.indexOf(body, titleAt + title!.length) : -1;
  if (titleAt < 0 || bodyAt < 0) return { text: body, shift: 0 };
  return { text: raw.slice(titleAt, bodyAt + body.length), shift: bodyAt - titleAt };
}

function titleQuotes(a: Analysis): Analysis['quotes'] {
  return a.titleQuotes ?? [];
}
