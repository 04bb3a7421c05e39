// An HTML page's metadata and text exported as Markdown (issue 16): rendered by a default Markdown
// renderer (marked, no sanitiser), nothing that came from the article becomes markup.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../electron/core/print/escapeMarkdown';
import { exportBriefings } from '../../../electron/core/print/exportBriefings';
import { tempLibrary } from '../../helpers/temp';

const noPrinter = () => Promise.reject(new Error('no PDF here'));

describe('Markdown export of hostile article text', () => {
  it('escapes HTML and Markdown from the page: nothing runs when the .md is rendered', async () => {
    const { library, dir } = tempLibrary();
    const page = join(dir, 'page.html');
    const body = Array.from({ length: 6 }, (_, i) => `<p>The minister said on Monday that the talks on water would resume in Astana next week, paragraph ${i}. <b>Bold</b> [x](javascript:alert(${i})) *not emphasis* | a | b |</p>`).join('');
    writeFileSync(
      page,
      `<html><head><title>&lt;img src=x onerror=alert(1)&gt; Talks [click](javascript:alert(2))</title><meta property="og:site_name" content="&lt;script&gt;alert(document.cookie)&lt;/script&gt;"></head><body><article><h1>&lt;img src=x onerror=alert(1)&gt; Talks [click](javascript:alert(2))</h1>${body}</article></body></html>`,
    );
    const report = library.importFiles([page]);
    expect(report.imported).toBe(1);
    const md = (await exportBriefings(library, [1], 'md', noPrinter)) as string;
    const html = new Marked().parse(md) as string;
    expect(html).not.toMatch(/<script|<img|<b>|<em>not|href="javascript:|<table/i);
    // The words are all still there, as text.
    expect(html).toContain('&lt;script&gt;alert(document.cookie)&lt;/script&gt;');
    expect(html).toContain('[click](javascript:alert(2))');
  });

  it('leaves ordinary text readable', () => {
    expect(escapeMarkdown('Kassym-Jomart Tokayev met the U.S. envoy on 3 June.')).toBe('Kassym-Jomart Tokayev met the U.S. envoy on 3 June.');
    expect(escapeMarkdown('# 1. <b>*x*</b>')).toBe('\\# 1. &lt;b&gt;\\*x\\*&lt;/b&gt;');
  });
});
