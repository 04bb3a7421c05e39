// Why a file was refused, in plain words for the import report: the importer's own reasons are written
// for the analyst ("the file is empty"), but a few carry a parser's or the system's message in brackets
// ("the PDF cannot be read (Invalid PDF structure.)", "(EACCES)"), and an unexpected failure may carry a
// stack or a URL. Those are replaced by what the refusal's code means. Used by the window; plain, no DOM.

const BY_CODE: Record<string, string> = {
  EMPTY: 'the file is empty',
  NOT_TEXT: 'the file is binary, not text',
  NOT_DECODABLE: 'the file could not be read: it may be damaged, or not the format its name says',
  TOO_LARGE: 'the file is too large to import',
  TOO_SLOW: 'reading the file took too long',
  UNREADABLE: 'the file could not be opened',
  UNSUPPORTED_TYPE: 'files of this type cannot be imported',
  NO_TEXT: 'the file holds no article text',
  NO_TEXT_LAYER: 'the PDF has no text layer (pages of images, e.g. a scan): run text recognition (OCR) on it first',
  FAILED: 'the file could not be imported',
};

/** A URL, a file URL, a stack frame or an error class name: none is plain words for the analyst. */
const RAW = /[a-z][a-z0-9+.-]*:\/\/|\bat\s+\S+\s*\(|\n|\b[A-Z][A-Za-z]*Error\b|\{|\}/;

/** The reason a file was refused, in plain words, from the importer's code and message. */
export function plainImportReason(code: string, reason: string): string {
  // The system's code in brackets ("… permission denied (EACCES)") adds nothing the words do not say.
  const words = reason.replace(/\s*\((E[A-Z]+|error)\)\s*$/, '').trim();
  // A parser's message in brackets is not ours: keep our words before it only when they say enough.
  const bracketed = /^(.*?)\s*\(([^()]*)\)$/.exec(words);
  if (bracketed && !/^(a NUL byte|tried |only |\d)/.test(bracketed[2]!)) {
    return code in BY_CODE ? BY_CODE[code]! : bracketed[1]!;
  }
  if (!words || RAW.test(words) || words.length > 300) return BY_CODE[code] ?? 'the file could not be imported';
  return words;
}
