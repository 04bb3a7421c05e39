// Hostile files in an import (issue 16): each is refused with a plain reason within a stated budget,
// the rest of its batch is imported, and the library stays whole. Fixtures are made here, at run time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/importer/decodeText';
import { readLimited } from '../../../electron/core/importer/readLimited';
import { PROJECT_ROOT, SEED_FILE, tempLibrary } from '../../helpers/temp';

const seed = readFileSync(SEED_FILE, 'utf8');
const integrityOk = (db: { prepare(sql: string): { pluck(): { get(): unknown } } }) => db.prepare('PRAGMA integrity_check').pluck().get();
const reasonOf = (report: { outcomes: { file: string; status: string; reason?: string }[] }, file: string) => report.outcomes.find((o) => o.file === file);

/** Real text of about `bytes` characters: the seed's paragraphs, numbered so none is a duplicate. */
function bigText(bytes: number): string {
  const paras: string[] = ['Talks in Astana'];
  for (let i = 0, n = 0; n < bytes; i++) {
    const p = `${seed.split('\n\n')[1 + (i % 5)] ?? seed} (${i})`;
    paras.push(p);
    n += p.length + 2;
  }
  return paras.join('\n\n').slice(0, bytes);
}

describe('hostile files in an import', () => {
  // Budget: 30 s for the test (a FIFO used to hold the import for good).
  it('refuses a FIFO named directly and a symbolic link to one in a folder, and imports the rest', async () => {
    const { library, dir } = tempLibrary();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    execFileSync('mkfifo', [join(inbox, 'a.txt')]);
    symlinkSync('a.txt', join(inbox, 'b.txt'));
    writeFileSync(join(inbox, 'c.txt'), `${seed}\n\nThe good one.`);
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const report = await library.importPaths([fifo, inbox]);
    expect(reasonOf(report, fifo)).toMatchObject({ status: 'refused', reason: 'not a regular file (a named pipe (FIFO))' });
    expect(reasonOf(report, join(inbox, 'b.txt'))).toMatchObject({ status: 'refused', reason: 'not a regular file (a named pipe (FIFO))' });
    expect(reasonOf(report, join(inbox, 'c.txt'))).toMatchObject({ status: 'imported' });
    expect(library.articles.count()).toBe(1);
    expect(integrityOk(library.db)).toBe('ok');
  }, 30_000);

  it('refuses devices without reading them', () => {
    expect(() => readLimited('/dev/zero')).toThrow('not a regular file (a device)');
    expect(() => readLimited('/dev/urandom')).toThrow('not a regular file (a device)');
  });

  it('refuses a file that takes longer than its time budget, and imports the rest of the batch', async () => {
    const { library, dir } = tempLibrary();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    // ~4 s of analysis on any machine, against a budget of 0.3 s.
    writeFileSync(join(inbox, 'a-big.txt'), bigText(4 * 1024 * 1024));
    for (let i = 0; i < 4; i++) writeFileSync(join(inbox, `b${i}.txt`), `${seed}\n\nFile ${i}.`);
    const report = await library.importPaths([inbox], { fileTimeBudgetMs: 300, workers: 2 });
    expect(reasonOf(report, join(inbox, 'a-big.txt'))).toMatchObject({ status: 'refused', code: 'TOO_SLOW', reason: 'reading and analysing it took longer than the 0 s allowed for one file' });
    expect([report.imported, report.cancelled]).toEqual([4, false]);
    expect(integrityOk(library.db)).toBe('ok');
  }, 60_000);

  it('a stop ends a thread stuck in one file: the file is not imported, and the job ends', async () => {
    const { library, dir } = tempLibrary();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    for (const name of ['a-STUCK.txt', 'b.txt']) writeFileSync(join(inbox, name), `${seed}\n\n${name}`);
    // The real reading thread, held in an endless loop by the file named STUCK (as a parser caught in
    // a hostile file would be): it reads no message, a stop included, until it is ended.
    const marker = join(dir, 'stuck');
    const script = join(dir, 'stuck.js');
    writeFileSync(
      script,
      `const { workerData, parentPort } = require('node:worker_threads');
       if (workerData.role === 'analyse') parentPort.on('message', (m) => {
         if (m.type === 'files' && m.items.some((i) => i.file.includes('STUCK'))) { require('node:fs').writeFileSync(${JSON.stringify(marker)}, ''); for (;;); }
       });
       require(${JSON.stringify(join(PROJECT_ROOT, 'dist', 'importWorker.js'))});`,
    );
    const cancel = new AbortController();
    const job = library.importPaths([inbox], { workers: 1, signal: cancel.signal, workerScript: script });
    await expect.poll(() => existsSync(marker)).toBe(true);
    cancel.abort();
    const report = await job;
    expect([report.cancelled, report.imported, report.notStarted]).toEqual([true, 0, 2]);
    expect(library.articles.count()).toBe(0);
    expect(integrityOk(library.db)).toBe('ok');
  }, 30_000);
});

describe('smaller refusals (issue 16, item 9)', () => {
  it('says by how much a file is over the size limit, even by one byte', () => {
    const { dir } = tempLibrary();
    const file = join(dir, 'big.txt');
    writeFileSync(file, '');
    truncateSync(file, 5 * 1024 * 1024 + 1);
    expect(() => readLimited(file)).toThrow('the file is 5,242,881 bytes, over the limit of 5,242,880 bytes (5.0 MB)');
  });

  it('refuses NUL bytes anywhere in a text, not only in its first 8 KB', () => {
    const bytes = Buffer.from(`${'a'.repeat(20_000)}\u0000tail`);
    expect(() => decodeText(bytes)).toThrow('the file is binary, not text (a NUL byte at byte 20,000)');
  });

  it('names the reason a file cannot be read in plain words', () => {
    expect(() => readLimited('/nonexistent/x.txt')).toThrow('the file cannot be read: the file does not exist (ENOENT)');
  });
});
