// Schemas that every IPC payload must pass before a handler sees it (main process only).
import { z } from 'zod';
import { LIST_PAGE_MAX } from '../core/db/articleListRepository';
import type { Channel } from './contract';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
// Notes can be long, but not unbounded: 1 MB of Markdown is far past any real note.
const noteBody = z.string().max(1_000_000);
const empty = z.object({}).strict();
const name = z.string().trim().min(1).max(200);
const spanCorrection = { start: z.number().int().min(0), end: z.number().int().min(1), quote: z.string().max(100_000), name: name.nullable() };
const correction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('speaker'), ...spanCorrection }).strict(),
  z.object({ kind: z.literal('actor'), ...spanCorrection }).strict(),
  z
    .object({ kind: z.literal('entity'), name, type: z.enum(['person', 'organization', 'place']).optional(), aliases: z.array(name).max(50).optional(), rename: name.optional() })
    .strict(),
]);

export const requestSchemas = {
  'briefing:list-articles': z
    .object({ filter: z.string().max(500).optional(), offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(), limit: z.number().int().min(1).max(LIST_PAGE_MAX).optional(), around: id.optional() })
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
  'briefing:export': z.object({ articleIds: z.array(id).min(1).max(500), format: z.enum(['pdf', 'md', 'html']) }).strict(),
  'briefing:get-settings': empty,
  'briefing:update-settings': z
    .object({ pageSize: z.enum(['A4', 'Letter']).optional(), analystName: z.string().max(200).optional(), classification: z.string().max(120).optional() })
    .strict(),
  // Import report
  'briefing:retry-refused': empty,
} satisfies Record<Channel, z.ZodType>;
