// SQL for the library list, read a page at a time: a library of years of reporting (100,000 articles) is
// too much to send to the window at once, and sorting or filtering it in JavaScript held the main
// process for about a second on every refresh.
import type { ArticleListItem } from '../model';
import { LIST_COLUMNS, LIST_ORDER, TAGS_COLUMN, toListItem, type ListItemRow } from './listItem';
import type { Db } from './openDatabase';
import { articleListByNotes } from './articleListByNotes';

// The filter matches the title, source or date, or one of the article's tags ("#csto" or "csto"). LIKE
// ignores case for ASCII letters only, so a filter with other letters compares through fold(), JavaScript's
// toLowerCase (slower: a call per row). Title, source and date are in the list's indexes (migrations 005
// and 012), so filtering reads an index, not the articles' rows with their bodies. Articles in the trash
// are never listed; the indexes are partial (live rows only), so saying so costs nothing.
const LIVE = 'a.deleted_at IS NULL';
const matchesAscii = `${LIVE} AND (:pattern IS NULL
  OR a.title LIKE :pattern ESCAPE '\\' OR a.source LIKE :pattern ESCAPE '\\' OR a.date LIKE :pattern ESCAPE '\\'
  OR a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE '#' || t.name LIKE :pattern ESCAPE '\\'))`;
const matchesUnicode = `${LIVE} AND (instr(fold(a.title), :needle) > 0 OR instr(fold(a.source), :needle) > 0 OR instr(a.date, :needle) > 0
  OR a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE instr(fold('#' || t.name), :needle) > 0))`;

const COLUMNS = `${LIST_COLUMNS}, ${TAGS_COLUMN}`;

/** The columns the table sorts by. */
export const LIST_SORTS = ['date', 'title', 'source', 'notes'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

// Each sort key spelled as its index (migration 012) spells it, so that the index applies; the article's
// id breaks ties, so every article has one place in the list.
const SORT_KEYS: Record<ListSort, string> = {
  date: LIST_ORDER,
  title: 'a.title COLLATE NOCASE',
  source: `coalesce(a.source, '') COLLATE NOCASE`,
  // Not used for paging (articleListByNotes.ts reads that order); kept so each sort has its key.
  notes: '(SELECT count(*) FROM notes n WHERE n.article_id = a.id AND n.deleted_at IS NULL)',
};

export interface ListPageRequest {
  filter?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
  /** An article whose page is wanted (the selected one): `offset` is then that page's. */
  around?: number | undefined;
  /** Newest first by date unless said otherwise. */
  sort?: ListSort | undefined;
  direction?: SortDirection | undefined;
}

export interface ListPage {
  /** Articles in the (filtered) list. */
  total: number;
  offset: number;
  items: ArticleListItem[];
  /** Where `around` is in the list, or null when the filter hides it (or none was asked for). */
  index: number | null;
}

export const LIST_PAGE_MAX = 500;

export function articleListRepository(db: Db) {
  db.function('fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
  type Match = { needle: string | null; pattern: string | null };
  const statements = (matches: string, sort: ListSort, direction: SortDirection) => {
    const key = SORT_KEYS[sort];
    const dir = direction === 'asc' ? 'ASC' : 'DESC';
    const after = direction === 'asc' ? '<' : '>';
    return {
      page: db.prepare<Match & { limit: number; offset: number }, ListItemRow>(
        `SELECT ${COLUMNS} FROM articles a WHERE ${matches} ORDER BY ${key} ${dir}, a.id ${dir} LIMIT :limit OFFSET :offset`,
      ),
      count: db.prepare<Match, number>(`SELECT count(*) FROM articles a WHERE ${matches}`).pluck(),
      // How many listed articles come before this one: its index.
      before: db.prepare<Match & { id: number }, number>(
        `SELECT count(*) FROM articles a, (SELECT ${key} AS k FROM articles a WHERE a.id = :id) x
         WHERE ${matches} AND (${key} ${after} x.k OR (${key} = x.k AND a.id ${after} :id))`,
      ).pluck(),
      listed: db.prepare<Match & { id: number }, number>(`SELECT count(*) FROM articles a WHERE a.id = :id AND ${matches}`).pluck(),
    };
  };
  // Sorting by notes reads the few articles with notes apart from the rest (articleListByNotes.ts).
  const byNotes = { ascii: articleListByNotes(db, matchesAscii), unicode: articleListByNotes(db, matchesUnicode) };
  // Prepared at first use: six orders times two kinds of filter.
  const prepared = new Map<string, ReturnType<typeof statements>>();
  const statementsFor = (unicode: boolean, sort: ListSort, direction: SortDirection) => {
    const name = `${unicode ? 'u' : 'a'}:${sort}:${direction}`;
    let found = prepared.get(name);
    if (!found) prepared.set(name, (found = statements(unicode ? matchesUnicode : matchesAscii, sort, direction)));
    return found;
  };

  return {
    page(request: ListPageRequest): ListPage {
      const needle = request.filter?.trim().toLowerCase() || null;
      // eslint-disable-next-line no-control-regex
      const unicode = Boolean(needle && /[^\x00-\x7f]/.test(needle));
      const match: Match = { needle, pattern: needle === null ? null : `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
      const limit = Math.min(LIST_PAGE_MAX, Math.max(1, request.limit ?? 100));
      if (request.sort === 'notes') {
        const notes = byNotes[unicode ? 'unicode' : 'ascii'];
        return db.transaction(() => notes.page(match, request.direction ?? 'desc', limit, Math.max(0, request.offset ?? 0), request.around))();
      }
      const sql = statementsFor(unicode, request.sort ?? 'date', request.direction ?? 'desc');
      return db.transaction(() => {
        let index: number | null = null;
        let offset = Math.max(0, request.offset ?? 0);
        if (request.around !== undefined && sql.listed.get({ ...match, id: request.around })) {
          index = sql.before.get({ ...match, id: request.around })!;
          offset = Math.floor(index / limit) * limit;
        }
        const items = sql.page.all({ ...match, limit, offset }).map(toListItem);
        // A first page that is not full is the whole list: no second scan to count it.
        const total = offset === 0 && items.length < limit ? items.length : sql.count.get(match)!;
        return { total, offset, items, index };
      })();
    },
  };
}
