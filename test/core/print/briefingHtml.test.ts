import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingHtml } from '../../../electron/core/print/briefingHtml';
import { briefingMarkdown } from '../../../electron/core/print/briefingMarkdown';
import { SEED_FILE, tempLibrary } from '../../helpers/temp';

function seededBriefing() {
  const { library } = tempLibrary();
  library.importFiles([SEED_FILE]);
  library.notes.create(1, '**Assessment**: <script>alert(1)</script> watch Almaty');
  return library.briefing(1)!;
}

describe('print HTML', () => {
  it('holds the summary, quotes with speakers, entities and the sanitised notes', () => {
    const html = briefingHtml(seededBriefing());
    expect(html).toContain('Kassym-Jomart Tokayev');
    expect(html).toContain('Kazakhstan removed the Taliban regime');
    expect(html).toContain('<strong>Assessment</strong>');
    expect(html).not.toContain('<script>');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  it('escapes article text: markup in a title or body is shown, not run', () => {
    const briefing = seededBriefing();
    briefing.article.title = '<img src=x onerror=alert(1)> & co';
    const html = briefingHtml(briefing);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(html).not.toContain('<img');
  });

  it('orders the sections as a brief reads', () => {
    const html = briefingHtml(seededBriefing()).replace('<h2 class="toc-head">Contents</h2>', '<h2>Contents</h2>');
    const at = (s: string) => html.indexOf(`>${s}</h2>`);
    const order = ['Contents', 'Summary', 'Quotes', 'Proposals', 'People, organisations and places', 'Analyst notes', 'Full text'].map(at);
    expect(order.every((v) => v > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('shows what the headline attributes under the title, escaped, in the print document and the Markdown', () => {
    const { library, dir } = tempLibrary();
    const file = join(dir, 'headline.txt');
    writeFileSync(file, 'Pence blames media for the <b>uproar</b> over the remarks\n\nMike Pence spoke to supporters in Ohio on Monday.\n');
    library.importFiles([file]);
    const briefing = library.briefing(1)!;
    const html = briefingHtml(briefing);
    expect(html).toContain('<p class="headline-claims"><span class="headline-label">In the headline</span> Mike Pence (blames): media for the &lt;b&gt;uproar&lt;/b&gt; over the remarks</p>');
    expect(briefingMarkdown(briefing)).toContain('- **In the headline:** Mike Pence (blames): media for the');
    // An article whose headline attributes nothing has no such line.
    expect(briefingHtml(seededBriefing())).not.toContain('<p class="headline-claims"');
  });

  it('exports Markdown with the notes as written', () => {
    const md = briefingMarkdown(seededBriefing());
    expect(md).toMatch(/^# /);
    expect(md).toContain('## Analyst notes');
    expect(md).toContain('**Assessment**: <script>alert(1)</script> watch Almaty');
    expect(md).toContain('- **Date:** 2024-06-03');
  });
});

describe('text segments', () => {
  it('let a higher-priority span win an overlap, else the earlier one', async () => {
    const { segmentText } = await import('../../../electron/common/textSegments');
    const text = 'abcdefghij';
    const segs = segmentText(text, [
      { start: 1, end: 6, kind: 'quote', id: 'q' },
      { start: 4, end: 8, kind: 'note-anchor', id: 'n', priority: 1 },
      { start: 0, end: 2, kind: 'proposal', id: 'p' },
    ]);
    expect(segs.map((s) => [s.text, s.mark?.id ?? null])).toEqual([['ab', 'p'], ['cd', null], ['efgh', 'n'], ['ij', null]]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});
