// Keeps the search index of an article that the analyst corrected in step with the corrected briefing:
// its quotes and proposals (`passages`, with their corrected speakers and actors, without the dismissed
// ones, with the added ones) and its entities. Run in the caller's transaction whenever a correction is
// saved or undone, and whenever an analysis is stored (re-analysis), so search, entity pages and the
// briefing agree. Articles without corrections (nearly all) keep the rows written from the analysis alone.
import { applyCorrections, type Correction } from '../corrections';
import { analysisIndex, unpackAnalysis } from './analysisCodec';
import { bodyText, type StoredBody } from './bodyCodec';
import type { Db } from './openDatabase';
import { searchIndexWriter } from './searchIndexWriter';

/** `writer`: the caller's own index writer, when it has one (its statements are prepared once). */
export function correctedIndex(db: Db, writer = searchIndexWriter(db)) {
  const corrections = db.prepare<[number], string>('SELECT value_json FROM corrections WHERE article_id = ? ORDER BY id').pluck();
  const stored = db.prepare<[number], { packed: Buffer; body: StoredBody }>('SELECT s.packed, a.body FROM analyses s JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?');
  return {
    /** Rewrites the article's index rows from its analysis with its corrections laid over. Must run inside
     *  the caller's transaction. `always` rewrites them even without corrections (after the last is undone).
     *  Answers whether it wrote them. */
    write(articleId: number, always = false): boolean {
      const list = corrections.all(articleId).map((json) => JSON.parse(json) as Correction);
      if (!list.length && !always) return false;
      const row = stored.get(articleId);
      if (!row) return false;
      const body = bodyText(row.body);
      writer.write(articleId, analysisIndex(applyCorrections(unpackAnalysis(row.packed, body), list, body), body));
      return true;
    },
  };
}
