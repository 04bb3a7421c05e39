export type ImportErrorCode = 'EMPTY' | 'NOT_TEXT' | 'NOT_DECODABLE' | 'TOO_LARGE' | 'UNREADABLE' | 'UNSUPPORTED_TYPE' | 'NO_TEXT' | 'NO_TEXT_LAYER';

/** An expected refusal of a file, with a message meant for the analyst. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
