// The window's entity page: a name's quotes and proposals across the library, filtered by date, kind and
// words, grouped by article newest first, with true totals (never cut by the row limit) and the matches per
// month for the timeline strip. The CLI's `briefing entity` (entityPage.ts) lists the same passages.
import { entityPageRepository, type EntityPassageMeta } from '../db/entityPageRepository';
import type { Db } from '../db/openDatabase';
import type { EntityCounts, EntityMonth, EntityPageGroup, EntityPageRequest, EntityPageView } from './entityPageTypes';
import { SearchError } from './searchError';

export const ENTITY_ROWS_DEFAULT = 300;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function createEntityPage(db: Db) {
  const repo = entityPageRepository(db);

  return function entityPageView(request: EntityPageRequest): EntityPageView {
    const wanted = request.name.trim();
    if (!wanted) throw new SearchError('BAD_QUERY', 'Name a person, organisation or place.');
    for (const [label, value] of [['From', request.from], ['To', request.to]] as const) {
      if (value !== undefined && !ISO_DATE.test(value)) throw new SearchError('BAD_QUERY', `${label} must be a date like 2024-05-31, not “${value}”.`);
    }
    if (request.from && request.to && request.from > request.to) throw new SearchError('BAD_QUERY', `The range is empty: ${request.from} is after ${request.to}.`);
    const limit = Math.max(1, Math.floor(request.limit ?? ENTITY_ROWS_DEFAULT));
    const words = wordsOf(request.words ?? '');

    const all = repo.passages(wanted, null, false);
    const kind = request.kind ?? null;
    // Words are matched on the passage's text, read only when words are given (the body of every article
    // the name speaks in is inflated for it).
    const filtered = words.length
      ? repo.passages(wanted, kind, true).filter((p) => containsAll(p.text ?? '', words))
      : kind ? all.filter((p) => p.kind === kind) : all;
    const inRange = filtered.filter((p) => (!request.from || p.day >= request.from) && (!request.to || p.day <= request.to));

    const listed = inRange.slice(0, limit);
    const texts = words.length ? new Map(listed.map((p) => [p.id, p.text ?? ''])) : repo.texts(listed.map((p) => p.id));
    const articles = repo.articles([...new Set(listed.map((p) => p.articleId))]);
    const groups: EntityPageGroup[] = [];
    for (const p of listed) {
      let group = groups[groups.length - 1];
      if (group?.articleId !== p.articleId) {
        const a = articles.get(p.articleId);
        group = { articleId: p.articleId, title: a?.title ?? '', date: a?.date ?? null, source: a?.source ?? null, rows: [] };
        groups.push(group);
      }
      group.rows.push({ kind: p.kind, start: p.start, end: p.end, text: texts.get(p.id) ?? '' });
    }

    return {
      name: repo.spellings(wanted)[0] ?? wanted,
      types: repo.types(wanted),
      totals: counts(all),
      mentionedIn: repo.mentionedIn(wanted),
      matching: counts(inRange),
      months: perMonth(filtered),
      groups,
      matchingArticleIds: [...new Set(inRange.map((p) => p.articleId))],
      more: inRange.length > listed.length,
    };
  };
}

/** The words of the filter, folded for a case-insensitive match; at most 8 (more narrow nothing real). */
function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
}

function containsAll(text: string, words: string[]): boolean {
  const folded = text.toLocaleLowerCase();
  return words.every((w) => folded.includes(w));
}

function counts(passages: EntityPassageMeta[]): EntityCounts {
  let quotes = 0;
  const articles = new Set<number>();
  for (const p of passages) {
    if (p.kind === 'quote') quotes++;
    articles.add(p.articleId);
  }
  return { quotes, proposals: passages.length - quotes, articles: articles.size };
}

/** Every month from the earliest passage to the latest, with how many passages fall in it. */
function perMonth(passages: EntityPassageMeta[]): EntityMonth[] {
  const byMonth = new Map<string, number>();
  for (const p of passages) {
    const month = p.day.slice(0, 7);
    if (/^\d{4}-\d{2}$/.test(month)) byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
  if (!byMonth.size) return [];
  const keys = [...byMonth.keys()].sort();
  const out: EntityMonth[] = [];
  let [y, m] = keys[0]!.split('-').map(Number) as [number, number];
  const last = keys[keys.length - 1]!;
  // A library may hold a stray date far from the rest; the strip stays bounded (50 years of months).
  for (let i = 0; i < 600; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month, count: byMonth.get(month) ?? 0 });
    if (month >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
