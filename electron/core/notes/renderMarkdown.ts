// Notes are Markdown written by the analyst: rendered with marked, then sanitised with an allowlist,
// so that nothing a note holds can run script, load remote content, or restyle the page.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from '../print/escapeHtml';
import { boundMarkdownNesting } from './markdownNesting';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code',
    'em', 'strong', 'del', 's', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    input: ['type', 'checked', 'disabled'],
  },
  // Links in notes may point only at the web or mail; file:, javascript: and data: are dropped.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
    input: (tagName, attribs) =>
      attribs.type === 'checkbox'
        ? { tagName, attribs: { type: 'checkbox', disabled: '', ...(attribs.checked !== undefined ? { checked: '' } : {}) } }
        : { tagName: 'span', attribs: {} },
  },
};
SANITIZE.allowedAttributes = { ...SANITIZE.allowedAttributes, a: ['href', 'title', 'rel', 'target'] };

export function renderMarkdown(markdown: string): string {
  let html: string;
  try {
    html = marked.parse(boundMarkdownNesting(markdown)) as string;
  } catch {
    // Whatever else a note holds that marked cannot render, it is shown as its text: an export or a
    // preview never fails because of one note.
    return `<p class="note-unrendered">This note could not be rendered as Markdown; its text:</p><pre>${escapeHtml(markdown)}</pre>`;
  }
  return sanitizeHtml(html, SANITIZE);
}
