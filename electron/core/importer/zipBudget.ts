// A Word file is a ZIP archive; a few kilobytes of it can inflate to gigabytes (a decompression bomb).
// Before mammoth reads it, every part is inflated here against a budget of bytes in total (whatever
// the archive declares: a bomb's headers may lie) and its XML checked for a DTD (entity-expansion
// bombs; Word never writes one). Inflating stops at the budget, so memory stays bounded.
import { inflateRawSync } from 'node:zlib';
import { ImportError } from './importError';
import { formatBytes } from './readLimited';

/** Bytes all parts of one Word file may inflate to, together. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
/** Parts one Word file may hold (a real document has a few dozen). */
export const MAX_ZIP_ENTRIES = 5_000;

const refuse = (why: string) => new ImportError('TOO_LARGE', `the Word file is refused: ${why}`);
const damaged = () => new ImportError('NOT_DECODABLE', 'the Word file cannot be read (not a valid ZIP archive)');

/** `onPart` sees each part as it is inflated (docx core properties are read from here, not inflated twice). */
export function checkZipBudget(bytes: Uint8Array, budget = MAX_INFLATED_BYTES, onPart?: (name: string, part: Buffer) => void): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const count = buf.readUInt16LE(eocd + 10);
  if (count > MAX_ZIP_ENTRIES) throw refuse(`it holds over ${MAX_ZIP_ENTRIES.toLocaleString('en')} parts`);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw damaged();
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw damaged();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw damaged();
    const data = buf.subarray(start, start + compressed);
    let part: Buffer;
    if (method === 0) part = data;
    else if (method === 8) {
      try {
        part = inflateRawSync(data, { maxOutputLength: Math.max(1, budget - total + 1) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw refuse(`it inflates to over ${formatBytes(budget)}`);
        throw damaged();
      }
    } else throw damaged();
    total += part.length;
    if (total > budget) throw refuse(`it inflates to over ${formatBytes(budget)}`);
    if (/\.(xml|rels)$/i.test(name) && /<!(DOCTYPE|ENTITY)/i.test(part.toString('latin1'))) throw refuse(`its part ${name} declares a DTD, which Word never writes (an XML bomb)`);
    onPart?.(name, part);
  }
}
