// The article in an HTML page: its text and title without the page's menus, scripts and footers, found
// by Mozilla's Readability (the Firefox Reader View algorithm) on a linkedom document (no browser).
// Metadata comes from the usual meta tags (Open Graph, article:*, Dublin Core, schema.org).
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { isoDate, tidyParagraphs, type ExtractedDocument } from './extractedDocument';
import { checkHtmlDepth } from './htmlDepth';

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'DL', 'DT', 'DD', 'HR']);
// Removed before the fallback extraction (Readability drops these itself).
const NOT_CONTENT = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select';

// Loaded at the first HTML page rather than with the module: linkedom holds ~13 MB in every thread that
// loads it, and the import's coordinator and analysis threads (and the main process) load this module
// whether or not an HTML file ever comes (issue 4: memory during a 10,000-file import).
let loaded: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function parsers() {
  /* eslint-disable @typescript-eslint/no-require-imports -- a synchronous lazy load; see above */
  loaded ??= { parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML, Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return loaded;
}

export function extractHtml(html: string): ExtractedDocument {
  checkHtmlDepth(html);
  const { parseHTML, Readability } = parsers();
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const linked = linkedData(document);
  const date =
    isoDate(meta('meta[property="article:published_time"]')) ??
    isoDate(meta('meta[name="date"]')) ??
    isoDate(meta('meta[name="DC.date"]')) ??
    isoDate(meta('meta[name="pubdate"]')) ??
    isoDate(meta('meta[itemprop="datePublished"]')) ??
    isoDate(linked.datePublished) ??
    isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const metaAuthor = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const metaTitle = meta('meta[property="og:title"]') ?? (document.querySelector('title')?.textContent?.trim() || null);
  const source = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]') ?? linked.publisher;

  const h1 = clean(document.querySelector('h1')?.textContent);
  // Readability changes the document it reads, so the fallback works on a fresh parse.
  const article = new Readability(document as unknown as Document, { charThreshold: 200, serializer: (node: Node) => node }).parse();
  let text = article?.content ? blockText(article.content) : '';
  if (!text) {
    const { document: fresh } = parseHTML(html);
    for (const el of [...fresh.querySelectorAll(NOT_CONTENT)]) el.remove();
    const root = fresh.querySelector('article') ?? fresh.querySelector('main') ?? fresh.body;
    text = root ? blockText(root as unknown as Node) : '';
  }
  const title = clean(article?.title) ?? clean(metaTitle);
  return {
    text,
    // "Headline | Site name": the page's own headline is the better title.
    title: title && h1 && title !== h1 && title.startsWith(h1) ? h1 : (title ?? h1),
    date: date ?? isoDate(article?.publishedTime),
    author: clean(article?.byline) ?? (metaAuthor && !/^https?:/i.test(metaAuthor) ? clean(metaAuthor) : null),
    source: clean(article?.siteName) ?? clean(source),
  };
}

/** The text of an element, with a blank line between blocks (paragraphs, headings, list items). */
function blockText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    if (tag === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out.push('\n\n');
    for (const child of [...node.childNodes]) walk(child);
    if (block) out.push('\n\n');
  };
  walk(root);
  return tidyParagraphs(out.join(''));
}

/** datePublished and the publisher's name from the page's schema.org JSON-LD (a NewsArticle, possibly in
 *  an @graph or a list); nothing when it is missing or not JSON. Each block is read only up to 100 kB. */
function linkedData(document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }): { datePublished: string | null; publisher: string | null } {
  const found = { datePublished: null as string | null, publisher: null as string | null };
  const visit = (node: unknown, depth: number) => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 50)) visit(item, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    if (!found.datePublished && typeof o.datePublished === 'string') found.datePublished = o.datePublished;
    const publisher = Array.isArray(o.publisher) ? o.publisher[0] : o.publisher;
    if (!found.publisher) {
      if (typeof publisher === 'string') found.publisher = clean(publisher);
      else if (publisher && typeof (publisher as { name?: unknown }).name === 'string') found.publisher = clean((publisher as { name: string }).name);
    }
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    const text = script.textContent ?? '';
    if (text.length > 100_000) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // A page's broken JSON-LD says nothing; the other metadata still counts.
    }
  }
  return found;
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v.slice(0, 300) : null;
}
