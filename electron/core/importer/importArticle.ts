// Imports article files: read, decode, extract, analyse, store — each file all or nothing, and a file
// that fails is reported with its reason while the rest go on. This is the synchronous path (text,
// Markdown and HTML); importJob.ts runs every format on worker threads with progress and cancel.
import { analyzeArticle } from '../analysis/index';
import { packAnalysis, type PackedAnalysis } from '../db/analysisCodec';
import { articlesRepository, type ArticlesRepository } from '../db/articlesRepository';
import { articleTrashRepository } from '../db/articleTrashRepository';
import type { Db } from '../db/openDatabase';
import { collectFiles } from './collectFiles';
import { ImportError } from './importError';
import { prepareArticleSync, prepareTextBytes, type PreparedArticle } from './prepareArticle';

export { MAX_ARTICLE_BYTES } from './readLimited';
export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

export type ImportOutcome =
  | { file: string; status: 'imported'; articleId: number; title: string; notices: string[] }
  | { file: string; status: 'duplicate'; articleId: number; title: string; notices: string[] }
  | { file: string; status: 'refused'; code: string; reason: string };

export interface ImportReport {
  outcomes: ImportOutcome[];
  imported: number;
  duplicates: number;
  refused: number;
}

export function importFiles(db: Db, paths: readonly string[]): ImportReport {
  return reportOf(collectFiles(paths).map((file) => importArticleFile(db, file)));
}

export function reportOf(outcomes: ImportOutcome[]): ImportReport {
  return {
    outcomes,
    imported: outcomes.filter((o) => o.status === 'imported').length,
    duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
    refused: outcomes.filter((o) => o.status === 'refused').length,
  };
}

export function importArticleFile(db: Db, file: string): ImportOutcome {
  try {
    return storeArticle(db, prepareArticleSync(file));
  } catch (err) {
    if (err instanceof ImportError) return refused(file, err);
    throw err;
  }
}

export function importArticleBytes(db: Db, bytes: Uint8Array, fileName: string, file = fileName): ImportOutcome {
  return storeArticle(db, prepareTextBytes(file, 'txt', bytes, new Date()));
}

export const refused = (file: string, err: ImportError): ImportOutcome => ({ file, status: 'refused', code: err.code, reason: err.message });

/** Stores a prepared article with its analysis (packed by an import thread, or analysed and packed here
 *  when not given), or names the duplicate. */
export function storeArticle(db: Db, article: PreparedArticle, analysis?: PackedAnalysis): ImportOutcome {
  const articles = repositoryOf(db);
  const existing = articles.idByHash(article.contentHash);
  if (existing !== null) {
    // The same text in the trash: importing it again is asking for it back, so it is restored (with its
    // notes, which stayed with it) and the report says so.
    const trash = trashOf(db);
    const restored = trash.restore([existing]) === 1;
    const notices = restored ? [...article.notices, 'It was in the trash: restored with its notes.'] : article.notices;
    return { file: article.file, status: 'duplicate', articleId: existing, title: articles.get(existing)?.title ?? article.title, notices };
  }
  const packed = analysis ?? packAnalysis(analyzeArticle(article.body, article.givenTitle), article.body);
  const articleId = articles.insertWithPackedAnalysis(
    {
      contentHash: article.contentHash,
      title: article.title,
      date: article.date,
      source: article.source,
      fileName: article.fileName,
      encoding: article.encoding,
      body: article.body,
      author: article.author,
      originalPath: article.file,
      format: article.format,
    },
    packed,
  );
  return { file: article.file, status: 'imported', articleId, title: article.title, notices: article.notices };
}

// Preparing the repository's statements once per database, not once per file of a 10,000-file import.
const repositories = new WeakMap<Db, ArticlesRepository>();
const trashes = new WeakMap<Db, ReturnType<typeof articleTrashRepository>>();
function trashOf(db: Db): ReturnType<typeof articleTrashRepository> {
  let trash = trashes.get(db);
  if (!trash) trashes.set(db, (trash = articleTrashRepository(db)));
  return trash;
}
function repositoryOf(db: Db): ArticlesRepository {
  let repo = repositories.get(db);
  if (!repo) repositories.set(db, (repo = articlesRepository(db)));
  return repo;
}
