// Reads a file of at most the size limit, so a huge file is refused without being loaded into memory.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { ImportError } from './importError';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface FileBytes {
  bytes: Uint8Array;
  modified: Date;
}

export function readLimited(file: string): FileBytes {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new ImportError('UNREADABLE', `the file cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ImportError('UNREADABLE', 'not a regular file');
    if (stat.size > MAX_ARTICLE_BYTES) {
      throw new ImportError('TOO_LARGE', `the file is ${formatBytes(stat.size)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit`);
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: buffer.subarray(0, read), modified: stat.mtime };
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('UNREADABLE', `the file cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** A file's size in bytes, to plan work by (which thread reads it, how much is in flight); 0 when it cannot
 *  be read, which the reading then reports with its reason. */
export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
