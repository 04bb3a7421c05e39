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
  /** The rule that found the speaker (speakers.ts SPEAKER_RULES, or a later pass), when one was found. */
  speakerRule?: string;
}

/** What a proposal is: a call on others, a proposal or offer, an actor's commitment, a plan, a decision taken. */
export type ProposalKind = 'call' | 'proposal' | 'commitment' | 'plan' | 'decision';

export interface Proposal extends Span {
  actor: { name: string } | null;
  /** Absent in analyses stored before proposals had kinds. */
  kind?: ProposalKind;
  /** The words that mark it ("urged", "is ready to", "will"), or null for an item of a list. */
  cue?: Span | null;
  /** The rule that found it and the one that named its actor, e.g. "call-verb" and "subject". */
  rule?: string;
  actorRule?: string;
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
  /** Statements the headline attributes, with offsets into the title; absent in older analyses. */
  titleQuotes?: Quote[];
}
