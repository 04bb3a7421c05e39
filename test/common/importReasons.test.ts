// The import report's reasons: the importer's own words stay; a parser's message, a system code, a URL or
// a stack never reaches the analyst.
import { describe, expect, it } from 'vitest';
import { plainImportReason } from '../../electron/common/importReasons';

describe('plainImportReason', () => {
  it('keeps the importer’s plain reasons, with their figures', () => {
    expect(plainImportReason('EMPTY', 'the file is empty')).toBe('the file is empty');
    expect(plainImportReason('TOO_LARGE', 'the file is 6.2 MB, over the 5.0 MB limit')).toBe('the file is 6.2 MB, over the 5.0 MB limit');
    expect(plainImportReason('UNSUPPORTED_TYPE', '.exe cannot be imported (only .txt, .md, .html files)')).toBe('.exe cannot be imported (only .txt, .md, .html files)');
  });

  it('drops a system code and replaces a parser’s message, a stack or a URL', () => {
    expect(plainImportReason('UNREADABLE', 'the file cannot be read: permission denied (EACCES)')).toBe('the file cannot be read: permission denied');
    expect(plainImportReason('NOT_DECODABLE', 'the PDF cannot be read (Invalid PDF structure.)')).toBe('the file could not be read: it may be damaged, or not the format its name says');
    expect(plainImportReason('FAILED', 'the file could not be read (TypeError: x is undefined\n    at read (file:///app/dist/importWorker.js:1:2))')).toBe('the file could not be imported');
    expect(plainImportReason('FAILED', 'see https://example.org/help')).toBe('the file could not be imported');
    expect(plainImportReason('SOMETHING_NEW', '')).toBe('the file could not be imported');
  });
});
