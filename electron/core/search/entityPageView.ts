// The window's entity page: a name's quotes and proposals across the library, filtered by date, kind and
// words, grouped by article newest first, with true totals (never cut by the row limit) and the matches per
// month for the timeline strip. The CLI's `briefing entity` (entityPage.ts) lists the same passages.
//
// Without words, everything but the rows listed comes from the passages counted per article (indexes
// only, migration 013): the most quoted person of 100,000 articles has ~30,000 passages, and reading each
// one's row and text would cost several times the page's budget. Words need the texts, so they are read.
import { entityPageRepository, type EntityArticleCount, type EntityPassage } from '../db/entityPageRepository';
import type { Db } from '../db/openDatabase';
import type { EntityCounts, EntityMonth, EntityPageGroup, EntityPageRequest, EntityPageView } from './entityPageTypes';
import { SearchError } from './searchError';
import { namesOf, NO_LIBRARY_ENTITIES, type LibraryEntities } from '../libraryEntities';

const ENTITY_ROWS_DEFAULT = 300;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `library` gives the analyst's library-wide merges and kinds (read at each page: they change). */
export function createEntityPage(db: Db, library: () => LibraryEntities = () => NO_LIBRARY_ENTITIES) {
  const repo = entityPageRepository(db);

  return function entityPageView(request: EntityPageRequest): EntityPageView {
    const wanted = request.name.trim();
    if (!wanted) throw new SearchError('BAD_QUERY', 'Name a person, organisation or place.');
    for (const [label, value] of [['From', request.from], ['To', request.to]] as const) {
      if (value !== undefined && !ISO_DATE.test(value)) throw new SearchError('BAD_QUERY', `${label} must be a date like 2024-05-31, not “${value}”.`);
    }
    if (request.from && request.to && request.from > request.to) throw new SearchError('BAD_QUERY', `The range is empty: ${request.from} is after ${request.to}.`);
    const limit = Math.max(1, Math.floor(request.limit ?? ENTITY_ROWS_DEFAULT));
    const kind = request.kind ?? null;
    const words = wordsOf(request.words ?? '');
    const inRange = (day: string) => (!request.from || day >= request.from) && (!request.to || day <= request.to);

    // A merged name's page is the page of the name it was merged into, holding the passages of both.
    const { merges, kinds } = library();
    const [canonical, ...aliases] = namesOf(wanted, merges) as [string, ...string[]];
    const names = [canonical, ...aliases].flatMap((n) => repo.nameIds(n));
    const speakerIds = [...new Set(names.map((n) => n.id))];
    const all = newestFirst(mergeCounts(speakerIds.map((id) => repo.countsByArticle(id))));

    let filtered: EntityArticleCount[];
    let rows: EntityPassage[];
    if (words.length) {
      // Only the articles whose body holds every word (a quote is a slice of its body) are read, newest first.
      const bodies = new Set(repo.bodiesMatching(`body : (${words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' AND ')})`));
      const candidates = all.filter((a) => bodies.has(a.articleId)).map((a) => a.articleId);
      const starts = words.map(wordStart);
      const said = repo.passagesIn(candidates, speakerIds, kind).filter((p) => {
        const text = fold(p.text ?? '');
        return starts.every((re) => re.test(text));
      });
      filtered = countsOf(said);
      rows = said.filter((p) => inRange(p.day)).slice(0, limit);
    } else {
      filtered = kind ? all.map((a) => ({ ...a, quotes: kind === 'quote' ? a.quotes : 0, proposals: kind === 'proposal' ? a.proposals : 0 })).filter((a) => a.quotes + a.proposals) : all;
      // The newest articles until the limit is reached; only theirs are read.
      const listed: number[] = [];
      let n = 0;
      for (const a of filtered) {
        if (n >= limit) break;
        if (!inRange(a.day)) continue;
        listed.push(a.articleId);
        n += a.quotes + a.proposals;
      }
      rows = repo.passagesIn(listed, speakerIds, kind).slice(0, limit);
    }
    const matching = filtered.filter((a) => inRange(a.day));

    const articles = repo.articles([...new Set(rows.map((p) => p.articleId))]);
    const groups: EntityPageGroup[] = [];
    for (const p of rows) {
      let group = groups[groups.length - 1];
      if (group?.articleId !== p.articleId) {
        const a = articles.get(p.articleId);
        group = { articleId: p.articleId, title: a?.title ?? '', date: a?.date ?? null, source: a?.source ?? null, rows: [] };
        groups.push(group);
      }
      group.rows.push({ kind: p.kind, start: p.start, end: p.end, text: p.text ?? '' });
    }
    const matchingCounts = totalOf(matching);

    return {
      name: aliases.length ? canonical : names[0]?.name ?? wanted,
      types: kinds.has(canonical.toLowerCase()) ? [kinds.get(canonical.toLowerCase())!] : speakerIds.length ? repo.types(speakerIds) : [],
      aliases,
      totals: totalOf(all),
      mentionedIn: speakerIds.length ? repo.mentionedIn(speakerIds) : 0,
      matching: matchingCounts,
      months: perMonth(filtered),
      groups,
      matchingArticleIds: matching.map((a) => a.articleId),
      more: matchingCounts.quotes + matchingCounts.proposals > rows.length,
    };
  };
}

/** A name spelled in several casings has one id each: their counts are added up per article. */
function mergeCounts(lists: EntityArticleCount[][]): EntityArticleCount[] {
  if (lists.length === 1) return lists[0]!;
  const byArticle = new Map<number, EntityArticleCount>();
  for (const a of lists.flat()) {
    const known = byArticle.get(a.articleId);
    if (known) {
      known.quotes += a.quotes;
      known.proposals += a.proposals;
    } else byArticle.set(a.articleId, { ...a });
  }
  return [...byArticle.values()];
}

/** As the library lists articles: newest day first, then the higher id. */
function newestFirst(list: EntityArticleCount[]): EntityArticleCount[] {
  return list.sort((x, y) => (x.day < y.day ? 1 : x.day > y.day ? -1 : y.articleId - x.articleId));
}

/** Passages (newest article first) counted per article, keeping that order. */
function countsOf(passages: EntityPassage[]): EntityArticleCount[] {
  const out: EntityArticleCount[] = [];
  for (const p of passages) {
    let last = out[out.length - 1];
    if (last?.articleId !== p.articleId) out.push((last = { articleId: p.articleId, day: p.day, quotes: 0, proposals: 0 }));
    if (p.kind === 'quote') last.quotes++;
    else last.proposals++;
  }
  return out;
}

function totalOf(list: EntityArticleCount[]): EntityCounts {
  let quotes = 0;
  let proposals = 0;
  for (const a of list) {
    quotes += a.quotes;
    proposals += a.proposals;
  }
  return { quotes, proposals, articles: list.length };
}

/** Lower case without accents, as the full-text index folds words (unicode61, remove_diacritics). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The words of the filter, folded; pieces without a letter or digit are no word. At most 8 (more narrow
 *  nothing real). */
function wordsOf(text: string): string[] {
  return fold(text).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).slice(0, 8);
}

/** Matches the word where a word of the text begins ("govern" finds "government"), as the index's prefix
 *  query does. */
function wordStart(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
}

/** Every month from the earliest passage to the latest, with how many passages fall in it. */
function perMonth(list: EntityArticleCount[]): EntityMonth[] {
  const byMonth = new Map<string, number>();
  for (const a of list) {
    const month = a.day.slice(0, 7);
    if (/^\d{4}-\d{2}$/.test(month)) byMonth.set(month, (byMonth.get(month) ?? 0) + a.quotes + a.proposals);
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
