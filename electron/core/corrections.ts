// The analyst's corrections of the analysis: a quote's speaker, a proposal's actor, an entity's kind,
// name or aliases. They are stored apart from the analysis and laid over it whenever a briefing is
// read, so re-analysis (a new analysis version) never loses them.
import type { Analysis, EntityType } from './analysis/types';

export type Correction =
  | { kind: 'speaker'; start: number; end: number; quote: string; name: string | null }
  | { kind: 'actor'; start: number; end: number; quote: string; name: string | null }
  | { kind: 'entity'; name: string; type?: EntityType; aliases?: string[]; rename?: string };

export function correctionTarget(c: Correction): string {
  return c.kind === 'entity' ? c.name.toLowerCase() : `${c.start}:${c.end}`;
}

/** The passage a span correction is about, found again by position or, after re-analysis moved it, by text. */
function findSpan<T extends { start: number; end: number; text: string }>(items: T[], c: { start: number; end: number; quote: string }): T | undefined {
  return (
    items.find((q) => q.start === c.start && q.end === c.end) ??
    items.find((q) => q.text === c.quote) ??
    // Re-analysis may trim or extend a passage a little: the one that overlaps it most, if by half.
    items
      .map((q) => ({ q, overlap: Math.min(q.end, c.end) - Math.max(q.start, c.start) }))
      .filter((x) => x.overlap >= (c.end - c.start) / 2)
      .sort((a, b) => b.overlap - a.overlap)[0]?.q
  );
}

export interface CorrectedAnalysis extends Analysis {
  /** Which parts the analyst corrected, for the window to mark: "q3", "p1", "e:csto". */
  corrected: string[];
  /** For each renamed entity, the name the analysis gave it, which its corrections are keyed by. */
  entityOrigins: Record<string, string>;
  /** The stored correction behind each corrected quote or proposal ("q3", "p1"): its span is where the
   *  passage was when corrected, which re-analysis may have moved, so undo and re-correct use it. */
  spanCorrections: Record<string, Extract<Correction, { start: number }>>;
}

export function applyCorrections(analysis: Analysis, corrections: readonly Correction[]): CorrectedAnalysis {
  const out: CorrectedAnalysis = {
    ...analysis,
    quotes: analysis.quotes.map((q) => ({ ...q })),
    proposals: analysis.proposals.map((p) => ({ ...p })),
    entities: analysis.entities.map((e) => ({ ...e, aliases: [...e.aliases] })),
    corrected: [],
    entityOrigins: {},
    spanCorrections: {},
  };
  const renames = new Map<string, string>();
  for (const c of corrections) {
    if (c.kind === 'entity') {
      const entity = out.entities.find((e) => e.name.toLowerCase() === c.name.toLowerCase());
      if (!entity) continue;
      if (c.type) entity.type = c.type;
      if (c.aliases) entity.aliases = [...new Set(c.aliases.map((a) => a.trim()).filter(Boolean))];
      if (c.rename && c.rename !== entity.name) {
        renames.set(entity.name, c.rename);
        if (!entity.aliases.includes(entity.name)) entity.aliases.push(entity.name);
        out.entityOrigins[c.rename] = entity.name;
        entity.name = c.rename;
      }
      out.corrected.push(`e:${entity.name.toLowerCase()}`);
    } else if (c.kind === 'speaker') {
      const i = out.quotes.indexOf(findSpan(out.quotes, c)!);
      if (i < 0) continue;
      const q = out.quotes[i]!;
      // The mention stays the words the text uses here; a speaker added where none was found is named by the analyst.
      q.speaker = c.name === null ? null : { name: c.name, mention: q.speaker?.mention ?? { text: c.name, start: q.start, end: q.start } };
      out.corrected.push(`q${i}`);
      out.spanCorrections[`q${i}`] = c;
    } else {
      const i = out.proposals.indexOf(findSpan(out.proposals, c)!);
      if (i < 0) continue;
      out.proposals[i]!.actor = c.name === null ? null : { name: c.name };
      out.corrected.push(`p${i}`);
      out.spanCorrections[`p${i}`] = c;
    }
  }
  // A renamed entity keeps its quotes and proposals: their speaker and actor names follow.
  for (const q of out.quotes) if (q.speaker && renames.has(q.speaker.name)) q.speaker = { ...q.speaker, name: renames.get(q.speaker.name)! };
  for (const p of out.proposals) if (p.actor && renames.has(p.actor.name)) p.actor = { name: renames.get(p.actor.name)! };
  return out;
}
