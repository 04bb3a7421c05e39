// What the window's entity page asks for and gets: one person's (organisation's, place's) quotes and
// proposals across the library, filtered, grouped by article newest first, with true totals and a count
// per month for the timeline strip. Plain data (also sent over IPC).

export type EntityPassageKind = 'quote' | 'proposal';

export interface EntityPageRequest {
  name: string;
  /** ISO dates (YYYY-MM-DD), inclusive, compared with the article's date (or the day it was imported). */
  from?: string;
  to?: string;
  /** Only quotes or only proposals; both when absent. */
  kind?: EntityPassageKind;
  /** Words the passage must all contain (case-insensitive). */
  words?: string;
  /** How many passages to list at most (default 300); totals and counts are never cut. */
  limit?: number;
}

export interface EntityPageRow {
  kind: EntityPassageKind;
  start: number | null;
  end: number | null;
  text: string;
}

export interface EntityPageGroup {
  articleId: number;
  title: string;
  date: string | null;
  source: string | null;
  rows: EntityPageRow[];
}

export interface EntityCounts {
  quotes: number;
  proposals: number;
  /** Articles holding at least one of the quotes or proposals counted. */
  articles: number;
}

export interface EntityMonth {
  /** YYYY-MM */
  month: string;
  count: number;
}

export interface EntityPageView {
  /** The name as the library spells it. */
  name: string;
  /** person, organization, place: every kind the library knows the name as (or the kind the analyst set). */
  types: string[];
  /** The names the analyst merged into this one across the library: their passages are on the page. */
  aliases: string[];
  /** Everything the entity said or proposed, whatever the filters. */
  totals: EntityCounts;
  /** Articles that mention the name (as an entity), whatever the filters. */
  mentionedIn: number;
  /** What the filters let through (all of it, not only the rows listed). */
  matching: EntityCounts;
  /** Matching passages per month, every month from the first to the last (zeros included); the date
   *  filter is not applied here so the strip shows the whole span and the range chosen within it. */
  months: EntityMonth[];
  groups: EntityPageGroup[];
  /** Every article the filters let through, newest first (also those past the rows listed): what "Add to
   *  pack" adds when the analyst ticked none. */
  matchingArticleIds: number[];
  /** True when more passages matched than were listed. */
  more: boolean;
}
