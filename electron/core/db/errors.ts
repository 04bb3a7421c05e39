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
