// Which thread analyses a small import: a file or two of short plain text is analysed on the calling thread
// (starting threads costs more), anything longer or in a heavy format goes to the import's threads, so that
// the window's event loop is never held by one long document (a 1 MB text held it for 1.5 s).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempLibrary } from '../../helpers/temp';

const ARTICLE = 'ASTANA, June 3 – "Trade with China will double," Minister Dana Ospan said on Monday. ';

/** A worker script that only leaves a mark that a thread was started, then ends: the job then does the
 *  work on the calling thread, as it does when no thread can run. */
function markingScript(dir: string): { script: string; started: () => boolean } {
  const mark = join(dir, 'thread-started');
  const script = join(dir, 'marking-worker.js');
  writeFileSync(script, `require('node:fs').writeFileSync(${JSON.stringify(mark)}, 'yes');`);
  return { script, started: () => existsSync(mark) };
}

async function importOne(name: string, text: string): Promise<{ started: boolean; imported: number }> {
  const { library } = tempLibrary();
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, text);
  const { script, started } = markingScript(dir);
  try {
    const report = await library.importPaths([file], { workerScript: script });
    return { started: started(), imported: report.imported };
  } finally {
    library.close();
  }
}

describe('a small import', () => {
  it('analyses a short text on the calling thread', async () => {
    expect(await importOne('short.txt', ARTICLE.repeat(20))).toEqual({ started: false, imported: 1 });
  });

  it('sends a long text to the threads', async () => {
    expect(await importOne('long.txt', ARTICLE.repeat(200))).toEqual({ started: true, imported: 1 });
  });

  it('sends a short HTML page to the threads (its parser is heavy to load)', async () => {
    const html = `<html><head><title>Trade</title></head><body><article><p>${ARTICLE.repeat(5)}</p></article></body></html>`;
    expect(await importOne('page.html', html)).toEqual({ started: true, imported: 1 });
  });
});
