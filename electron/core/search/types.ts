// What a search returns: hits grouped by article, best article first. Plain data (also sent over IPC).
import type { ArticleListItem } from '../model';

export interface SearchFilters {
  /** ISO dates, inclusive; articles without a date are left out when either is set. */
  from?: string;
  to?: string;
  /** The article's source, e.g. "Kazinform" (case-insensitive). */
  source?: string;
  /** Only quotes said by (and proposals made by) someone of this name, e.g. "Tokayev". */
  speaker?: string;
  /** Only articles that mention this person, organisation or place (its canonical name). */
  entity?: string;
  /** Only articles with at least one live note. */
  hasNotes?: boolean;
}

export interface SearchRequest extends SearchFilters {
  query: string;
  /** How many articles at most (default 50). */
  limit?: number;
}

/** A piece of snippet text; `match` pieces are the words the search found. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export type HitKind = 'title' | 'body' | 'quote' | 'proposal' | 'note';

export interface SearchHit {
  kind: HitKind;
  snippet: SnippetPart[];
  /** Where the first match lies in the article body (JavaScript string offsets), to scroll to; null for
   *  titles and notes. */
  start: number | null;
  end: number | null;
  /** The quote's speaker or the proposal's actor. */
  speaker: string | null;
  /** The note's id, for note hits. */
  noteId: number | null;
}

export interface SearchResultGroup {
  article: ArticleListItem;
  /** bm25 of the article's best hit (lower is better, as SQLite gives it). */
  score: number;
  hits: SearchHit[];
}

export interface SearchResults {
  query: string;
  groups: SearchResultGroup[];
  /** True when more articles matched than were returned. */
  more: boolean;
  /** Set when more articles matched than are ranked quickly: the results are then the best of this many
   *  most recently imported matching articles (say so beside the results). */
  rankedAmongNewest?: number | null;
}
