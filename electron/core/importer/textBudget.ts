// The most text one article may hold once extracted: a Word file or a PDF of a few megabytes can hold
// far more text than the file's size suggests (compressed), and the analysis and the library keep it all.
import { ImportError } from './importError';

/** Characters of text one article may hold (a 5 MB text file holds at most this many). */
export const MAX_TEXT_CHARS = 5 * 1024 * 1024;

export function checkTextBudget(text: string, what: string): void {
  if (text.length > MAX_TEXT_CHARS) {
    throw new ImportError('TOO_LARGE', `${what} holds ${text.length.toLocaleString('en')} characters of text, over the limit of ${MAX_TEXT_CHARS.toLocaleString('en')}`);
  }
}
