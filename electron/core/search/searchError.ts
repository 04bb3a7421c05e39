/** A search the analyst typed that cannot be run, with a message that says how to fix it. */
export class SearchError extends Error {
  constructor(
    readonly code: 'BAD_QUERY' | 'BAD_FILTER',
    message: string,
  ) {
    super(message);
    this.name = 'SearchError';
  }
}
