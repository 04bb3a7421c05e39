// Metadata at import when the text has no date or source: an HTML page's metadata (JSON-LD included), a
// PDF's information dictionary (its CreationDate only as a last resort; Author and Producer never as a
// source), a Word file's core properties, and the analyst's file name ("2024-03-05 Reuters - Talks
// resume.txt"). Real files, built byte by byte.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreProperties } from '../../../electron/core/importer/extractDocx';
import { fileNameMetadata } from '../../../electron/core/importer/fileNameMetadata';
import { prepareArticle } from '../../../electron/core/importer/prepareArticle';
import { minimalDocx, minimalPdf } from '../../helpers/fileFixtures';
import { tempDir } from '../../helpers/temp';

const BODY = 'Talks on the border crossing resumed on Tuesday after a pause of three months, officials said.';
const PDF_LINES = ['Talks on the border crossing resumed on Tuesday after a pause of three', 'months, officials said in a statement.'];

function write(name: string, content: string | Buffer): string {
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

describe('the file name', () => {
  it('reads date, outlet and headline from "date outlet - headline", and no source from other names', () => {
    expect(fileNameMetadata('2024-03-05 Reuters - Talks resume.txt')).toEqual({ date: '2024-03-05', source: 'Reuters', title: 'Talks resume' });
    expect(fileNameMetadata('20240305_Le Monde - Les pourparlers reprennent.pdf')).toEqual({ date: '2024-03-05', source: 'Le Monde', title: 'Les pourparlers reprennent' });
    expect(fileNameMetadata('2024-03-05 talks resume.md')).toEqual({ date: '2024-03-05', source: null, title: 'talks resume' });
    expect(fileNameMetadata('Notes - meeting 2024-03-05.txt')).toEqual({ date: '2024-03-05', source: null, title: null });
    expect(fileNameMetadata('Notes - meeting.txt')).toEqual({ date: null, source: null, title: null });
    // Not a date: a month 13, a number run into other digits.
    expect(fileNameMetadata('2024-13-05 Reuters - x.txt').date).toBeNull();
    expect(fileNameMetadata('report 1202403051.txt').date).toBeNull();
  });

  it('gives a text file without date or source its date and outlet; the text wins where it says', async () => {
    const named = await prepareArticle(write('2024-03-05 Reuters - Talks resume.txt', BODY));
    expect(named).toMatchObject({ date: '2024-03-05', source: 'Reuters' });
    expect(named.notices).toContain('date from the file name (2024-03-05)');

    const dated = await prepareArticle(write('2024-03-05 Reuters - Talks resume.txt', `date 2023-01-02\nTalks resume\n\nASTANA (Kazinform) – ${BODY}`));
    expect(dated).toMatchObject({ date: '2023-01-02', source: 'Kazinform', title: 'Talks resume' });

    // A bare file name is never a source.
    const bare = await prepareArticle(write('border-talks.txt', BODY));
    expect(bare.source).toBeNull();
  });
});

describe('an HTML page', () => {
  it('takes datePublished and the publisher from JSON-LD when the meta tags are missing, and ignores broken JSON-LD', async () => {
    const page = `<!doctype html><html><head><title>Talks resume</title>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Talks resume","datePublished":"2024-03-05T09:30:00+01:00","publisher":{"@type":"Organization","name":"Astana Times"}}]}</script>
      </head><body><article><h1>Talks resume</h1><p>${BODY} ${BODY}</p><p>${BODY}</p></article></body></html>`;
    const article = await prepareArticle(write('page.html', page));
    expect(article).toMatchObject({ date: '2024-03-05', source: 'Astana Times', title: 'Talks resume' });
  });
});

describe('a PDF', () => {
  const info = { Title: 'Talks resume in Geneva', Author: 'Jane Doe', Producer: 'Microsoft Word for Microsoft 365', Creator: 'Word', CreationDate: "D:20240307101500+01'00'" };

  it('takes the title and, with no date anywhere else, the creation date; never Author or Producer as the source', async () => {
    const article = await prepareArticle(write('talks.pdf', minimalPdf([PDF_LINES], { info })));
    expect(article.date).toBe('2024-03-07');
    expect(article.notices).toContain("date from the file's properties: when it was made (2024-03-07)");
    expect(article.source).toBeNull();
    expect(article.author).toBe('Jane Doe');
  });

  it('prefers the file name\'s date and outlet to the file\'s creation date', async () => {
    const article = await prepareArticle(write('2024-03-05 AFP - Talks resume.pdf', minimalPdf([PDF_LINES], { info })));
    expect(article).toMatchObject({ date: '2024-03-05', source: 'AFP' });
  });
});

describe('a Word file', () => {
  const core = (title: string, created: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${title}</dc:title><dc:creator>J. Smith</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`;

  it('takes the creation date from its core properties when the text has none', async () => {
    const file = write('talks.docx', minimalDocx([BODY, BODY], { coreXml: core('Talks &amp; trade resume', '2024-02-28T08:00:00Z') }));
    const article = await prepareArticle(file);
    expect(article.date).toBe('2024-02-28');
    expect(article.source).toBeNull();
  });

  it('reads dc:title, and leaves Word\'s placeholder titles out', () => {
    expect(coreProperties(core('Talks &amp; trade resume', '2024-02-28T08:00:00Z'))).toEqual({ title: 'Talks & trade resume', created: '2024-02-28' });
    expect(coreProperties(core('Document1', 'not a date'))).toEqual({ title: null, created: null });
    expect(coreProperties('')).toEqual({ title: null, created: null });
  });
});
