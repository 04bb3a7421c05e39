// Export options read back as a reader would: the PDF's text page by page (bullets and numbers of the
// analyst's lists, the notes right after the summary, a compact single article, a pack's title and
// introduction), and the same options in the Markdown and HTML exports.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withChromiumPrinter } from '../../../electron/cli/chromiumPdf';
import { quotationText, quotesDirectFirst } from '../../../electron/common/briefingParts';
import { anchorForQuote } from '../../../electron/core/notes/anchor';
import type { Library } from '../../../electron/core/library';
import { exportBriefings } from '../../../electron/core/print/exportBriefings';
import type { PdfPrinter } from '../../../electron/core/print/pdfOptions';
import { pdfPages } from '../../helpers/pdfText';
import { SEED_FILE, tempDir, tempLibrary } from '../../helpers/temp';

const LISTS = 'LIST-NOTE assessment\n\n- alpha point\n- beta point\n\n1. xray step\n2. yankee step\n\nThen:\n\n5. five step\n6. six step';
const noPrinter = <T>(): Promise<T> => Promise.reject(new Error('no PDF here'));
const squash = (s: string) => s.replace(/\s+/g, ' ');

function seeded(): Library {
  const { library } = tempLibrary();
  library.importFiles([SEED_FILE]);
  library.notes.create(1, LISTS);
  const body = library.articles.get(1)!.body;
  library.notes.create(1, 'ANCHORED-NOTE on the Almaty centre', anchorForQuote(body, 'UN Regional Center for Sustainable Development Goals'));
  return library;
}

function withTwo(library: Library): Library {
  const other = join(tempDir(), 'geneva.txt');
  writeFileSync(other, 'date 2023-11-02\nMinisters meet in Geneva\n\n"We are ready to talk," Foreign Minister Anna Berg said on Thursday in Geneva.\n\nBerg called for an immediate ceasefire.');
  library.importFiles([other]);
  return library;
}

/** The first words of the first quote, as the briefing lists it. */
function firstQuoteWords(library: Library): string {
  const analysis = library.briefing(1)!.analysis;
  const first = quotesDirectFirst(analysis.quotes)[0]!.q;
  return quotationText(first).split(/\s+/).slice(0, 4).join(' ');
}

/** Where each needle is found, each searched after the one before; -1 once one is missing. */
function inOrder(text: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((n) => {
    const at = from < 0 ? -1 : text.indexOf(n, from);
    from = at < 0 ? -1 : at + n.length;
    return at;
  });
}

describe('PDF export options', () => {
  it('keeps the bullets and numbers of a note, and by default prints the notes after the quotes', async () => {
    const library = seeded();
    const pages = await pdfPages((await exportBriefings(library, [1], 'pdf', withChromiumPrinter)) as Uint8Array);
    const text = pages.join('\n');
    // Each list item is preceded by its marker on its own line: "•" for bullets, the number for a list.
    expect(text).toMatch(/•\s*alpha point\s*•\s*beta point/);
    expect(text).toMatch(/1\.\s*xray step\s*2\.\s*yankee step/);
    // A list that starts at 5 still starts at 5 (<ol start> survives the sanitiser).
    expect(text).toMatch(/5\.\s*five step\s*6\.\s*six step/);
    expect(pages[1]).toContain('Contents');
    const body = squash(pages.slice(2).join(' '));
    expect(inOrder(body, ['Summary', 'Quotes', firstQuoteWords(library), 'Analyst notes', 'LIST-NOTE'])).not.toContain(-1);
  });

  it('compact and notes first: no cover or contents, fewer pages, the notes right after the summary', async () => {
    const library = seeded();
    const full = await pdfPages((await exportBriefings(library, [1], 'pdf', withChromiumPrinter)) as Uint8Array);
    const pages = (await pdfPages((await exportBriefings(library, [1], 'pdf', withChromiumPrinter, new Date(), { compact: true, notesFirst: true })) as Uint8Array)).map(squash);
    expect(pages.length).toBeLessThan(full.length);
    const all = pages.join(' ');
    expect(all).not.toContain('Contents');
    expect(all).not.toContain('Prepared');
    // Page 1 opens with the briefing itself: its title, facts and summary.
    expect(pages[0]).toContain('Kassym-Jomart Tokayev');
    expect(pages[0]).toContain('Summary');
    expect(pages[0]).toMatch(/Page 1 of \d/);
    // The assessment before the first quote's words; the anchored note once, with the passage it is on.
    expect(inOrder(all, ['Summary', 'Analyst notes', 'LIST-NOTE', 'ANCHORED-NOTE', 'Quotes', firstQuoteWords(library)])).not.toContain(-1);
    expect(all.split('ANCHORED-NOTE').length - 1).toBe(1);
    expect(all).toContain('On “UN Regional Center for Sustainable Development Goals”');
    expect(all).toMatch(/•\s*alpha point/);
  });

  it('prints a pack title and its introduction (Markdown, sanitised) on the first page and the title in the footer', async () => {
    const library = withTwo(seeded());
    const intro = 'Why these two: **Central Asia** and Geneva.\n\n- first reason\n- second reason\n\n<script>alert(1)</script><img src=x onerror=alert(1)>';
    const pages = (await pdfPages((await exportBriefings(library, [1, 2], 'pdf', withChromiumPrinter, new Date(), { title: 'Regional security, week 49', intro, compact: true })) as Uint8Array)).map(squash);
    expect(pages[0]).toContain('Regional security, week 49');
    expect(pages[0]).not.toContain('Briefing pack: 2 articles');
    expect(pages[0]).toContain('Why these two: Central Asia and Geneva.');
    expect(pages[0]).toMatch(/•\s*first reason\s*•\s*second reason/);
    expect(pages[0]).not.toContain('alert');
    // Compact is for one article: a pack keeps its contents page.
    expect(pages[1]).toContain('Contents');
    expect(pages.every((p) => p.includes('Regional security, week 49'))).toBe(true);
  });
});

describe('Markdown and HTML export options', () => {
  it('Markdown: notes first after the summary; a pack opens with its title and introduction', async () => {
    const library = withTwo(seeded());
    const one = (await exportBriefings(library, [1], 'md', noPrinter, new Date(), { notesFirst: true, title: 'ignored for one article' })) as string;
    expect(inOrder(one, ['## Summary', '## Analyst notes', '- alpha point', '1. xray step', '5. five step', '## Quotes'])).not.toContain(-1);
    expect(one).not.toContain('ignored for one article');
    const usual = (await exportBriefings(library, [1], 'md', noPrinter)) as string;
    expect(inOrder(usual, ['## Summary', '## Quotes', '## Analyst notes', 'LIST-NOTE'])).not.toContain(-1);
    const pack = (await exportBriefings(library, [1, 2], 'md', noPrinter, new Date(), { title: 'Week *49*', intro: 'Read **this** first.' })) as string;
    expect(pack.startsWith('# Week \\*49\\*\n\nRead **this** first.\n\n---\n\n# ')).toBe(true);
    expect(pack.match(/^# /gm)).toHaveLength(3);
  });

  it('HTML: compact has no cover or contents; notes first; a pack intro is rendered and sanitised', async () => {
    const library = withTwo(seeded());
    const compact = (await exportBriefings(library, [1], 'html', noPrinter, new Date(), { compact: true, notesFirst: true })) as string;
    expect(compact).not.toContain('class="cover"');
    expect(compact).not.toContain('class="toc"');
    expect(inOrder(compact, ['>Summary</h2>', '>Analyst notes</h2>', 'LIST-NOTE', '<ul>', '<li>alpha point</li>', '<ol start="5">', '>Quotes</h2>'])).not.toContain(-1);
    const usual = (await exportBriefings(library, [1], 'html', noPrinter)) as string;
    expect(usual).toContain('class="cover"');
    expect(inOrder(usual, ['>Quotes</h2>', '>Analyst notes</h2>'])).not.toContain(-1);
    const pack = (await exportBriefings(library, [1, 2], 'html', noPrinter, new Date(), { title: '<b>Week 49</b>', intro: '**Why** <img src=x onerror=alert(1)>' })) as string;
    expect(pack).toContain('<h1 class="cover-title">&lt;b&gt;Week 49&lt;/b&gt;</h1>');
    expect(pack).toContain('<title>&lt;b&gt;Week 49&lt;/b&gt;</title>');
    expect(pack).toMatch(/<div class="cover-intro"><p><strong>Why<\/strong>/);
    expect(pack).not.toMatch(/<img|onerror/);
  });
});

// Keeps the type of a printer in view for the noPrinter stand-in above.
export type { PdfPrinter };
