// An entity page: everything said by or about a person or organisation across the library — their quotes,
// their proposals, and the articles that mention them — newest first.
import type { EntityArticleRow, EntityPassageRow, SearchRepository } from '../db/searchRepository';
import { SearchError } from './searchError';

export interface EntityPage {
  /** The name as the library spells it (the query matches regardless of case). */
  name: string;
  types: string[];
  quotes: EntityPassageRow[];
  proposals: EntityPassageRow[];
  articles: EntityArticleRow[];
}

const LIMIT = 500;

export function entityPage(repo: SearchRepository, name: string): EntityPage {
  const wanted = name.trim();
  if (!wanted) throw new SearchError('BAD_QUERY', 'Name a person, organisation or place.');
  const articles = repo.articlesMentioning(wanted, LIMIT);
  const quotes = repo.passagesBy(wanted, 'quote', LIMIT);
  const proposals = repo.passagesBy(wanted, 'proposal', LIMIT);
  return {
    name: articles[0]?.name ?? wanted,
    types: [...new Set(articles.map((a) => a.type))],
    quotes,
    proposals,
    articles,
  };
}
