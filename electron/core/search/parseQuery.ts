// Turns what the analyst typed into an FTS5 MATCH expression that cannot fail to parse. The analyst's words
// never reach FTS5 as syntax: every word and phrase is emitted as a double-quoted string (quotes doubled),
// and only the operators built here (AND, OR, NOT, prefix *) are FTS5 syntax.
//
// Accepted: words (all must match), "exact phrases", prefixes like `negotiat*`, `OR` between two items,
// and `-word` / `-"phrase"` to exclude. Anything else in a word (colons, brackets, carets) is just text.
import { SearchError } from './searchError';

export interface ParsedQuery {
  /** The FTS5 expression. */
  match: string;
  /** The positive items, for display ("searched for …") and for finding matches in texts. */
  items: QueryItem[];
  /** The query's structure over `items` (by index): every group must match, one item of a group is
   *  enough (the alternatives joined by OR). */
  groups: number[][];
  /** The items to leave out (`-word`, `-"phrase"`), for telling which texts a query matches. */
  excluded: QueryItem[];
}

export interface QueryItem {
  text: string;
  kind: 'word' | 'phrase' | 'prefix';
  negated: boolean;
}

export const MAX_QUERY_LENGTH = 500;
const MAX_ITEMS = 24;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function parseQuery(input: string): ParsedQuery {
  const text = input.trim();
  if (!text) throw new SearchError('BAD_QUERY', 'Type something to search for.');
  if (text.length > MAX_QUERY_LENGTH) throw new SearchError('BAD_QUERY', `The search is too long (over ${MAX_QUERY_LENGTH} characters).`);

  // Split into tokens: "…" phrases (with an optional leading -), OR, and runs of non-space characters.
  const tokens: { raw: string; phrase: boolean; negated: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    const negated = text[i] === '-' && i + 1 < text.length && !/\s/.test(text[i + 1]!);
    const start = negated ? i + 1 : i;
    if (text[start] === '"' || text[start] === '“' || text[start] === '”') {
      const close = findClosingQuote(text, start + 1);
      if (close < 0) throw new SearchError('BAD_QUERY', 'A quotation mark is not closed: close the phrase with a second ".');
      tokens.push({ raw: text.slice(start + 1, close), phrase: true, negated });
      i = close + 1;
      continue;
    }
    let end = start;
    while (end < text.length && !/\s/.test(text[end]!) && !isQuote(text[end]!)) end++;
    tokens.push({ raw: text.slice(start, end), phrase: false, negated });
    i = end === start ? end + 1 : end;
  }

  // Groups of alternatives joined by OR; groups are ANDed together.
  const groups: string[][] = [];
  const itemGroups: number[][] = [];
  const excluded: QueryItem[] = [];
  const items: QueryItem[] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (!token.phrase && !token.negated && token.raw === 'OR') {
      if (!groups.length || joinNext) throw new SearchError('BAD_QUERY', 'OR must stand between two words or phrases.');
      joinNext = true;
      continue;
    }
    const item = toItem(token);
    if (!item) continue; // punctuation only: nothing FTS5 would index
    if (items.length + excluded.length >= MAX_ITEMS) throw new SearchError('BAD_QUERY', `The search has too many words (at most ${MAX_ITEMS}).`);
    if (item.negated) {
      if (joinNext) throw new SearchError('BAD_QUERY', 'OR cannot join an excluded word.');
      excluded.push(item);
      continue;
    }
    items.push(item);
    if (joinNext) {
      groups[groups.length - 1]!.push(ftsString(item));
      itemGroups[itemGroups.length - 1]!.push(items.length - 1);
    } else {
      groups.push([ftsString(item)]);
      itemGroups.push([items.length - 1]);
    }
    joinNext = false;
  }
  if (joinNext) throw new SearchError('BAD_QUERY', 'OR must stand between two words or phrases.');
  if (!groups.length) {
    throw new SearchError('BAD_QUERY', excluded.length ? 'Say what to search for, not only what to leave out.' : 'The search holds no words or numbers to look for.');
  }
  let match = groups.map((g) => (g.length > 1 ? `(${g.join(' OR ')})` : g[0]!)).join(' AND ');
  for (const item of excluded) match = `(${match}) NOT ${ftsString(item)}`;
  return { match, items, groups: itemGroups, excluded };
}

function toItem(token: { raw: string; phrase: boolean; negated: boolean }): QueryItem | null {
  if (token.phrase) {
    const text = token.raw.trim();
    return WORD_CHAR.test(text) ? { text, kind: 'phrase', negated: token.negated } : null;
  }
  const prefix = token.raw.endsWith('*');
  const text = token.raw.replace(/\*+$/, '');
  if (!WORD_CHAR.test(text)) return null;
  if (prefix) {
    // A one-letter prefix matches most of the index and makes the search slow for no use.
    const letters = [...text].filter((c) => WORD_CHAR.test(c)).length;
    if (letters < 2) throw new SearchError('BAD_QUERY', `"${token.raw}": a prefix search needs at least two letters before the *.`);
    return { text, kind: 'prefix', negated: token.negated };
  }
  return { text, kind: 'word', negated: token.negated };
}

/** An FTS5 string: the text inside double quotes, with any double quote in it doubled. */
export function ftsString(item: Pick<QueryItem, 'text' | 'kind'>): string {
  const quoted = `"${item.text.replace(/"/g, '""')}"`;
  return item.kind === 'prefix' ? `${quoted}*` : quoted;
}

const isQuote = (c: string) => c === '"' || c === '“' || c === '”';

function findClosingQuote(text: string, from: number): number {
  for (let k = from; k < text.length; k++) if (isQuote(text[k]!)) return k;
  return -1;
}
