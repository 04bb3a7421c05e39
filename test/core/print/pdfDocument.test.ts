// Exports read back as a reader would: PDF text per page, the table of contents' page numbers checked
// against where each section really is, the marking on every page, notes in place.
import { describe, expect, it } from 'vitest';
import { withChromiumPrinter } from '../../../electron/cli/chromiumPdf';
import { anchorForQuote } from '../../../electron/core/notes/anchor';
import { exportBriefings } from '../../../electron/core/print/exportBriefings';
import { pdfPages } from '../../helpers/pdfText';
import { tempDir, tempLibrary, SEED_FILE } from '../../helpers/temp';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

const MARKING = 'UNCLASSIFIED // FOR OFFICIAL USE';

function libraryWithTwo() {
  const { library } = tempLibrary();
  const other = join(tempDir(), 'geneva.txt');
  writeFileSync(other, 'date 2023-11-02\nMinisters meet in Geneva\n\n"We are ready to talk," Foreign Minister Anna Berg said on Thursday in Geneva.\n\nBerg called for an immediate ceasefire and said talks would resume in May.');
  library.importFiles([SEED_FILE, other]);
  library.settings.update({ classification: MARKING, analystName: 'A. Analyst' });
  const body = library.articles.get(1)!.body;
  library.notes.create(1, 'ANCHORED-NOTE on the Almaty centre', anchorForQuote(body, 'UN Regional Center for Sustainable Development Goals'));
  library.notes.create(1, 'FREE-NOTE about the whole article');
  return library;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('PDF export', () => {
  it('makes a pack with a cover, a contents page whose numbers are right, and the marking on every page', async () => {
    const library = libraryWithTwo();
    const pdf = (await exportBriefings(library, [1, 2], 'pdf', withChromiumPrinter)) as Uint8Array;
    const pages = (await pdfPages(pdf)).map(squash);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((p, i) => {
      expect(p).toContain(MARKING);
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(pages[0]).toContain('Briefing pack: 2 articles');
    expect(pages[0]).toContain('A. Analyst');
    expect(pages[1]).toContain('Contents');
    // Each contents line ends with a page number; the section must start on that page.
    const toc = [...pages[1]!.matchAll(/(Summary|Quotes|Proposals|Analyst notes|Full text) (\d+)/g)].map((m) => ({ title: m[1]!, page: Number(m[2]) }));
    expect(toc.length).toBe(10);
    for (const entry of toc) expect(pages[entry.page - 1]).toContain(entry.title);
    const geneva = toc.filter((t) => t.title === 'Summary')[1]!;
    expect(pages[geneva.page - 1]).toContain('Ministers meet in Geneva');
    // Reading order after the cover and contents: the first briefing's sections, its notes in place
    // and after, then the second briefing.
    const body = pages.slice(2).join('\n');
    const order = ['Summary', 'Quotes', 'ANCHORED-NOTE', 'Proposals', 'Analyst notes', 'FREE-NOTE', 'Full text', 'Ministers meet in Geneva'].map((s) => body.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('HTML and Markdown export', () => {
  it('writes self-contained HTML: no script, no external reference, notes sanitised', async () => {
    const library = libraryWithTwo();
    library.notes.create(2, '<img src=x onerror=alert(1)> **bold**');
    const html = (await exportBriefings(library, [1, 2], 'html', withChromiumPrinter)) as string;
    expect(html).toContain('ANCHORED-NOTE');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toMatch(/<script|onerror|<img|<link|src=|@import|url\(/i);
    expect(html).toMatch(/mark class="note-anchor">UN Regional Center for Sustainable Development Goals<\/mark><sup class="note-ref">N1<\/sup>/);
  });

  it('writes one Markdown document for a pack', async () => {
    const library = libraryWithTwo();
    const md = (await exportBriefings(library, [1, 2], 'md', withChromiumPrinter)) as string;
    expect(md.match(/^# /gm)).toHaveLength(2);
    expect(md).toContain('FREE-NOTE about the whole article');
  });
});
