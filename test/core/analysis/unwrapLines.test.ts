import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { unwrapLines } from '../../../electron/core/analysis/text/unwrapLines';
import { expectSpansConsistent } from './helpers';

// A White House readout as it comes, wrapped at 72 columns, paragraphs apart by blank lines.
const READOUT = `President Joseph R. Biden, Jr. spoke today with President Xi Jinping of
the People's Republic of China (PRC). The conversation focused on
Russia's unprovoked invasion of Ukraine. President Biden outlined the
views of the United States and our Allies and partners on this crisis.
The two leaders also agreed to maintain open lines of communication,
to manage the competition between our two countries.

"We will not accept this," the President said of the invasion in a
statement issued after the call.`;

// A wire story: the first line of each paragraph indented, the rest flush.
const WIRE = `KUWAIT, March 1 - Kuwait's Oil Minister, in remarks
published today, said there were no plans for an emergency OPEC
meeting to review oil policies after recent weakness in world
oil prices.
    Sheikh Ali al-Khalifa al-Sabah was quoted by the local
daily al-Qabas as saying: "None of the OPEC members has asked
for such a meeting."
    He denied Kuwait was pumping above its quota.`;

describe('unwrapLines', () => {
  it('joins the lines a paragraph was wrapped into and keeps blank lines between paragraphs', () => {
    const flat = unwrapLines(READOUT);
    expect(flat).toHaveLength(READOUT.length);
    expect(flat.split('\n').filter((l) => l.trim())).toHaveLength(2);
    expect(flat).toContain('President Xi Jinping of the People');
  });

  it("keeps an indented line as a paragraph's start", () => {
    const lines = unwrapLines(WIRE).split('\n').map((l) => l.trim());
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Sheikh Ali .* such a meeting\."$/);
  });

  it('leaves a text of long lines, one paragraph a line, as it is', () => {
    const text = 'The first paragraph is one long line that no wrapper would ever have produced because it runs on and on past any width.\nThe second is another.\nA third one.\nAnd a fourth.';
    expect(unwrapLines(text)).toBe(text);
  });

  it('keeps list items on their own lines', () => {
    const text = `The President announced the following measures, which the government\nwill carry out in the course of the next two years, in this order:\n1. Raising the incomes of low-paid workers across the public sector.\n2. Building housing for young families in the regions of the country.\n3. Improving education and health care in all of the rural districts.`;
    expect(unwrapLines(text).split('\n')).toHaveLength(4);
  });
});

describe('the analysis of hard-wrapped text', () => {
  it('reads a quotation and its speaker across line breaks, with offsets into the stored text', () => {
    const a = analyzeArticle(READOUT);
    expectSpansConsistent(READOUT, a);
    const q = a.quotes.find((x) => x.kind === 'direct');
    expect(q?.text).toBe('We will not accept this,');
    expect(q?.speaker?.name).toMatch(/Biden/);
    // A summary sentence wrapped over two lines is one sentence, kept with its line break.
    expect(a.summary[0]!.text).toBe("President Joseph R. Biden, Jr. spoke today with President Xi Jinping of\nthe People's Republic of China (PRC).");
  });
});

describe('analysis faults', () => {
  it('analyses the sentence that once made the name chunker throw', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('./fixtures/analysis-throws-1.txt', import.meta.url), 'utf8');
    const a = analyzeArticle(text);
    expect(a.entities.map((e) => e.name)).toContain('General Motors');
  });
});
