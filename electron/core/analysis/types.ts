// The analysis of one article, shaped as the output contract of `briefing analyze --jsonl`
// (offsets are JavaScript string offsets into the analysed body text, end exclusive).

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface SpeakerRef {
  /** Canonical name, e.g. "Kassym-Jomart Tokayev". */
  name: string;
  /** The words in the text that name the speaker at this quote, e.g. "he". */
  mention: Span;
}

export interface Quote extends Span {
  kind: 'direct' | 'indirect';
  speaker: SpeakerRef | null;
  cue: Span | null;
}

export interface Proposal extends Span {
  actor: { name: string } | null;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface Entity {
  name: string;
  type: EntityType;
  /** Other names the text uses for the same entity ("Head of State", "CSTO"). */
  aliases: string[];
  mentions: { start: number; end: number }[];
}

export interface Analysis {
  /** Bumped whenever the analysis changes, so stored articles can be re-analysed. */
  version: number;
  summary: Span[];
  quotes: Quote[];
  proposals: Proposal[];
  entities: Entity[];
}
