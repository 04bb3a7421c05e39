// An entity page of merged names (libraryEntities.ts) is read name by name and the lists joined here,
// newest first as each list is; an article naming two of the names is listed once.
import type { EntityArticleRow, EntityPassageRow } from '../db/searchRepository';

/** Newest first by the article's date, then by id (as LIST_ORDER orders each list; an undated article's
 *  import date is not in the rows, so undated ones go last here). */
const newestFirst = (a: { date: string | null; articleId: number }, b: { date: string | null; articleId: number }) =>
  (b.date ?? '').localeCompare(a.date ?? '') || b.articleId - a.articleId;

export function mergedPassages(lists: EntityPassageRow[][], limit: number): EntityPassageRow[] {
  if (lists.length === 1) return lists[0]!;
  return lists.flat().sort((a, b) => newestFirst(a, b) || (a.start ?? 0) - (b.start ?? 0)).slice(0, limit);
}

export function mergedArticles(lists: EntityArticleRow[][], limit: number): EntityArticleRow[] {
  if (lists.length === 1) return lists[0]!;
  const byArticle = new Map<number, EntityArticleRow>();
  for (const row of lists.flat()) {
    const seen = byArticle.get(row.articleId);
    if (seen) seen.mentions += row.mentions;
    else byArticle.set(row.articleId, { ...row });
  }
  return [...byArticle.values()].sort(newestFirst).slice(0, limit);
}
