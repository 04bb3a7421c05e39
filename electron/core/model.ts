// Domain objects shared by the main process, the command line and (as types only) the renderer.
import type { BriefingFacts } from './briefingFacts';
import type { CorrectedAnalysis } from './corrections';
import { DEFAULT_EXPORT_CHOICES, type ExportChoices } from '../common/exportOptions';
// layout: the window's panes are one of the settings.
import { DEFAULT_LAYOUT, type LayoutSettings } from '../common/layout';

export interface ArticleListItem {
  id: number;
  /** The analyst's tags on the article (the library list and filter show them). */
  tags?: string[];
  title: string;
  date: string | null;
  source: string | null;
  importedAt: string;
  noteCount: number;
}

export interface Article extends ArticleListItem {
  fileName: string | null;
  encoding: string;
  body: string;
  contentHash: string;
}

/** A passage of the article a note is attached to: position plus quoted text and context. */
export interface NoteAnchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/** An anchor as found in the article's current text. */
export interface ResolvedAnchor extends NoteAnchor {
  status: 'exact' | 'moved' | 'lost';
}

export interface Note {
  id: number;
  articleId: number;
  body: string;
  createdAt: string;
  updatedAt: string;
  anchor: ResolvedAnchor | null;
  tags: string[];
}

export interface NoteRevision {
  id: number;
  noteId: number;
  body: string;
  savedAt: string;
}

/** A note in the trash, or in the notes view across the library, with its article's title. */
export interface NoteListItem extends Note {
  articleTitle: string;
  deletedAt: string | null;
}

export interface Briefing {
  article: Article;
  /** The analysis with the analyst's corrections laid over it; `corrected` lists what they changed. */
  analysis: CorrectedAnalysis;
  facts: BriefingFacts;
  notes: Note[];
}

export type PageSize = 'A4' | 'Letter';

export interface Settings {
  pageSize: PageSize;
  analystName: string;
  /** A marking printed on every page of an export, e.g. "UNCLASSIFIED // FOR OFFICIAL USE". */
  classification: string;
  /** Export options: the last choices made in the export dialog. */
  exportChoices: ExportChoices;
  /** Pane sizes and states of the window (layout feature), remembered across restarts. */
  layout: LayoutSettings;
}

export const DEFAULT_SETTINGS: Settings = { pageSize: 'A4', analystName: '', classification: '', exportChoices: DEFAULT_EXPORT_CHOICES, layout: DEFAULT_LAYOUT };
