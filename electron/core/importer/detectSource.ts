// The news source named in the article's own words, e.g. "(Kazinform) –" datelines or
// "as reported by the Kazinform News Agency correspondent".
import { parseDateline } from './dateline';

const PATTERNS: RegExp[] = [
  /^[A-Z][A-Z .,-]{1,40}\(([A-Z][\w&' .-]{1,40})\)\s*[–—-]/m,
  /\breported by (?:the )?([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}?)(?: News Agency| news agency)?(?: correspondent| reporter)?\b/,
  /\b(?:told|according to) (?:the )?([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}) (?:News Agency|news agency)\b/,
];

export function detectSource(text: string): string | null {
  const head = text.slice(0, 2000);
  const dateline = parseDateline(head);
  if (dateline?.source) return dateline.source;
  for (const pattern of PATTERNS) {
    const match = pattern.exec(head);
    if (match?.[1]) return match[1].replace(/ (News Agency|Agency)$/i, '').trim();
  }
  return null;
}
