// The analyst's corrections of the analysis: a quote's speaker, a proposal's actor, an entity's kind,
// name or aliases. They are stored apart from the analysis and laid over it whenever a briefing is
// read, so re-analysis (a new analysis version) never loses them.
// Dismissals (a false quote, proposal or entity) and passages the analyst added from a selection are
// corrections too: kept, listed and restorable, and laid over every re-analysis.
import type { Analysis, Entity, EntityType, Proposal, ProposalKind, Quote } from './analysis/types';
import { applyLibraryEntities, type LibraryEntities } from './libraryEntities';

export type Correction =
  | { kind: 'speaker'; start: number; end: number; quote: string; name: string | null }
  | { kind: 'actor'; start: number; end: number; quote: string; name: string | null }
  | { kind: 'entity'; name: string; type?: EntityType; aliases?: string[]; rename?: string }
  | { kind: 'dismiss-quote'; start: number; end: number; quote: string }
  | { kind: 'dismiss-proposal'; start: number; end: number; quote: string }
  | { kind: 'dismiss-entity'; name: string }
  | { kind: 'add-quote'; start: number; end: number; quote: string; name: string | null }
  | { kind: 'add-proposal'; start: number; end: number; quote: string; name: string | null; proposalKind: ProposalKind };

export type AddCorrection = Extract<Correction, { kind: 'add-quote' | 'add-proposal' }>;
export type DismissCorrection = Extract<Correction, { kind: 'dismiss-quote' | 'dismiss-proposal' | 'dismiss-entity' }>;

export function correctionTarget(c: Correction): string {
  return 'name' in c && !('start' in c) ? c.name.toLowerCase() : `${c.start}:${c.end}`;
}

/** A dismissed quote, proposal or entity, as the briefing's "Dismissed" section lists it. */
export interface Dismissed {
  what: 'quote' | 'proposal' | 'entity';
  /** The quote's or proposal's words, or the entity's name. */
  label: string;
  correction: DismissCorrection;
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
  spanCorrections: Record<string, Extract<Correction, { kind: 'speaker' | 'actor' }>>;
  /** The quotes and proposals the analyst added ("q4", "p2"), each with the correction that added it. */
  added: Record<string, AddCorrection>;
  /** What the analyst dismissed: hidden from the briefing, listed to restore. */
  dismissed: Dismissed[];
  /** For each entity that names merged into it across the library, those names (a split takes one out). */
  merged: Record<string, string[]>;
}

/** Lays the analyst's corrections over an analysis. `body` (the article's text) lets an added passage be
 *  found again by its words if its offsets no longer hold; `library` adds the library-wide merges and kinds
 *  (libraryEntities.ts), which search leaves out: it resolves merges when it is asked. */
export function applyCorrections(analysis: Analysis, corrections: readonly Correction[], body?: string, library?: LibraryEntities): CorrectedAnalysis {
  const out: CorrectedAnalysis = {
    ...analysis,
    quotes: analysis.quotes.map((q) => ({ ...q })),
    proposals: analysis.proposals.map((p) => ({ ...p })),
    entities: analysis.entities.map((e) => ({ ...e, aliases: [...e.aliases] })),
    corrected: [],
    entityOrigins: {},
    spanCorrections: {},
    added: {},
    dismissed: [],
    merged: {},
  };
  if (library) for (const e of out.entities) e.type = library.kinds.get(e.name.toLowerCase()) ?? e.type;
  // Added first and dismissed next, so the indices the other corrections record are the final ones.
  const added = addPassages(out, corrections, body);
  dismiss(out, corrections);
  for (const [item, c] of added) {
    const i = c.kind === 'add-quote' ? out.quotes.indexOf(item as Quote) : out.proposals.indexOf(item as Proposal);
    if (i >= 0) out.added[`${c.kind === 'add-quote' ? 'q' : 'p'}${i}`] = c;
  }
  const renames = new Map<string, string>();
  for (const c of corrections) {
    if (c.kind.startsWith('add-') || c.kind.startsWith('dismiss-')) continue;
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
    } else if (c.kind === 'actor') {
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
  if (library) applyLibraryEntities(out, library);
  return out;
}

/** Where an added passage's words are now: at its offsets, or else found by its words in the body. */
function placeAdded(c: AddCorrection, body: string | undefined): { start: number; end: number } | null {
  if (body === undefined || body.slice(c.start, c.end) === c.quote) return { start: c.start, end: c.end };
  const at = body.indexOf(c.quote);
  return at < 0 ? null : { start: at, end: at + c.quote.length };
}

/** Adds the analyst's quotes and proposals in text order. One the analysis has since found itself (the
 *  same words) is not shown twice: it takes the analyst's speaker or actor and is marked as added. */
function addPassages(out: CorrectedAnalysis, corrections: readonly Correction[], body: string | undefined): Map<Quote | Proposal, AddCorrection> {
  const added = new Map<Quote | Proposal, AddCorrection>();
  for (const c of corrections) {
    if (c.kind !== 'add-quote' && c.kind !== 'add-proposal') continue;
    const at = placeAdded(c, body);
    if (!at) continue;
    const span = { ...at, quote: c.quote };
    if (c.kind === 'add-quote') {
      const found = findSpan(out.quotes, span);
      const speaker = c.name === null ? null : { name: c.name, mention: { text: c.name, start: at.start, end: at.start } };
      const q: Quote = found ?? { kind: /^["“”«]/.test(c.quote) ? 'direct' : 'indirect', text: c.quote, ...at, speaker, cue: null };
      if (found) found.speaker = speaker;
      else out.quotes.splice(insertAt(out.quotes, at.start), 0, q);
      added.set(q, c);
    } else {
      const found = findSpan(out.proposals, span);
      const p: Proposal = found ?? { text: c.quote, ...at, actor: null, cue: null };
      p.actor = c.name === null ? null : { name: c.name };
      p.kind = c.proposalKind;
      if (!found) out.proposals.splice(insertAt(out.proposals, at.start), 0, p);
      added.set(p, c);
    }
  }
  return added;
}

function insertAt(items: { start: number }[], start: number): number {
  const i = items.findIndex((x) => x.start > start);
  return i < 0 ? items.length : i;
}

/** Hides what the analyst dismissed (found again by position, words or overlap, as other corrections). */
function dismiss(out: CorrectedAnalysis, corrections: readonly Correction[]): void {
  for (const c of corrections) {
    if (c.kind === 'dismiss-quote' || c.kind === 'dismiss-proposal') {
      const items: (Quote | Proposal)[] = c.kind === 'dismiss-quote' ? out.quotes : out.proposals;
      const found = findSpan(items, c);
      if (found) items.splice(items.indexOf(found), 1);
      out.dismissed.push({ what: c.kind === 'dismiss-quote' ? 'quote' : 'proposal', label: c.quote, correction: c });
    } else if (c.kind === 'dismiss-entity') {
      const i = out.entities.findIndex((e: Entity) => e.name.toLowerCase() === c.name.toLowerCase());
      if (i >= 0) out.entities.splice(i, 1);
      out.dismissed.push({ what: 'entity', label: c.name, correction: c });
    }
  }
}
