// Writes an export so that a failure (a full disk, a folder that cannot be written) leaves nothing
// half-written: the bytes go to a temporary file beside the target, which replaces the target only once
// it is complete and on disk. An earlier export of the same name is kept until then.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** An export that could not be written, with the reason in plain words. */
export class ExportWriteError extends Error {
  readonly code = 'EXPORT_WRITE_FAILED';
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'the file or its folder is protected',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder does not exist',
  EISDIR: 'it is a folder',
  EIO: 'the disk reported an input/output error',
};

export function writeExportFile(path: string, data: string | Uint8Array): void {
  try {
    let existing;
    try {
      existing = statSync(path);
    } catch {
      // A new file.
    }
    // A device or a pipe (/dev/stdout) is written to as it is: there is nothing to replace.
    if (existing && !existing.isFile()) {
      writeFileSync(path, data);
      return;
    }
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
      const fd = openSync(temporary, 'w');
      try {
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, path);
    } catch (err) {
      rmSync(temporary, { force: true });
      throw err;
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new ExportWriteError(`${path} cannot be written: ${REASONS[code] ?? 'the system refused'} (${code}); nothing was changed`);
  }
}
