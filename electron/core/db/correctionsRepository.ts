// SQL for the analyst's corrections of the analysis (one row per corrected thing; a new correction of
// the same thing replaces the old one).
import { correctionTarget, type Correction } from '../corrections';
import { correctedIndex } from './correctedIndex';
import type { Db } from './openDatabase';

export function correctionsRepository(db: Db) {
  const forArticle = db.prepare<[number], { value_json: string }>('SELECT value_json FROM corrections WHERE article_id = ? ORDER BY id');
  const upsert = db.prepare(`INSERT INTO corrections (article_id, kind, target, value_json, created_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(article_id, kind, target) DO UPDATE SET value_json = excluded.value_json, created_at = excluded.created_at`);
  const remove = db.prepare('DELETE FROM corrections WHERE article_id = ? AND kind = ? AND target = ?');
  // Search and entity pages read the index, so it is rewritten with every change (correctedIndex.ts).
  const index = correctedIndex(db);
  return {
    forArticle(articleId: number): Correction[] {
      return forArticle.all(articleId).map((r) => JSON.parse(r.value_json) as Correction);
    },
    save(articleId: number, correction: Correction, now = new Date()): void {
      db.transaction(() => {
        upsert.run(articleId, correction.kind, correctionTarget(correction), JSON.stringify(correction), now.toISOString());
        index.write(articleId, true);
      }).immediate();
    },
    /** Undoes a correction: the analysis's own answer shows again. */
    remove(articleId: number, correction: Correction): boolean {
      return db.transaction(() => {
        const removed = remove.run(articleId, correction.kind, correctionTarget(correction)).changes === 1;
        if (removed) index.write(articleId, true);
        return removed;
      }).immediate();
    },
  };
}
