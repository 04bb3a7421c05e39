// Article text placed in an exported Markdown document: a page's title or site name can hold HTML
// (<script>…) or Markdown ([link](javascript:…), **, |) that a default Markdown renderer would turn into
// markup and run. Everything from an article goes through here; the analyst's own notes do not.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One line of article text, inert in Markdown: white space collapsed, HTML and Markdown characters escaped. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[&<>]/g, (c) => HTML[c]!)
      .replace(/[\\`*_[\]|~]/g, '\\$&')
      // What opens a block at the start of a line: a heading, a list item, a rule.
      .replace(/^([#+=-]|\d+(?=[.)]))/, '\\$1')
  );
}
