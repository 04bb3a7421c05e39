// The window's layout as the settings keep it (layout feature); shared by the main process, which
// validates and stores it, and the window, which applies it.

/** How the notes pane shows a note: the editor, the preview, or both (side by side when there is room). */
export type NotesView = 'edit' | 'preview' | 'split';

// Pane widths are in rem, so they follow the system font size like the text in them.
export interface LayoutSettings {
  libraryWidth: number;
  notesWidth: number;
  libraryCollapsed: boolean;
  notesCollapsed: boolean;
  notesView: NotesView;
}

export const DEFAULT_LAYOUT: LayoutSettings = { libraryWidth: 17.5, notesWidth: 23.75, libraryCollapsed: false, notesCollapsed: false, notesView: 'split' };
/** The widths a pane may be dragged to, in rem. */
export const PANE_WIDTH_RANGE = { min: 12, max: 40 } as const;

