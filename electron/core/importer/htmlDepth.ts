// How deeply an HTML page nests its elements, estimated by one pass over its tags before it is parsed:
// linkedom takes ~20 s to parse 100,000 nested elements, and the text walk recurses by depth. Tags that
// HTML closes by itself (p, li, td...) and void elements are not counted, nor comments, scripts and
// styles, so that real pages (tens of levels deep) are never mistaken for bombs.
import { ImportError } from './importError';

/** Deepest nesting of elements an HTML page may have. */
export const MAX_HTML_DEPTH = 1_000;

const NOT_COUNTED = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body']);
// No part of a tag reads past the next '<', so a page of unclosed tags or quotes is still read in one pass.
const TAG = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][\w:-]*)(?:[^<>"']|"[^"<]*"|'[^'<]*')*?(\/?)>/gi;

export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (!name || NOT_COUNTED.has(name) || m[4]) continue;
    if (m[2]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

export function checkHtmlDepth(html: string): void {
  const depth = htmlDepth(html);
  if (depth > MAX_HTML_DEPTH) throw new ImportError('TOO_LARGE', `the page nests its elements ${depth.toLocaleString('en')} deep, over the limit of ${MAX_HTML_DEPTH.toLocaleString('en')}`);
}
