// Imports one article file: read, decode, parse, analyse, store, all or nothing.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { analyzeArticle } from '../analysis/index';
import { articlesRepository } from '../db/articlesRepository';
import type { Db } from '../db/openDatabase';
import { fallbackTitle, parseArticle } from './articleHeader';
import { decodeText } from './decodeText';
import { detectSource } from './detectSource';
import { ImportError } from './importError';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
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

export function importFiles(db: Db, files: readonly string[]): ImportReport {
  const outcomes = files.map((file) => importArticleFile(db, file));
  return {
    outcomes,
    imported: outcomes.filter((o) => o.status === 'imported').length,
    duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
    refused: outcomes.filter((o) => o.status === 'refused').length,
  };
}

export function importArticleFile(db: Db, file: string): ImportOutcome {
  try {
    const ext = extname(file).toLowerCase();
    if (!ARTICLE_EXTENSIONS.includes(ext)) {
      throw new ImportError('UNSUPPORTED_TYPE', `only ${ARTICLE_EXTENSIONS.join(' and ')} files can be imported`);
    }
    return importArticleBytes(db, readLimited(file), basename(file), file);
  } catch (err) {
    if (err instanceof ImportError) return { file, status: 'refused', code: err.code, reason: err.message };
    throw err;
  }
}

export function importArticleBytes(db: Db, bytes: Uint8Array, fileName: string, file = fileName): ImportOutcome {
  const { text: raw, encoding } = decodeText(bytes);
  const parsed = parseArticle(raw);
  if (parsed.text.trim().length === 0) throw new ImportError('NO_TEXT', 'the file holds no article text');
  const notices: string[] = [];
  if (encoding !== 'UTF-8') notices.push(`read as ${encoding}`);
  if (!parsed.date) notices.push('no date line: the article has no date');

  const articles = articlesRepository(db);
  const contentHash = createHash('sha256').update(parsed.text).digest('hex');
  const title = parsed.title ?? fallbackTitle(parsed.text);
  const existing = articles.idByHash(contentHash);
  if (existing !== null) {
    return { file, status: 'duplicate', articleId: existing, title: articles.get(existing)?.title ?? title, notices };
  }
  const analysis = analyzeArticle(parsed.text, parsed.title);
  const articleId = articles.insertWithAnalysis(
    { contentHash, title, date: parsed.date, source: detectSource(parsed.text), fileName, encoding, body: parsed.text },
    analysis,
  );
  return { file, status: 'imported', articleId, title, notices };
}

// Reads at most the size limit, so a huge file is refused without being loaded into memory.
function readLimited(file: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new ImportError('UNREADABLE', `the file cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ImportError('UNREADABLE', 'not a regular file');
    if (stat.size > MAX_ARTICLE_BYTES) {
      throw new ImportError('TOO_LARGE', `the file is ${formatBytes(stat.size)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit`);
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('UNREADABLE', `the file cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
