// SQL for tags on articles (the tags table is shared with notes' tags, so one name is one tag).
import type { Db } from './openDatabase';
import { tagIds } from './tagIds';

export function articleTagsRepository(db: Db) {
  const forArticle = db.prepare<[number], { name: string }>(
    'SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name',
  );
  const clear = db.prepare('DELETE FROM article_tags WHERE article_id = ?');
  const tagId = tagIds(db);
  const add = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  return {
    forArticle(articleId: number): string[] {
      return forArticle.all(articleId).map((r) => r.name);
    },
    set(articleId: number, names: readonly string[]): string[] {
      db.transaction(() => {
        clear.run(articleId);
        for (const name of new Set(names.map((n) => n.trim()).filter(Boolean))) {
          add.run(articleId, tagId(name));
        }
      }).immediate();
      return this.forArticle(articleId);
    },
  };
}
