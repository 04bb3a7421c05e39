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
  if (looksBinary(bytes)) throw new ImportError('NOT_TEXT', 'the file is binary, not text');
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
