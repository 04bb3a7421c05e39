// Turns a file's bytes into text, or says why they are not an article's text.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ImportError } from './importError';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as, e.g. "UTF-8" or "windows-1252". */
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportError('EMPTY', 'the file is empty');
  // Byte-order marks settle the question before any guessing.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: checkedUtf16(bytes, utf16), encoding: utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' };
  if (looksBinary(bytes)) throw new ImportError('NOT_TEXT', 'the file is binary, not text');
  // looksBinary reads the first 8 KiB only: a NUL further on would otherwise be stored in the body.
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ImportError('NOT_TEXT', `the file is binary, not text (a NUL byte at byte ${nul.toLocaleString('en')})`);
  try {
    return { text: utf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: news files of this kind are most often Windows-1252 or Latin-1.
  }
  const guess = chardet.detect(bytes);
  const encoding = guess && guess !== 'UTF-8' && iconv.encodingExists(guess) ? guess : 'windows-1252';
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what marks a failed decode
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    throw new ImportError('NOT_DECODABLE', `the text could not be decoded (tried UTF-8 and ${encoding})`);
  }
  return { text, encoding: normaliseName(encoding) };
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ImportError('NOT_DECODABLE', 'the file starts with a UTF-8 mark but is not valid UTF-8');
  }
}

// UTF-16 without a byte-order mark: text in Latin script then has a NUL in every other byte (the high
// byte of each character), on the odd bytes for little-endian and the even ones for big-endian.
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

function checkedUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const text = new TextDecoder(encoding).decode(bytes);
  // eslint-disable-next-line no-control-regex -- a binary file that happens to look like UTF-16 decodes to control characters
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw new ImportError('NOT_TEXT', 'the file is binary, not text');
  return text;
}

// NUL bytes or many control characters in the first 8 KiB mean a binary file (text in UTF-16
// without a byte-order mark is rare enough in news to refuse with this message).
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.05;
}

function normaliseName(encoding: string): string {
  const lower = encoding.toLowerCase();
  if (lower === 'iso-8859-1') return 'ISO-8859-1';
  return lower.startsWith('windows-') ? lower : encoding;
}
