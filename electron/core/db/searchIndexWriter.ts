// Writes the search index rows of one article's analysis: its quotes and proposals (`passages`; triggers
// keep their speakers' names in speakers_fts) and the entities it names (`article_entities`, `entities`, `names`). Called by the
// articles repository whenever an analysis is saved, in the caller's transaction, so every path that
// stores an analysis keeps the index right (migration 003 did this with json_each triggers on the
// analysis JSON, which is now stored compressed).
import type { AnalysisIndex } from './analysisCodec';
import type { Db } from './openDatabase';

/** Passages of article A have ids A × PASSAGES_PER_ARTICLE + n, so an article's passages are a rowid
 *  range (no index on article_id), and passages_by_speaker gives a speaker's articles without reading the
 *  rows (notes have an index of their own since migration 006). An article's passages past this many are
 *  left out of search (a 5 MB article could in principle hold more quotes; its briefing still shows them
 *  all). */
export const PASSAGES_PER_ARTICLE = 4096;

export function searchIndexWriter(db: Db) {
  // Through names_nocase (the index search looks names up by), then exactly: 'US' and 'Us' are two names.
  const nameId = db.prepare<[string, string], { id: number }>('SELECT id FROM names WHERE name = ? COLLATE NOCASE AND name = ?');
  const addName = db.prepare<[string]>('INSERT INTO names (name) VALUES (?)');
  const clearPassages = db.prepare<[number, number]>('DELETE FROM passages WHERE id BETWEEN ? AND ?');
  const clearEntities = db.prepare<[number]>('DELETE FROM article_entities WHERE article_id = ?');
  const addPassage = db.prepare(`INSERT INTO passages (id, article_id, kind, ord, start, end_, speaker_id, text)
    VALUES (@id, @articleId, @kind, @ord, @start, @end, @speakerId, @text)`);
  const entityId = db.prepare<[number, string], { id: number }>('SELECT id FROM entities WHERE name_id = ? AND type = ?');
  const addEntity = db.prepare<[number, string]>('INSERT INTO entities (name_id, type) VALUES (?, ?)');
  const addMention = db.prepare<[number, number, number]>('INSERT OR IGNORE INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)');

  const idOf = (name: string): number => nameId.get(name, name)?.id ?? Number(addName.run(name).lastInsertRowid);
  const entityOf = (name: string, type: string): number => {
    const n = idOf(name);
    return entityId.get(n, type)?.id ?? Number(addEntity.run(n, type).lastInsertRowid);
  };

  return {
    /** Replaces the article's analysis rows in the index. Must run inside the caller's transaction. */
    write(articleId: number, index: AnalysisIndex): void {
      const base = articleId * PASSAGES_PER_ARTICLE;
      clearPassages.run(base, base + PASSAGES_PER_ARTICLE - 1);
      clearEntities.run(articleId);
      index.passages.slice(0, PASSAGES_PER_ARTICLE).forEach((p, n) => {
        addPassage.run({ id: base + n, articleId, kind: p.kind, ord: p.ord, start: p.start, end: p.end, speakerId: p.speaker === null ? null : idOf(p.speaker), text: p.text });
      });
      // In entity order: article_entities is keyed (article, entity), and rows added in key order fill its
      // pages; added in the analysis's order, page splits left them about 70% full.
      const mentions = index.entities.map((e) => ({ entity: entityOf(e.name, e.type), mentions: e.mentions }));
      mentions.sort((a, b) => a.entity - b.entity);
      for (const m of mentions) addMention.run(articleId, m.entity, m.mentions);
    },
  };
}
