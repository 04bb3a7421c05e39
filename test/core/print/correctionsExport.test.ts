// Exports read the corrected briefing (issue 14): a dismissed quote is absent from the exported Markdown
// and from the Quotes section of the PDF, read back as a reader would; a quote the analyst added is there,
// marked as added.
import { describe, expect, it } from 'vitest';
import { withChromiumPrinter } from '../../../electron/cli/chromiumPdf';
import { exportBriefings } from '../../../electron/core/print/exportBriefings';
import { pdfPages } from '../../helpers/pdfText';
import { SEED_FILE, tempLibrary } from '../../helpers/temp';

const DISMISSED = 'Kazakhstan removed the Taliban regime';
const ADDED = 'Kazakhstan is also determined';

function corrected() {
  const { library } = tempLibrary();
  library.importFiles([SEED_FILE]);
  const q = library.briefing(1)!.analysis.quotes.find((x) => x.text.includes(DISMISSED))!;
  library.corrections.save(1, { kind: 'dismiss-quote', start: q.start, end: q.end, quote: q.text });
  const body = library.articles.get(1)!.body;
  library.corrections.save(1, { kind: 'add-quote', start: body.indexOf(ADDED), end: body.indexOf(ADDED) + ADDED.length, quote: ADDED, name: 'Erlan Karin' });
  return library;
}

/** The text between a section's heading and the next one's. */
const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));

describe('exports of a corrected briefing', () => {
  it('Markdown leaves the dismissed quote out and lists the added one', async () => {
    const md = (await exportBriefings(corrected(), [1], 'md', withChromiumPrinter)) as string;
    const quotes = between(md, '## Quotes', '## Proposals');
    expect(quotes).not.toContain(DISMISSED);
    expect(quotes).toContain(`**Erlan Karin** (reported, added by the analyst): ${ADDED}`);
  });

  it('the PDF does the same in its Quotes section', async () => {
    const pdf = (await exportBriefings(corrected(), [1], 'pdf', withChromiumPrinter)) as Uint8Array;
    const text = (await pdfPages(pdf)).join('\n').replace(/\s+/g, ' ');
    // The last "Quotes" is the section's heading (the first is its line in the contents).
    const quotes = text.slice(text.lastIndexOf('Quotes'), text.lastIndexOf('Proposals'));
    expect(quotes).toContain('Erlan Karin');
    expect(quotes).toContain(ADDED);
    expect(quotes).toContain('added by the analyst');
    expect(quotes).not.toContain(DISMISSED);
    // The article's own text still holds the words: only the quote was dismissed.
    expect(text).toContain(DISMISSED);
  });
});
