// Known attack notes must come out of the renderer inert (the browser test checks the live DOM too).
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../electron/core/notes/renderMarkdown';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown: headings, emphasis, lists, tables, code, task lists, links', () => {
    const html = renderMarkdown('# Title\n\n**bold** _it_\n\n- a\n- [x] done\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`code`\n\n[UN](https://un.org)');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<code>code</code>');
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
    expect(html).toContain('<a href="https://un.org" rel="noopener noreferrer" target="_blank">UN</a>');
  });

  const payloads: [string, RegExp][] = [
    ['<img src=x onerror="alert(1)">', /<img|onerror/i],
    ['[x](javascript:alert(1))', /javascript:/i],
    ['[x](JaVaScRiPt:alert(1))', /javascript:/i],
    ['<a href="file:///etc/passwd">f</a>', /file:/i],
    ['[f](file:///etc/passwd)', /file:/i],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', /<iframe|<script/i],
    ['<embed src="x.swf">', /<embed/i],
    ['<object data="x"></object>', /<object/i],
    ['<svg onload="alert(1)"><circle r="1"/></svg>', /<svg|onload/i],
    ['<video><source onerror="alert(1)"></video>', /<video|<source|onerror/i],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', /<meta|refresh/i],
    ['<style>body{display:none}</style>', /<style|display:none/i],
    ['<div style="position:fixed;inset:0">overlay</div>', /style=|position:fixed/i],
    ['| a |\n|---|\n| <img src=x onerror=alert(1)> |', /<img|onerror/i],
    ['[<img src=x onerror=alert(1)>](https://x.example)', /<img|onerror/i],
    ['<a href="data:text/html,<script>alert(1)</script>">d</a>', /data:|<script/i],
    ['<form action="https://evil.example"><button>go</button></form>', /<form|<button/i],
  ];
  for (const [payload, forbidden] of payloads) {
    it(`neutralises ${payload.slice(0, 50)}`, () => {
      expect(renderMarkdown(payload)).not.toMatch(forbidden);
    });
  }
});
