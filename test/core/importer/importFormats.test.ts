// Bulk import of real-world files through the import job: every format, encodings, metadata, folders,
// and a report that lists what was imported, what was a duplicate and what was refused, with reasons.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../electron/core/importer/importArticle';
import { minimalDocx, minimalPdf } from '../../helpers/fileFixtures';
import { tempLibrary } from '../../helpers/temp';

const ARTICLE = 'Grain exports from the northern regions grew by a fifth this year, the ministry said on Monday. "Our farmers negotiated new contracts," Minister Aidarbek Saparov said.';

const HTML = `<!doctype html><html><head><title>Tokayev meets governors | Kazinform</title>
<meta property="og:site_name" content="Kazinform"><meta property="article:published_time" content="2024-06-03T10:00:00+05:00">
<meta name="author" content="Aliya Sadykova"><script>var menu = "SCRIPT TEXT";</script><style>.x{color:red}</style></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics menu</a></li></ul></nav>
<article><h1>Tokayev meets governors</h1>
<p>ASTANA, June 3 (Kazinform) – President Kassym-Jomart Tokayev met the regional governors on Monday to discuss the preparations for winter and the roads in the north.</p>
<p>"We will build a new bridge across the Ishim river before winter," Tokayev said, adding that the national fund would pay for the works.</p>
<p>The governors proposed to open a logistics centre in Almaty to serve trade with China and Central Asia.</p></article>
<footer>© 2024 Kazinform. Subscribe to our newsletter.</footer><script>track("SCRIPT TEXT")</script></body></html>`;

function write(dir: string, name: string, content: string | Buffer): string {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const byName = (outcomes: ImportOutcome[], name: string) => outcomes.find((o) => o.file.endsWith(name))!;

describe('import job: formats and metadata', () => {
  it('takes an HTML page\'s article text, title and meta tags, not its menus, scripts and footer', async () => {
    const { library, dir } = tempLibrary();
    const report = await library.importPaths([write(dir, 'page.html', HTML)]);
    const o = report.outcomes[0]!;
    expect(o.status).toBe('imported');
    const article = library.articles.get(o.status === 'imported' ? o.articleId : -1)!;
    expect(article.title).toBe('Tokayev meets governors');
    expect(article.date).toBe('2024-06-03');
    expect(article.source).toBe('Kazinform');
    expect(article.body).toMatch(/^ASTANA, June 3 \(Kazinform\) – President/);
    expect(article.body).toContain('\n\n"We will build a new bridge');
    for (const junk of ['SCRIPT TEXT', 'Politics menu', 'newsletter', 'color:red']) expect(article.body).not.toContain(junk);
    const row = library.db.prepare('SELECT author, original_path, format FROM articles WHERE id = ?').get(article.id);
    expect(row).toEqual({ author: 'Aliya Sadykova', original_path: join(dir, 'page.html'), format: 'html' });
    // The quote was analysed from the extracted text.
    expect(library.briefing(article.id)!.analysis.quotes.some((q) => q.speaker?.name === 'Kassym-Jomart Tokayev')).toBe(true);
  });

  it('dates an article by its dateline, the year taken from the file\'s date', async () => {
    const { library, dir } = tempLibrary();
    const file = write(dir, 'dateline.txt', `Border reopens\n\nALMATY, December 30 (Kazinform) – ${ARTICLE}`);
    utimesSync(file, new Date('2025-01-02T10:00:00Z'), new Date('2025-01-02T10:00:00Z'));
    const o = (await library.importPaths([file])).outcomes[0]!;
    const article = library.articles.get(o.status === 'imported' ? o.articleId : -1)!;
    expect([article.date, article.source, article.title]).toEqual(['2024-12-30', 'Kazinform', 'Border reopens']);
  });

  it('reads UTF-16 with and without a byte-order mark, Windows-1252 and UTF-8 with a BOM', async () => {
    const { library, dir } = tempLibrary();
    const text = (n: number) => `date 2024-05-0${n}\nCafé prices rise ${n}\n\nThe café owners in Zürich said “prices will rise by 5 €” in month ${n}, Señor Muñoz agreed.`;
    const files = [
      write(dir, 'le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text(1), 'utf-16le')])),
      write(dir, 'le.txt', iconv.encode(text(2), 'utf-16le')),
      write(dir, 'be.txt', iconv.encode(text(3), 'utf-16be')),
      write(dir, 'cp1252.txt', iconv.encode(text(4), 'windows-1252')),
      write(dir, 'bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text(5))])),
    ];
    const report = await library.importPaths(files);
    expect(report.outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported', 'imported', 'imported']);
    const encodings = report.outcomes.map((o) => (o.status === 'imported' ? library.articles.get(o.articleId)!.encoding : ''));
    expect(encodings.slice(0, 3)).toEqual(['UTF-16LE', 'UTF-16LE', 'UTF-16BE']);
    expect(encodings[3]).toMatch(/windows-1252|ISO-8859-1/i);
    for (const [i, o] of report.outcomes.entries()) {
      const article = library.articles.get(o.status === 'imported' ? o.articleId : -1)!;
      expect(article.title).toBe(`Café prices rise ${i + 1}`);
      expect(article.body).toContain('“prices will rise by 5 €”');
      expect(article.body).toContain('Señor Muñoz');
    }
  });

  it('reads a PDF\'s text layer and a Word file, and refuses a PDF without text with the reason', async () => {
    const { library, dir } = tempLibrary();
    const files = [
      write(dir, 'a.pdf', minimalPdf([['Grain exports grow', '', 'date 2024-02-01', 'Grain exports from the northern regions grew by a', 'fifth this year, the ministry said on Monday.'], ['"Our farmers negotiated new contracts," Minister Aidarbek', 'Saparov said.']])),
      write(dir, 'scan.pdf', minimalPdf([[], []])),
      write(dir, 'broken.pdf', '%PDF-1.4 this is not really a PDF'),
      write(dir, 'talks.docx', minimalDocx(['Water talks in Tashkent', 'TASHKENT, June 10 (Kazinform) – Ministers of five countries discussed water management.', '"Water is the most precious resource," said Murat Nurtleu.'])),
      write(dir, 'broken.docx', 'PK not a zip'),
    ];
    const report = await library.importPaths(files);
    const pdf = byName(report.outcomes, 'a.pdf');
    expect(pdf.status).toBe('imported');
    const pdfArticle = library.articles.get(pdf.status === 'imported' ? pdf.articleId : -1)!;
    expect(pdfArticle.title).toBe('Grain exports grow');
    expect(pdfArticle.body).toContain('grew by a fifth this year, the ministry said');
    expect(pdfArticle.body).toContain('Minister Aidarbek Saparov said.');
    expect(byName(report.outcomes, 'scan.pdf')).toMatchObject({ status: 'refused', code: 'NO_TEXT_LAYER', reason: expect.stringMatching(/no text layer \(2 pages/) });
    expect(byName(report.outcomes, 'broken.pdf')).toMatchObject({ status: 'refused', code: 'NOT_DECODABLE', reason: expect.stringMatching(/PDF cannot be read/) });
    const docx = byName(report.outcomes, 'talks.docx');
    const docArticle = library.articles.get(docx.status === 'imported' ? docx.articleId : -1)!;
    expect([docArticle.title, docArticle.source]).toEqual(['Water talks in Tashkent', 'Kazinform']);
    expect(docArticle.body).toMatch(/^TASHKENT, June 10 \(Kazinform\)[^]*\n\n"Water is the most precious resource," said Murat Nurtleu\.$/);
    expect(byName(report.outcomes, 'broken.docx')).toMatchObject({ status: 'refused', code: 'NOT_DECODABLE' });
    expect(library.search({ query: '"precious resource"' }).groups).toHaveLength(1);
  });

  it('imports folders recursively, skips hidden and foreign files there, and reports each file', async () => {
    const { library, dir } = tempLibrary();
    const root = join(dir, 'desk');
    write(root, 'a.txt', `date 2024-01-01\nFirst\n\n${ARTICLE}`);
    write(root, '2024/june/b.md', `date 2024-06-01\nSecond\n\nThe minister said talks would resume on Monday in Astana.`);
    write(root, '2024/june/copy-of-a.txt', `date 2024-01-01\nFirst\n\n${ARTICLE}`);
    write(root, '2024/empty.txt', '');
    write(root, '2024/image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
    write(root, '2024/photo.jpg', Buffer.from([0xff, 0xd8, 0xff]));
    write(root, '.hidden/c.txt', 'Hidden\n\nNot to be imported.');
    const explicit = write(dir, 'notes.odt', 'named explicitly');
    const report = await library.importPaths([root, explicit, join(dir, 'missing.txt')]);
    const lines = report.outcomes.map((o) => `${o.file.slice(dir.length + 1)} ${o.status}${o.status === 'refused' ? ` ${o.code}` : ''}`);
    expect(lines).toEqual([
      'desk/2024/empty.txt refused EMPTY',
      'desk/2024/image.txt refused NOT_TEXT',
      'desk/2024/june/b.md imported',
      'desk/2024/june/copy-of-a.txt imported',
      'desk/a.txt duplicate',
      'notes.odt refused UNSUPPORTED_TYPE',
      'missing.txt refused UNREADABLE',
    ]);
    expect([report.imported, report.duplicates, report.refused, report.cancelled]).toEqual([2, 1, 4, false]);
    // Running it again finds everything stored already.
    const again = await library.importPaths([root]);
    expect([again.imported, again.duplicates]).toEqual([0, 3]);
  });

  it('gives the same outcomes on this thread as on worker threads', async () => {
    const { library, dir } = tempLibrary();
    const files = [write(dir, 'page.html', HTML), write(dir, 'a.txt', `First\n\n${ARTICLE}`), write(dir, 'empty.txt', '')];
    const here = await library.importPaths(files, { workers: 0 });
    expect(here.outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'refused']);
    const { library: other } = tempLibrary();
    const there = await other.importPaths(files, { workers: 2 });
    const strip = (o: ImportOutcome) => ({ ...o, articleId: undefined });
    expect(there.outcomes.map(strip)).toEqual(here.outcomes.map(strip));
  });
});
