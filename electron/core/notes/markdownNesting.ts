// Markdown nests blockquotes and lists by the markers that open a line ("> > > - - text"); marked
// parses each level by recursion, so a 10 KB note of 5,000 of them overflows the stack ("Maximum call
// stack size exceeded") and failed the note's export and preview. Markers past the deepest level kept
// are escaped (shown as the characters typed), line by line, before the note is rendered.

/** The deepest nesting of blockquotes and lists a note is rendered with. */
export const MAX_MARKDOWN_NESTING = 32;

// One marker: a '>', or a list bullet or number followed by white space (or the end of the line).
const MARKER = /[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

export function boundMarkdownNesting(markdown: string, max = MAX_MARKDOWN_NESTING): string {
  if (!/(?:[>*+-]|\d[.)])[ \t]*(?:[>*+-]|\d[.)])/.test(markdown)) return markdown; // no nesting at all: the usual note
  return markdown
    .split('\n')
    .map((line) => {
      const kept: string[] = [];
      let depth = 0;
      MARKER.lastIndex = 0;
      let at = 0;
      for (let m = MARKER.exec(line); m; m = MARKER.exec(line)) {
        depth++;
        // Past the limit a marker is escaped: "\>", "\-", "1\.", so it stays visible as typed.
        kept.push(depth <= max ? m[0] : m[0].replace(/([>*+-]|[.)])$/, '\\$1'));
        at = MARKER.lastIndex;
      }
      // Deep indentation nests lists too: past the limit, a line's indentation is cut to that depth.
      return depth > max ? kept.join('') + line.slice(at) : depth === 0 ? clampIndent(line, max) : line;
    })
    .join('\n');
}

function clampIndent(line: string, max: number): string {
  const indent = /^[ \t]*/.exec(line)![0];
  MARKER.lastIndex = 0;
  return indent.length > max * 4 && MARKER.test(line) ? ' '.repeat(max * 4) + line.slice(indent.length) : line;
}
