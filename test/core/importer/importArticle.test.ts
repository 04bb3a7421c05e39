import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../../electron/core/importer/importArticle';
import { SEED_FILE, tempLibrary } from '../../helpers/temp';

function snapshot(library: ReturnType<typeof tempLibrary>['library']) {
  return {
    articles: library.db.prepare('SELECT id, content_hash FROM articles ORDER BY id').all(),
    analyses: library.db.prepare('SELECT count(*) FROM analyses').pluck().get(),
  };
}

describe('importing article files', () => {
  it('imports the seed with its date, source and body unchanged, and analyses it', () => {
    const { library } = tempLibrary();
    const report = library.importFiles([SEED_FILE]);
    expect(report.imported).toBe(1);
    const outcome = report.outcomes[0]!;
    expect(outcome.status).toBe('imported');
    const article = library.articles.get(outcome.status === 'imported' ? outcome.articleId : -1)!;
    expect(article.date).toBe('2024-06-03');
    expect(article.source).toBe('Kazinform');
    expect(article.body.startsWith('Head of State, Kassym-Jomart Tokayev')).toBe(true);
    expect(article.body.endsWith('would further reinforce the CSTO.')).toBe(true);
    expect(library.articles.analysis(article.id)).not.toBeNull();
  });

  it('treats the same content twice as one article, even under another file name', () => {
    const { library, dir } = tempLibrary();
    library.importFiles([SEED_FILE]);
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, readFileSync(SEED_FILE));
    const report = library.importFiles([copy]);
    expect(report.duplicates).toBe(1);
    expect(library.articles.count()).toBe(1);
  });

  const refusals: [string, (dir: string) => string, RegExp][] = [
    ['an empty file', (d) => write(d, 'empty.txt', ''), /empty/],
    ['a file of white space only', (d) => write(d, 'blank.txt', ' \n\n \t'), /no article text/],
    ['a binary file', (d) => write(d, 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])), /binary/],
    ['a file over the size limit', (d) => write(d, 'huge.txt', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61)), /5,242,881 bytes, over the limit of 5,242,880 bytes \(5\.0 MB\)/],
    ['a file of another type', (d) => write(d, 'picture.png', 'text'), /\.png cannot be imported/],
    ['a file that does not exist', (d) => join(d, 'missing.txt'), /cannot be read: the file does not exist \(ENOENT\)/],
  ];
  for (const [what, make, message] of refusals) {
    it(`refuses ${what} with a clear reason and leaves the database as it was`, () => {
      const { library, dir } = tempLibrary();
      library.importFiles([SEED_FILE]);
      const before = snapshot(library);
      const report = library.importFiles([make(dir)]);
      expect(report.refused).toBe(1);
      const outcome = report.outcomes[0]!;
      expect(outcome.status === 'refused' && outcome.reason).toMatch(message);
      expect(snapshot(library)).toEqual(before);
    });
  }

  it('reads a Latin-1 file as such and says so', () => {
    const { library, dir } = tempLibrary();
    const file = write(dir, 'latin1.txt', Buffer.from('date 2024-05-01\nThe café in Zürich said "no". Señor Muñoz agreed that prices would rise.', 'latin1'));
    const report = library.importFiles([file]);
    const outcome = report.outcomes[0]!;
    expect(outcome.status).toBe('imported');
    if (outcome.status !== 'imported') return;
    expect(outcome.notices.join(' ')).toMatch(/read as (windows-1252|ISO-8859-1)/);
    expect(library.articles.get(outcome.articleId)!.body).toContain('café in Zürich');
    expect(library.articles.get(outcome.articleId)!.body).toContain('Señor Muñoz');
  });

  it('imports a file with no date line, undated, and says so', () => {
    const { library, dir } = tempLibrary();
    const report = library.importFiles([write(dir, 'nodate.md', 'Talks resume\n\nThe minister said talks would resume on Monday.')]);
    const outcome = report.outcomes[0]!;
    expect(outcome.status === 'imported' && outcome.notices).toContain('no date line: the article has no date');
    const article = library.articles.get(outcome.status === 'imported' ? outcome.articleId : -1)!;
    expect(article.date).toBeNull();
    expect(article.title).toBe('Talks resume');
  });

  it('goes on after a refused file: the good files of a batch are imported', () => {
    const { library, dir } = tempLibrary();
    const report = library.importFiles([write(dir, 'empty.txt', ''), SEED_FILE]);
    expect([report.imported, report.refused]).toEqual([1, 1]);
  });

  it('rolls back the whole article when storing its analysis fails', () => {
    const { library } = tempLibrary();
    library.db.exec("CREATE TRIGGER fail_analysis BEFORE INSERT ON analyses BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    expect(() => library.importFiles([SEED_FILE])).toThrow(/disk trouble/);
    expect(library.articles.count()).toBe(0);
  });
});

function write(dir: string, name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
