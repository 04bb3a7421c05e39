// SQL of full-text search over articles_fts (titles, bodies), notes_fts and speakers_fts (the names that
// speak in quotes and proposals), of the quotes and proposals of the articles found, and of entity pages. Every value is bound; the filter clauses are fixed fragments chosen by which
// filters are set, so each combination is prepared once and reused.
import type { ArticleListItem } from '../model';
import { bodyText, type StoredBody } from './bodyCodec';
import { LIST_COLUMNS, LIST_ORDER, toListItem, type ListItemRow } from './listItem';
import type { Db } from './openDatabase';
import { PASSAGES_PER_ARTICLE } from './searchIndexWriter';
import type Database from 'better-sqlite3';

/** Marks the start and end of a match in snippets: control characters that import refuses in text. */
export const MATCH_OPEN = '\u0002';
export const MATCH_CLOSE = '\u0003';

export interface ArticleFilterValues {
  from: string | null;
  to: string | null;
  source: string | null;
  /** The entity's names: the one asked for and those the analyst merged with it (corrections, issue 14). */
  entity: string[] | null;
  hasNotes: boolean;
}

/** A match found by FTS5 with its bm25 score (lower is better, as SQLite gives it). */
export interface RankedArticle {
  articleId: number;
  score: number;
}

export interface RankedPassage extends RankedArticle {
  passageId: number;
}

/** The newest matches of one index with their scores; `cut` when more matched than were ranked. */
export interface Ranked<T> {
  rows: T[];
  cut: boolean;
}

export interface ShownArticle {
  item: ArticleListItem;
  body: string;
}

export interface ShownPassage {
  passageId: number;
  articleId: number;
  kind: 'quote' | 'proposal' | 'note';
  ord: number;
  start: number | null;
  end: number | null;
  /** Stored for notes, and for quotes whose text is not the body between their offsets. */
  text: string | null;
  /** The quote's speaker or the proposal's actor. */
  speaker: string | null;
}

/** A quote or proposal with its text, as a search for one speaker's words matches it. */
export interface SpokenText {
  passageId: number;
  articleId: number;
  start: number | null;
  said: string;
}

/** The ids of a name however it is capitalised (names are stored once each, in `names`). */
const NAME_IDS = (param: string) => `SELECT id FROM names WHERE name = ${param} COLLATE NOCASE`;

function filterClauses(f: ArticleFilterValues): string {
  const clauses: string[] = [];
  if (f.from !== null) clauses.push('a.date >= @from');
  if (f.to !== null) clauses.push('a.date <= @to');
  if (f.source !== null) clauses.push('a.source = @source COLLATE NOCASE');
  if (f.entity !== null) {
    clauses.push(`EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id AND e.entity_id IN (SELECT id FROM entities WHERE name_id IN (SELECT id FROM names WHERE name COLLATE NOCASE IN (SELECT value FROM json_each(@entity)))))`);
  }
  if (f.hasNotes) clauses.push('EXISTS (SELECT 1 FROM notes n WHERE n.article_id = a.id AND n.deleted_at IS NULL)');
  return clauses.map((c) => ` AND ${c}`).join('');
}

/** Restricts `column` (an article id) to the articles the filters let through, listed once per search in a
 *  temporary table (see filterList) instead of by reading each matching article's row. The unary + keeps
 *  SQLite from handing the list to FTS5 as rowids to look up one by one (a MATCH per listed article). */
const inFiltered = (column: string, filtered: boolean) => (filtered ? ` AND +${column} IN (SELECT id FROM temp.search_filter)` : '');

/** Leaves out the articles in the trash (s18-lib): a list read once per query from migration 012's small
 *  partial index, not a look at each match's row. */
const notTrashed = (column: string) => ` AND +${column} NOT IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)`;

/** What the window needs to show a quote, proposal or note and scroll to it, from `passages p` joined to
 *  `names n` by speaker. */
const PASSAGE_COLUMNS = 'p.id AS passageId, p.article_id AS articleId, p.kind, p.ord, p.start, p.end_ AS "end", p.text, n.name AS speaker';

/** The rank configured in migration 003 ('bm25(4.0, 1.0)': titles weigh four times bodies), computed per
 *  row: matches are taken newest first and the best picked by the caller, not sorted by FTS5's ORDER BY
 *  rank (which scores every match before the limit). */
const ARTICLE_BM25 = 'bm25(articles_fts, 4.0, 1.0)';

function boundFilters(f: ArticleFilterValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.from !== null) out.from = f.from;
  if (f.to !== null) out.to = f.to;
  if (f.source !== null) out.source = f.source;
  if (f.entity !== null) out.entity = JSON.stringify(f.entity);
  return out;
}

export interface EntityPassageRow {
  articleId: number;
  title: string;
  date: string | null;
  source: string | null;
  text: string;
  start: number | null;
  end: number | null;
}

export interface EntityArticleRow {
  articleId: number;
  title: string;
  date: string | null;
  source: string | null;
  name: string;
  type: string;
  mentions: number;
}


/** Fills temp.search_filter with the ids of the articles the filters let through, and keeps them while the
 *  filters and the library stay the same: both indexes' queries of a search (and the next searches with
 *  the same filters, as an analyst refines the words) then look ids up in it instead of each building the
 *  list again (about 3 ms for a year of 100,000 articles). The library has changed when this connection
 *  has written (total_changes) or another has committed (data_version). Returns whether a filter is set. */
function filterList(db: Db) {
  let created = false;
  let kept: string | null = null;
  const version = db.prepare('SELECT total_changes() || \':\' || (SELECT data_version FROM pragma_data_version)').pluck();
  return (f: ArticleFilterValues): boolean => {
    const clauses = filterClauses(f);
    if (!clauses) return false;
    if (!created) db.exec('CREATE TEMP TABLE IF NOT EXISTS search_filter (id INTEGER PRIMARY KEY)');
    created = true;
    const wanted = JSON.stringify([clauses, boundFilters(f)]);
    if (kept === `${wanted} ${version.get() as string}`) return true;
    db.transaction(() => {
      db.prepare('DELETE FROM temp.search_filter').run();
      // In id order, so the table is written by appending.
      db.prepare(`INSERT INTO temp.search_filter (id) SELECT a.id FROM articles a WHERE 1${clauses} ORDER BY a.id`).run(boundFilters(f));
    })();
    kept = `${wanted} ${version.get() as string}`;
    return true;
  };
}

export function searchRepository(db: Db) {
  const cache = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
    return stmt;
  };
  // Scores use the bm25 weights set in migration 003's rank configuration.
  const filterIds = filterList(db);

  return {
    /** The newest `newest` articles whose title or body matches (among those the filters let through),
     *  each with its bm25 score. FTS5 hands matches out newest first and stops at the limit, so bm25 is
     *  computed for those rows only and the index is walked once (a prefix expanded once); the caller
     *  picks the best. Snippets are cut later, for the articles shown (search/highlight.ts). */
    rankArticles(match: string, filters: ArticleFilterValues, newest: number): Ranked<RankedArticle> {
      const stmt = prepared(`SELECT rowid, ${ARTICLE_BM25} FROM articles_fts WHERE articles_fts MATCH @match${inFiltered('rowid', filterIds(filters))}${notTrashed('rowid')}
        ORDER BY rowid DESC LIMIT @newest`).raw(true);
      const rows = (stmt.all({ match, newest }) as [number, number][]).map(([articleId, score]) => ({ articleId, score }));
      return { rows, cut: rows.length >= newest };
    },
    /** The ids of the names that speak in some quote or proposal and whose words hold `phrase` (an FTS5
     *  phrase: "Tokayev" finds "Kassym-Jomart Tokayev"; case and Latin diacritics folded). */
    speakerIds(phrase: string): number[] {
      return prepared('SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?').pluck().all(phrase) as number[];
    },
    /** As rankArticles, among the articles in which one of `speakerIds` speaks: what a search for one
     *  speaker's words narrows their quotes and proposals to. The articles are read from passages_by_speaker
     *  alone (a passage's id ÷ PASSAGES_PER_ARTICLE is its article; reading article_id from each row cost
     *  ~10 ms for a speaker of 24,000 passages). The unary + keeps FTS5 walking its matches newest first
     *  rather than looking each of the speaker's articles up. */
    rankSpeakerArticles(match: string, speakerIds: readonly number[], filters: ArticleFilterValues, newest: number): Ranked<RankedArticle> {
      const stmt = prepared(`SELECT rowid, ${ARTICLE_BM25} FROM articles_fts WHERE articles_fts MATCH @match
        AND +rowid IN (SELECT id / ${PASSAGES_PER_ARTICLE} FROM passages WHERE speaker_id IN (SELECT value FROM json_each(@speakers)))${inFiltered('rowid', filterIds(filters))}${notTrashed('rowid')}
        ORDER BY rowid DESC LIMIT @newest`).raw(true);
      const rows = (stmt.all({ match, speakers: JSON.stringify(speakerIds), newest }) as [number, number][]).map(([articleId, score]) => ({ articleId, score }));
      return { rows, cut: rows.length >= newest };
    },
    /** The quotes and proposals of `speakerIds` in the given articles, each with its text (`said`: the stored
     *  text, or the body between its offsets). The article's passages are read by id range; the + keeps
     *  SQLite from walking the speaker's whole index instead. Only what matching needs: the passages shown are read
     *  again by shownPassages. Read in id order: neighbouring articles share pages (a batch of 460 articles
     *  in rank order took 20–50 ms, in id order ~7). */
    speakerPassages(articleIds: readonly number[], speakerIds: readonly number[]): SpokenText[] {
      if (!articleIds.length || !speakerIds.length) return [];
      // The body comes with a passage only when the passage's text is cut from it, and is inflated once per
      // article here: cutting each passage in SQL (article_body() and substr) cost a round trip of the whole
      // body's text per passage, and a speaker's search may read thousands.
      const rows = prepared(`SELECT p.id, p.article_id, p.start, p.end_, p.text, CASE WHEN p.text IS NULL THEN a.body END
        FROM json_each(@articles) j CROSS JOIN passages p ON p.id BETWEEN j.value * ${PASSAGES_PER_ARTICLE} AND j.value * ${PASSAGES_PER_ARTICLE} + ${PASSAGES_PER_ARTICLE - 1}
        JOIN articles a ON a.id = p.article_id
        WHERE +p.speaker_id IN (SELECT value FROM json_each(@speakers))`).raw(true).all({ articles: JSON.stringify([...articleIds].sort((a, b) => a - b)), speakers: JSON.stringify(speakerIds) }) as [number, number, number | null, number | null, string | null, StoredBody | null][];
      let bodyOf = { articleId: 0, text: '' };
      return rows.map(([passageId, articleId, start, end, text, stored]) => {
        if (text !== null || stored === null || start === null || end === null) return { passageId, articleId, start, said: text ?? '' };
        if (bodyOf.articleId !== articleId) bodyOf = { articleId, text: bodyText(stored) };
        // Offsets are JavaScript's wherever the text is not stored (analysisIndex in analysisCodec.ts).
        return { passageId, articleId, start, said: bodyOf.text.slice(start, end) };
      });
    },
    /** The live notes that match, each with its bm25 score: few and the analyst's own, so always all of them.
     *  Their passage ids are the notes' ids negated, apart from quotes and proposals. */
    rankNotes(match: string, filters: ArticleFilterValues): RankedPassage[] {
      const rows = prepared(`SELECT -n.id, n.article_id, bm25(notes_fts) FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid
        WHERE notes_fts MATCH @match${inFiltered('n.article_id', filterIds(filters))}${notTrashed('n.article_id')}`).raw(true).all({ match }) as [number, number, number][];
      return rows.map(([passageId, articleId, score]) => ({ passageId, articleId, score }));
    },
    /** The notes shown (by negated id, as rankNotes gives them), as passages of their articles. */
    shownNotes(passageIds: readonly number[]): ShownPassage[] {
      if (!passageIds.length) return [];
      return prepared(`SELECT -n.id AS passageId, n.article_id AS articleId, 'note' AS kind, n.id AS ord, NULL AS start, NULL AS "end", n.body AS text, NULL AS speaker
        FROM notes n WHERE n.id IN (SELECT -value FROM json_each(?))`).all(JSON.stringify(passageIds)) as ShownPassage[];
    },
    /** Every quote and proposal of the given articles (their id ranges), with what is needed to match and
     *  show them: a plain search finds an article by its title and body, which hold these passages, and
     *  then tells which of its passages matched in JavaScript rather than ranking the passages index too.
     *  CROSS JOIN keeps SQLite reading each article's id range instead of scanning every passage. */
    passagesOf(articleIds: readonly number[]): ShownPassage[] {
      if (!articleIds.length) return [];
      return prepared(`SELECT ${PASSAGE_COLUMNS}
        FROM json_each(?) j CROSS JOIN passages p ON p.id BETWEEN j.value * ${PASSAGES_PER_ARTICLE} AND j.value * ${PASSAGES_PER_ARTICLE} + ${PASSAGES_PER_ARTICLE - 1}
        LEFT JOIN names n ON n.id = p.speaker_id`).all(JSON.stringify(articleIds)) as ShownPassage[];
    },
    /** The passages shown: what the window needs to show and scroll to them, and their text (a quote's or
     *  proposal's is the body between its offsets unless stored: `text` is then null). */
    shownPassages(passageIds: readonly number[]): ShownPassage[] {
      if (!passageIds.length) return [];
      return prepared(`SELECT ${PASSAGE_COLUMNS}
        FROM passages p LEFT JOIN names n ON n.id = p.speaker_id WHERE p.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(passageIds)) as ShownPassage[];
    },
    /** What a person or organisation said and proposed across the library, newest article first. */
    passagesBy(name: string, kind: 'quote' | 'proposal', limit: number): EntityPassageRow[] {
      // The page's passages are chosen first and only theirs are cut from the bodies: SQLite computes a
      // result column for every row before ORDER BY … LIMIT, which would inflate the body of every article
      // a prolific speaker appears in.
      return prepared(`SELECT s.article_id AS articleId, a.title, a.date, a.source,
          coalesce(s.text, substr(article_body(a.body), s.start + 1, s.end_ - s.start)) AS text, s.start, s.end_ AS "end"
        FROM (SELECT p.article_id, p.text, p.start, p.end_ FROM passages p JOIN articles a ON a.id = p.article_id
          WHERE p.speaker_id IN (${NAME_IDS('@name')}) AND p.kind = @kind AND a.deleted_at IS NULL
          ORDER BY ${LIST_ORDER} DESC, a.id DESC, p.start LIMIT @limit) s
        JOIN articles a ON a.id = s.article_id
        ORDER BY ${LIST_ORDER} DESC, a.id DESC, s.start`).all({ name, kind, limit }) as EntityPassageRow[];
    },
    /** Articles that mention the entity, newest first, with its kinds and mention counts. */
    articlesMentioning(name: string, limit: number): EntityArticleRow[] {
      return prepared(`SELECT a.id AS articleId, a.title, a.date, a.source, en.type, e.mentions, n.name
        FROM names n JOIN entities en ON en.name_id = n.id JOIN article_entities e ON e.entity_id = en.id JOIN articles a ON a.id = e.article_id
        WHERE n.name = @name COLLATE NOCASE AND a.deleted_at IS NULL
        ORDER BY ${LIST_ORDER} DESC, a.id DESC LIMIT @limit`).all({ name, limit }) as EntityArticleRow[];
    },
    /** The articles shown, as the library list shows them, each with its title and body to cut snippets from. */
    shownArticles(ids: readonly number[]): ShownArticle[] {
      if (!ids.length) return [];
      const rows = prepared(`SELECT ${LIST_COLUMNS}, a.body FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as (ListItemRow & { body: StoredBody })[];
      return rows.map((r) => ({ item: toListItem(r), body: bodyText(r.body) }));
    },
  };
}

export type SearchRepository = ReturnType<typeof searchRepository>;
