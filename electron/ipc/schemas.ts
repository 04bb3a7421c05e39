// Schemas that every IPC payload must pass before a handler sees it (main process only).
import { z } from 'zod';
import { LIST_PAGE_MAX, LIST_SORTS } from '../core/db/articleListRepository';
import { PANE_WIDTH_RANGE } from '../common/layout';
import type { Channel } from './contract';
import { EXPORT_INTRO_MAX, EXPORT_TITLE_MAX } from '../common/exportOptions';
import { isoDate } from '../core/importer/extractedDocument';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
// Notes can be long, but not unbounded: 1 MB of Markdown is far past any real note.
const noteBody = z.string().max(1_000_000);
const empty = z.object({}).strict();
const name = z.string().trim().min(1).max(200);
const spanCorrection = { start: z.number().int().min(0), end: z.number().int().min(1), quote: z.string().max(100_000), name: name.nullable() };
const spanOnly = { start: spanCorrection.start, end: spanCorrection.end, quote: spanCorrection.quote };
const addedSpan = { ...spanOnly, quote: z.string().max(100_000).refine((q) => q.trim().length > 0, 'select the words to add') };
const entityKind = z.enum(['person', 'organization', 'place']);
// Library table, article trash, packs, article details (s18-lib).
const articleIds = z.array(id).min(1).max(10_000);
const packName = z.string().trim().min(1, 'a pack needs a name').max(120);
const correction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('speaker'), ...spanCorrection }).strict(),
  z.object({ kind: z.literal('actor'), ...spanCorrection }).strict(),
  z
    .object({ kind: z.literal('entity'), name, type: entityKind.optional(), aliases: z.array(name).max(50).optional(), rename: name.optional() })
    .strict(),
  // Corrections across the library (issue 14): dismissals, and passages added from a selection (their
  // words must be there: an empty or whitespace selection adds nothing).
  z.object({ kind: z.literal('dismiss-quote'), ...spanOnly }).strict(),
  z.object({ kind: z.literal('dismiss-proposal'), ...spanOnly }).strict(),
  z.object({ kind: z.literal('dismiss-entity'), name }).strict(),
  z.object({ kind: z.literal('add-quote'), ...addedSpan, name: name.nullable() }).strict(),
  z.object({ kind: z.literal('add-proposal'), ...addedSpan, name: name.nullable(), proposalKind: z.enum(['call', 'proposal', 'commitment', 'plan', 'decision']) }).strict(),
]).refine((c) => !('start' in c) || c.end > c.start, { message: 'a passage must end after it starts', path: ['end'] });

// Export options: every field optional, so a caller names only what it changes; nothing else passes.
const exportOptionFields = {
  notesFirst: z.boolean().optional(),
  compact: z.boolean().optional(),
  title: z.string().max(EXPORT_TITLE_MAX).optional(),
  intro: z.string().max(EXPORT_INTRO_MAX).optional(),
};
const exportOptions = z.object(exportOptionFields).strict();
// The dialog's last choices are stored whole, so that a later read never finds half of them.
const exportChoices = z
  .object({ format: z.enum(['pdf', 'md', 'html']), notesFirst: z.boolean(), compact: z.boolean(), title: z.string().max(EXPORT_TITLE_MAX), intro: z.string().max(EXPORT_INTRO_MAX) })
  .strict();
// layout: the window's pane widths, collapsed panes and the notes view, saved as one object.
const paneWidth = z.number().finite().min(PANE_WIDTH_RANGE.min).max(PANE_WIDTH_RANGE.max);
const layoutSettings = z
  .object({ libraryWidth: paneWidth, notesWidth: paneWidth, libraryCollapsed: z.boolean(), notesCollapsed: z.boolean(), notesView: z.enum(['edit', 'preview', 'split']) })
  .strict();

export const requestSchemas = {
  'briefing:list-articles': z
    .object({
      filter: z.string().max(500).optional(),
      offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
      limit: z.number().int().min(1).max(LIST_PAGE_MAX).optional(),
      around: id.optional(),
      // The library table's sort (s18-lib).
      sort: z.enum(LIST_SORTS).optional(),
      direction: z.enum(['asc', 'desc']).optional(),
    })
    .strict(),
  'briefing:get-briefing': z.object({ articleId: id }).strict(),
  'briefing:import-paths': z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }).strict(),
  'briefing:choose-and-import': empty,
  'briefing:cancel-import': empty,
  'briefing:search': z
    .object({
      query: z.string().max(500),
      from: z.string().max(10).optional(),
      to: z.string().max(10).optional(),
      source: z.string().max(200).optional(),
      speaker: z.string().max(200).optional(),
      entity: z.string().max(200).optional(),
      hasNotes: z.boolean().optional(),
      limit: z.number().int().min(1).max(500).optional(),
    })
    .strict(),
  'briefing:create-note': z
    .object({ articleId: id, body: noteBody, anchor: z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }).strict().optional() })
    .strict(),
  'briefing:set-note-tags': z.object({ noteId: id, tags: z.array(z.string().trim().min(1).max(60)).max(50) }).strict(),
  'briefing:set-article-tags': z.object({ articleId: id, tags: z.array(z.string().trim().min(1).max(60)).max(50) }).strict(),
  'briefing:list-notes': z.object({ trash: z.boolean().optional(), tag: z.string().max(60).optional() }).strict(),
  'briefing:list-tags': empty,
  'briefing:note-revisions': z.object({ noteId: id }).strict(),
  'briefing:restore-revision': z.object({ noteId: id, revisionId: id }).strict(),
  'briefing:restore-note': z.object({ noteId: id }).strict(),
  'briefing:empty-trash': empty,
  'briefing:list-backups': empty,
  'briefing:correct': z.object({ articleId: id, correction }).strict(),
  'briefing:undo-correction': z.object({ articleId: id, correction }).strict(),
  // A backup is named, never given as a path: the main process looks it up in its own backup folder.
  'briefing:restore-backup': z.object({ name: z.string().regex(/^briefing-[0-9TZ]+-[a-z-]+\.db$/) }).strict(),
  'briefing:save-note': z.object({ noteId: id, body: noteBody }).strict(),
  'briefing:delete-note': z.object({ noteId: id }).strict(),
  'briefing:render-markdown': z.object({ markdown: noteBody }).strict(),
  'briefing:export': z.object({ articleIds: z.array(id).min(1).max(500), format: z.enum(['pdf', 'md', 'html']), options: exportOptions.optional() }).strict(),
  'briefing:get-settings': empty,
  'briefing:update-settings': z
    .object({
      pageSize: z.enum(['A4', 'Letter']).optional(),
      analystName: z.string().max(200).optional(),
      classification: z.string().max(120).optional(),
      exportChoices: exportChoices.optional(),
      // layout: the window's panes (widths in rem within the draggable range)
      layout: layoutSettings.optional(),
    })
    .strict(),
  // Entity page (issue 14): dates are checked as dates by the page itself, which says what is wrong.
  'briefing:entity-page': z
    .object({
      name: z.string().trim().min(1).max(200),
      from: z.string().max(10).optional(),
      to: z.string().max(10).optional(),
      kind: z.enum(['quote', 'proposal']).optional(),
      words: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(2000).optional(),
    })
    .strict(),
  // Corrections across the library (issue 14)
  'briefing:merge-entities': z.object({ alias: name, into: name }).strict(),
  'briefing:split-alias': z.object({ alias: name }).strict(),
  'briefing:list-merges': empty,
  'briefing:set-entity-kind': z.object({ name, type: entityKind.nullable() }).strict(),
  'briefing:list-dismissed': z.object({ articleId: id }).strict(),
  // Library table, article trash, packs, article details (s18-lib).
  'briefing:trash-articles': z.object({ articleIds: articleIds }).strict(),
  'briefing:restore-articles': z.object({ articleIds: articleIds }).strict(),
  'briefing:list-trashed-articles': empty,
  'briefing:empty-article-trash': empty,
  'briefing:list-packs': empty,
  'briefing:create-pack': z.object({ name: packName }).strict(),
  'briefing:rename-pack': z.object({ packId: id, name: packName }).strict(),
  'briefing:delete-pack': z.object({ packId: id }).strict(),
  'briefing:set-current-pack': z.object({ packId: id }).strict(),
  'briefing:add-to-pack': z.object({ packId: id.optional(), articleIds: articleIds }).strict(),
  'briefing:remove-from-pack': z.object({ packId: id, articleIds: articleIds }).strict(),
  'briefing:update-article-details': z
    .object({
      articleId: id,
      title: z.string().trim().min(1, 'the title cannot be empty').max(500),
      // A real calendar date or none: what the list sorts and search filters compare.
      date: z.string().refine((d) => isoDate(d) === d, 'the date must be a real date written YYYY-MM-DD').nullable(),
      source: z.string().trim().max(200).transform((s) => s || null).nullable(),
    })
    .strict(),
  // Import report
  'briefing:retry-refused': empty,
} satisfies Record<Channel, z.ZodType>;
