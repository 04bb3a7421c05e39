// Import progress on stderr: one line rewritten in place on a terminal, a line every quarter second
// otherwise (logs, and the tests that watch an import).
import type { ImportProgress } from '../core/importer/importJob';

export function progressPrinter(stream: NodeJS.WriteStream) {
  const tty = stream.isTTY === true;
  let shown = false;
  const line = (p: ImportProgress) => `importing: ${p.done} of ${p.total} done, ${p.left} left, ${p.imported} imported, ${p.duplicates} duplicate, ${p.refused} refused`;
  return {
    intervalMs: tty ? 100 : 250,
    update: (p: ImportProgress) => {
      if (p.total === 0) return;
      stream.write(tty ? `\r${line(p)}\u001b[K` : `${line(p)}\n`);
      shown = true;
    },
    end: () => {
      if (tty && shown) stream.write('\n');
    },
  };
}
