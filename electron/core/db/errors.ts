export class DatabaseError extends Error {
  constructor(
    readonly code: 'DB_CORRUPT' | 'DB_TOO_NEW' | 'DB_OPEN_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}
