// An entity page: everything said by or about a person or organisation across the library — their quotes,
// their proposals, and the articles that mention them — newest first.
import type { EntityArticleRow, EntityPassageRow, SearchRepository } from '../db/searchRepository';
import { SearchError } from './searchError';
// Corrections across the library (issue 14)
import { namesOf, NO_LIBRARY_ENTITIES, type LibraryEntities } from '../libraryEntities';
import { mergedArticles, mergedPassages } from './mergedRows';

export interface EntityPage {
  /** The name as the library spells it (the query matches regardless of case). */
  name: string;
  types: string[];
  quotes: EntityPassageRow[];
  proposals: EntityPassageRow[];
  articles: EntityArticleRow[];
  /** The names the analyst merged into this one across the library (their passages are on the page). */
  aliases: string[];
}

const LIMIT = 500;

export function entityPage(repo: SearchRepository, name: string, library: LibraryEntities = NO_LIBRARY_ENTITIES): EntityPage {
  const wanted = name.trim();
  if (!wanted) throw new SearchError('BAD_QUERY', 'Name a person, organisation or place.');
  // A merged name's page is the page of the name it was merged into, holding both.
  const [canonical, ...aliases] = namesOf(wanted, library.merges) as [string, ...string[]];
  const names = [canonical, ...aliases];
  const articles = mergedArticles(names.map((n) => repo.articlesMentioning(n, LIMIT)), LIMIT);
  const quotes = mergedPassages(names.map((n) => repo.passagesBy(n, 'quote', LIMIT)), LIMIT);
  const proposals = mergedPassages(names.map((n) => repo.passagesBy(n, 'proposal', LIMIT)), LIMIT);
  const kind = library.kinds.get(canonical.toLowerCase());
  return {
    name: aliases.length ? canonical : articles[0]?.name ?? wanted,
    types: kind ? [kind] : [...new Set(articles.map((a) => a.type))],
    quotes,
    proposals,
    articles,
    aliases,
  };
}
