// SQL of the window's entity page: a name's quotes and proposals counted per article and each article's
// day, from indexes alone (migration 013); the passages and texts of the articles listed; and, to match
// words, the articles whose body holds them. Every value is bound.
import type Database from 'better-sqlite3';
import type { EntityPassageKind } from '../search/entityPageTypes';
import { LIST_ORDER } from './listItem';
import type { Db } from './openDatabase';
import { PASSAGES_PER_ARTICLE } from './searchIndexWriter';

/** A passage's text: stored for some quotes, else the body between its offsets (read through the
 *  connection's article_body(), which inflates a compressed body once per article). */
const PASSAGE_TEXT = 'coalesce(p.text, substr(article_body(a.body), p.start + 1, p.end_ - p.start))';

/** The name's quotes and proposals in one article, and the article's day as the library list orders by
 *  it (its date, or the day it was imported). */
export interface EntityArticleCount {
  articleId: number;
  day: string;
  quotes: number;
  proposals: number;
}

export interface EntityPassage {
  articleId: number;
  kind: EntityPassageKind;
  day: string;
  start: number | null;
  end: number | null;
  text: string;
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
  const kindIs = (kind: EntityPassageKind | null) => (kind ? 'p.kind = @kind' : "p.kind IN ('quote', 'proposal')");

  return {
    /** The ids of a name however it is capitalised; the exact spelling first. */
    nameIds(name: string): { id: number; name: string }[] {
      return prepared('SELECT id, name FROM names WHERE name = @name COLLATE NOCASE ORDER BY name = @name DESC, id').all({ name }) as { id: number; name: string }[];
    },
    types(ids: readonly number[]): string[] {
      return prepared('SELECT DISTINCT type FROM entities WHERE name_id IN (SELECT value FROM json_each(?)) ORDER BY type').pluck().all(JSON.stringify(ids)) as string[];
    },
    /** Articles that list the name among their entities. */
    mentionedIn(ids: readonly number[]): number {
      return prepared(`SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id IN (SELECT id FROM entities WHERE name_id IN (SELECT value FROM json_each(?)))
        AND +article_id NOT IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)`).pluck().get(JSON.stringify(ids)) as number;
    },
    /** One speaker id's quotes and proposals counted per article, with the article's day. One id per query,
     *  so the rows come grouped in the index's article order (no sort), and the days from the narrow index. */
    countsByArticle(speakerId: number): EntityArticleCount[] {
      return prepared(`SELECT s.articleId, ${LIST_ORDER} AS day, s.quotes, s.proposals
        FROM (SELECT p.article_id AS articleId, sum(p.kind = 'quote') AS quotes, sum(p.kind = 'proposal') AS proposals
          FROM passages p WHERE p.speaker_id = ? GROUP BY p.article_id) s
        JOIN articles a INDEXED BY articles_day_by_id ON a.id = s.articleId
        -- Articles in the trash are left out: the trash is small and has its own index (migration 012).
        WHERE +s.articleId NOT IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)`).all(speakerId) as EntityArticleCount[];
    },
    /** The quotes and proposals (of one kind, when given) of the speaker ids in these articles, with their
     *  texts, in the articles' order given and in reading order within each. An article's passages are an
     *  id range (searchIndexWriter.ts). */
    passagesIn(articleIds: readonly number[], speakerIds: readonly number[], kind: EntityPassageKind | null): EntityPassage[] {
      if (!articleIds.length) return [];
      return prepared(`SELECT p.article_id AS articleId, p.kind, ${LIST_ORDER} AS day, p.start, p.end_ AS "end", ${PASSAGE_TEXT} AS text
        FROM json_each(@articles) j JOIN articles a ON a.id = j.value
        JOIN passages p ON p.id BETWEEN j.value * ${PASSAGES_PER_ARTICLE} AND j.value * ${PASSAGES_PER_ARTICLE} + ${PASSAGES_PER_ARTICLE - 1}
        WHERE p.speaker_id IN (SELECT value FROM json_each(@speakers)) AND ${kindIs(kind)}
        ORDER BY j.key, p.start, p.id`).all({ articles: JSON.stringify(articleIds), speakers: JSON.stringify(speakerIds), ...(kind ? { kind } : {}) }) as EntityPassage[];
    },
    /** Articles whose body matches an FTS5 query: the words filter reads the passages of these only. */
    bodiesMatching(match: string): number[] {
      return prepared('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').pluck().all(match) as number[];
    },
    articles(ids: readonly number[]): Map<number, EntityArticleMeta> {
      if (!ids.length) return new Map();
      const rows = prepared('SELECT id, title, date, source FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as EntityArticleMeta[];
      return new Map(rows.map((r) => [r.id, r]));
    },
  };
}

export type EntityPageRepository = ReturnType<typeof entityPageRepository>;
