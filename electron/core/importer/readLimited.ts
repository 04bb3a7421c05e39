// Reads a file of at most the size limit, so a huge file is refused without being loaded into memory.
// Only regular files are read: the target of a path (symbolic links followed) is looked at before it is
// opened, because opening a FIFO blocks until something writes to it, and a device (/dev/zero,
// /dev/urandom) never ends. The open itself is non-blocking, for a path swapped for a FIFO in between.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { ImportError } from './importError';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface FileBytes {
  bytes: Uint8Array;
  modified: Date;
}

// O_NONBLOCK does not exist on Windows, where opening a named pipe this way does not block anyway.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export function readLimited(file: string, limit = MAX_ARTICLE_BYTES): FileBytes {
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (err) {
    throw unreadable(err);
  }
  checkKind(stat);
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    throw unreadable(err);
  }
  try {
    stat = fstatSync(fd);
    checkKind(stat);
    if (stat.size > limit) throw new ImportError('TOO_LARGE', `the file is ${sizeOver(stat.size, limit)}`);
    // One byte more than the size, to notice a file that grew while it was read (it is refused rather
    // than read without end).
    const buffer = Buffer.alloc(stat.size + 1);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read > limit) throw new ImportError('TOO_LARGE', `the file grew past the ${formatBytes(limit)} limit while it was read`);
    return { bytes: buffer.subarray(0, read), modified: stat.mtime };
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw unreadable(err);
  } finally {
    closeSync(fd);
  }
}

function checkKind(stat: Stats): void {
  if (stat.isFile()) return;
  const kind = stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe (FIFO)' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : stat.isSocket() ? 'a socket' : 'not a regular file';
  throw new ImportError('UNREADABLE', kind === 'not a regular file' ? kind : `not a regular file (${kind})`);
}

/** Plain words for the usual reasons a file cannot be read, with the system's code for the rest. */
const REASONS: Record<string, string> = {
  ENOENT: 'the file does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'the disk reported an input/output error',
  EISDIR: 'not a regular file (a folder)',
  ELOOP: 'a loop of symbolic links',
  ENAMETOOLONG: 'the file name is too long',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
};

export function unreadable(err: unknown): ImportError {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  return new ImportError('UNREADABLE', `the file cannot be read: ${REASONS[code] ?? 'the system refused'} (${code})`);
}

/** "6.2 MB, over the 5.0 MB limit"; exact bytes when both would round to the same figure. */
export function sizeOver(size: number, limit: number): string {
  const a = formatBytes(size);
  const b = formatBytes(limit);
  return a === b ? `${size.toLocaleString('en')} bytes, over the limit of ${limit.toLocaleString('en')} bytes (${b})` : `${a}, over the ${b} limit`;
}

export function formatBytes(n: number): string {
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
