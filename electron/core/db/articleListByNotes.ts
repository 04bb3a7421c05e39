// The library list sorted by notes, a page at a time. A count of notes cannot be indexed, and counting
// them for each of 100,000 articles on every page took 0.3 s for the first page and about 2 s for a page
// deep in the list or for finding an article's place. But few articles have notes: those are counted
// (from the notes table, small) and sorted here, and every other article follows (or, going up, comes
// first) in the list's own date order, read through its index. Ties between equal counts go by date.
import type { ArticleListItem } from '../model';
import { LIST_COLUMNS, LIST_ORDER, TAGS_COLUMN, toListItem, type ListItemRow } from './listItem';
import type { Db } from './openDatabase';

type Match = { needle: string | null; pattern: string | null };
const LIVE_NOTES = 'SELECT article_id FROM notes WHERE deleted_at IS NULL';

export function articleListByNotes(db: Db, matches: string) {
  const statements = (direction: 'asc' | 'desc') => {
    const dir = direction === 'asc' ? 'ASC' : 'DESC';
    const after = direction === 'asc' ? '<' : '>';
    return {
      // The articles with notes that the filter lets through, in order: a few hundred, usually.
      annotated: db.prepare<Match, ListItemRow>(
        `SELECT ${LIST_COLUMNS}, ${TAGS_COLUMN} FROM (SELECT article_id, count(*) AS n FROM notes WHERE deleted_at IS NULL GROUP BY article_id) c
         JOIN articles a ON a.id = c.article_id WHERE ${matches} ORDER BY c.n ${dir}, ${LIST_ORDER} ${dir}, a.id ${dir}`,
      ),
      // The others, in date order.
      plain: db.prepare<Match & { limit: number; offset: number }, ListItemRow>(
        `SELECT ${LIST_COLUMNS}, ${TAGS_COLUMN} FROM articles a WHERE ${matches} AND a.id NOT IN (${LIVE_NOTES})
         ORDER BY ${LIST_ORDER} ${dir}, a.id ${dir} LIMIT :limit OFFSET :offset`,
      ),
      plainBefore: db.prepare<Match & { id: number }, number>(
        `SELECT count(*) FROM articles a, (SELECT ${LIST_ORDER} AS k FROM articles a WHERE a.id = :id) x
         WHERE ${matches} AND a.id NOT IN (${LIVE_NOTES}) AND (${LIST_ORDER} ${after} x.k OR (${LIST_ORDER} = x.k AND a.id ${after} :id))`,
      ).pluck(),
      count: db.prepare<Match, number>(`SELECT count(*) FROM articles a WHERE ${matches}`).pluck(),
      listed: db.prepare<Match & { id: number }, number>(`SELECT count(*) FROM articles a WHERE a.id = :id AND ${matches}`).pluck(),
    };
  };
  const byDirection = { asc: statements('asc'), desc: statements('desc') };

  return {
    /** One page (inside the caller's transaction); `index` is where `around` is, if it is listed. */
    page(match: Match, direction: 'asc' | 'desc', limit: number, offset: number, around: number | undefined) {
      const sql = byDirection[direction];
      const annotated = sql.annotated.all(match);
      const total = sql.count.get(match)!;
      const plainCount = total - annotated.length;
      // Most notes first going down; going up, the articles without notes come first.
      const annotatedFrom = direction === 'desc' ? 0 : plainCount;
      const plainFrom = direction === 'desc' ? annotated.length : 0;
      let index: number | null = null;
      if (around !== undefined && sql.listed.get({ ...match, id: around })) {
        const at = annotated.findIndex((r) => r.id === around);
        index = at >= 0 ? annotatedFrom + at : plainFrom + sql.plainBefore.get({ ...match, id: around })!;
        offset = Math.floor(index / limit) * limit;
      }
      const items: ArticleListItem[] = [];
      for (let i = offset; i < Math.min(total, offset + limit); ) {
        if (i >= annotatedFrom && i < annotatedFrom + annotated.length) {
          items.push(toListItem(annotated[i - annotatedFrom]!));
          i++;
          continue;
        }
        // A run of articles without notes, read in one query.
        const runEnd = Math.min(offset + limit, plainFrom + plainCount);
        const rows = sql.plain.all({ ...match, limit: runEnd - i, offset: i - plainFrom });
        items.push(...rows.map(toListItem));
        i += Math.max(1, rows.length);
      }
      return { total, offset, items, index };
    },
  };
}
