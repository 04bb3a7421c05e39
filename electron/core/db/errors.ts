export class DatabaseError extends Error {
  constructor(
    readonly code: 'DB_CORRUPT' | 'DB_TOO_NEW' | 'DB_OPEN_FAILED' | 'DB_MIGRATION_FAILED',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

/**
 * Plain words for a write the library refused (SQLite's error code), for the command line, the window
 * and the import report; null for an error that is not the database's. These are expected failures of
 * the machine (a full disk, a read-only file), never shown as a stack trace.
 */
export function databaseFailure(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') return `the disk is full, or the library reached its size limit: nothing more was saved (${code})`;
  if (code.startsWith('SQLITE_READONLY')) return `the library file cannot be written (read-only or protected): nothing was saved (${code})`;
  if (code.startsWith('SQLITE_IOERR')) return `the disk reported an error while writing the library: nothing more was saved (${code})`;
  if (code.startsWith('SQLITE_CANTOPEN')) return `the library file cannot be opened (${code})`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return `the library is in use by another program: try again (${code})`;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return `the library file is damaged (${code})`;
  return `the library refused the write: ${(err as Error).message} (${code})`;
}
