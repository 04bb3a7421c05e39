// SQL of the window's entity page: one name's quotes and proposals (passages by speaker_id, through the
// partial index passages_by_speaker), their articles' dates for the order and the timeline, their texts for
// the rows listed, and the totals. Every value is bound.
import type Database from 'better-sqlite3';
import type { EntityPassageKind } from '../search/entityPageTypes';
import { LIST_ORDER } from './listItem';
import type { Db } from './openDatabase';

/** The ids of a name however it is capitalised (names are stored once each, in `names`). */
const NAME_IDS = `SELECT id FROM names WHERE name = @name COLLATE NOCASE`;

/** A passage's text: stored for some quotes, else the body between its offsets (read through the
 *  connection's article_body(), which inflates a compressed body once per article). */
const PASSAGE_TEXT = 'coalesce(p.text, substr(article_body(a.body), p.start + 1, p.end_ - p.start))';

/** One quote or proposal of the name, without its text; `day` is the article's date as the library list
 *  orders by it (its date, or the day it was imported). */
export interface EntityPassageMeta {
  id: number;
  articleId: number;
  kind: EntityPassageKind;
  day: string;
  start: number | null;
  end: number | null;
  /** Only when asked for (to match words against). */
  text?: string;
}

export interface EntityArticleMeta {
  id: number;
  title: string;
  date: string | null;
  source: string | null;
}

export function entityPageRepository(db: Db) {
  const cache = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
    return stmt;
  };

  return {
    /** How the library spells the name: the exact spelling when stored, else the first of its casings. */
    spellings(name: string): string[] {
      return prepared(`SELECT name FROM names WHERE name = @name COLLATE NOCASE ORDER BY name = @exact DESC, id`).pluck().all({ name, exact: name }) as string[];
    },
    types(name: string): string[] {
      return prepared(`SELECT DISTINCT type FROM entities WHERE name_id IN (${NAME_IDS}) ORDER BY type`).pluck().all({ name }) as string[];
    },
    /** Articles that list the name among their entities. */
    mentionedIn(name: string): number {
      return prepared(`SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id IN (SELECT id FROM entities WHERE name_id IN (${NAME_IDS}))`).pluck().get({ name }) as number;
    },
    /** The name's quotes and proposals (of one kind, when given), newest article first and in reading
     *  order within an article; with their text when `withText` (to match words against). */
    passages(name: string, kind: EntityPassageKind | null, withText: boolean): EntityPassageMeta[] {
      return prepared(`SELECT p.id, p.article_id AS articleId, p.kind, ${LIST_ORDER} AS day, p.start, p.end_ AS "end"${withText ? `, ${PASSAGE_TEXT} AS text` : ''}
        FROM passages p JOIN articles a ON a.id = p.article_id
        WHERE p.speaker_id IN (${NAME_IDS}) AND ${kind ? 'p.kind = @kind' : "p.kind IN ('quote', 'proposal')"}
        ORDER BY day DESC, a.id DESC, p.start`).all(kind ? { name, kind } : { name }) as EntityPassageMeta[];
    },
    /** The texts of the passages listed, by passage id. */
    texts(ids: readonly number[]): Map<number, string> {
      if (!ids.length) return new Map();
      const rows = prepared(`SELECT p.id, ${PASSAGE_TEXT} AS text FROM passages p JOIN articles a ON a.id = p.article_id
        WHERE p.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: number; text: string | null }[];
      return new Map(rows.map((r) => [r.id, r.text ?? '']));
    },
    articles(ids: readonly number[]): Map<number, EntityArticleMeta> {
      if (!ids.length) return new Map();
      const rows = prepared(`SELECT id, title, date, source FROM articles WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as EntityArticleMeta[];
      return new Map(rows.map((r) => [r.id, r]));
    },
  };
}

export type EntityPageRepository = ReturnType<typeof entityPageRepository>;
