// How an export is laid out, as the analyst chose it in the export dialog or on the command line.
// The window keeps the last choice in Settings (`exportChoices`), so the next export starts from it.

export type ExportFormatChoice = 'pdf' | 'md' | 'html';

export interface ExportOptions {
  /** The analyst's notes (the assessment) right after the summary, before the quotes. */
  notesFirst: boolean;
  /** A single article without cover and contents: its masthead opens the first page. Ignored for a pack. */
  compact: boolean;
  /** A pack's title, on its cover and in every page's footer; empty for the default. Ignored for one article. */
  title: string;
  /** A pack's introduction in Markdown (rendered and sanitised like a note), on the cover. Ignored for one article. */
  intro: string;
}

/** The last choices made in the export dialog, kept in Settings. */
export interface ExportChoices extends ExportOptions {
  format: ExportFormatChoice;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { notesFirst: false, compact: false, title: '', intro: '' };
export const DEFAULT_EXPORT_CHOICES: ExportChoices = { format: 'pdf', ...DEFAULT_EXPORT_OPTIONS };

/** Limits shared by the IPC schema and the command line. */
export const EXPORT_TITLE_MAX = 200;
export const EXPORT_INTRO_MAX = 100_000;

/** The options as they apply to this many articles: compact for one, title and introduction for a pack. */
export function effectiveOptions(options: Partial<ExportOptions> | undefined, articles: number): ExportOptions {
  const o = { ...DEFAULT_EXPORT_OPTIONS, ...options };
  const pack = articles > 1;
  return { notesFirst: o.notesFirst, compact: !pack && o.compact, title: pack ? o.title.trim() : '', intro: pack ? o.intro : '' };
}

/** A pack's title as printed: the analyst's, or one that says how many articles it holds. */
export function packTitle(options: ExportOptions, articles: number): string {
  return options.title || `Briefing pack: ${articles} articles`;
}
