// Hostile files in an import (issue 16): each is refused with a plain reason within a stated budget,
// the rest of its batch is imported, and the library stays whole. Fixtures are made here, at run time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFailure } from '../../../electron/core/db/errors';
import { decodeText } from '../../../electron/core/importer/decodeText';
import { readLimited } from '../../../electron/core/importer/readLimited';
import { minimalDocx, minimalPdf } from '../../helpers/fileFixtures';
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
    // ~4 s of analysis on any machine, against a budget of 0.8 s (the small files take a few ms each, but
    // under a loaded machine a thread's first file, its start included, took more than 0.3 s).
    writeFileSync(join(inbox, 'a-big.txt'), bigText(4 * 1024 * 1024));
    for (let i = 0; i < 4; i++) writeFileSync(join(inbox, `b${i}.txt`), `${seed}\n\nFile ${i}.`);
    const report = await library.importPaths([inbox], { fileTimeBudgetMs: 800, workers: 2 });
    expect(reasonOf(report, join(inbox, 'a-big.txt'))).toMatchObject({ status: 'refused', code: 'TOO_SLOW', reason: 'reading and analysing it took longer than the 800 ms allowed for one file' });
    expect([report.imported, report.cancelled]).toEqual([4, false]);
    expect(integrityOk(library.db)).toBe('ok');
  }, 60_000);

  it('two files that each need a roomy reader are both imported, the second after the first reader let go', async () => {
    const { library, dir } = tempLibrary();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    // Each outgrows a reading thread's heap and is read again by a roomy one; the first is done and its
    // reader gone before the second runs out of memory. The second was left waiting and lost.
    writeFileSync(join(inbox, 'quotes.txt'), '"Yes," he said. '.repeat(60_000));
    writeFileSync(join(inbox, 'will.txt'), 'will '.repeat(200_000));
    const report = await library.importPaths([inbox], { workers: 2 });
    expect(report.outcomes.map((o) => [o.file, o.status]).sort()).toEqual([[join(inbox, 'quotes.txt'), 'imported'], [join(inbox, 'will.txt'), 'imported']]);
    expect([report.imported, report.cancelled, report.notStarted]).toEqual([2, false, 0]);
  }, 120_000);

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

describe('decompression and parse bombs', () => {
  // Budget: 60 s for the whole batch (each bomb used to take minutes or gigabytes).
  it('refuses each with its reason, imports the rest of the batch, and leaves the library whole', async () => {
    const { library, dir } = tempLibrary();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const filler = 'a'.repeat(80 * 1024 * 1024);
    // 80 MB of text deflated to ~80 KB, its headers honest; and the same with headers claiming 1 KB.
    writeFileSync(join(inbox, 'bomb.docx'), minimalDocx([filler], { deflate: true }));
    writeFileSync(join(inbox, 'liar.docx'), minimalDocx([filler], { deflate: true, declared: 1024 }));
    // Billion laughs: entities that expand to gigabytes.
    const laughs = `<!DOCTYPE w:document [<!ENTITY a "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`;
    writeFileSync(join(inbox, 'laughs.docx'), minimalDocx(['&j;'], { prolog: laughs }));
    // A page tree of 3,000 pages, all drawing one content stream; and one of 700,000 references to one
    // page (PDF.js sees the loop).
    const pdf = minimalPdf([['One page of text that is long enough to count.']]).toString('latin1');
    const pages = Array.from({ length: 3000 }, (_, i) => 7 + i);
    const manyPages = pdf
      .replace('/Kids [4 0 R] /Count 1', `/Kids [${pages.map((p) => `${p} 0 R`).join(' ')}] /Count ${pages.length}`)
      .replace(/xref[\s\S]*$/, '')
      .concat(pages.map((p) => `${p} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>\nendobj\n`).join(''))
      .concat('trailer\n<< /Size 3007 /Root 1 0 R >>\n%%EOF\n');
    writeFileSync(join(inbox, 'pages.pdf'), Buffer.from(manyPages, 'latin1'));
    writeFileSync(join(inbox, 'loop.pdf'), Buffer.from(pdf.replace('/Kids [4 0 R] /Count 1', `/Kids [${'4 0 R '.repeat(700_000)}] /Count 700000`), 'latin1'));
    writeFileSync(join(inbox, 'nested.html'), `<html><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</body></html>`);
    writeFileSync(join(inbox, 'good.txt'), `${seed}\n\nThe good one.`);
    const report = await library.importPaths([inbox]);
    const refusal = (name: string) => reasonOf(report, join(inbox, name));
    expect(refusal('bomb.docx')).toMatchObject({ status: 'refused', reason: 'the Word file is refused: it inflates to over 64.0 MB' });
    expect(refusal('liar.docx')).toMatchObject({ status: 'refused', reason: 'the Word file is refused: it inflates to over 64.0 MB' });
    expect(refusal('laughs.docx')).toMatchObject({ status: 'refused', reason: 'the Word file is refused: its part word/document.xml declares a DTD, which Word never writes (an XML bomb)' });
    expect(refusal('pages.pdf')).toMatchObject({ status: 'refused', reason: 'the PDF has 3,000 pages, over the limit of 2,000' });
    expect(refusal('loop.pdf')).toMatchObject({ status: 'refused', reason: 'the PDF cannot be read (Pages tree contains circular reference.)' });
    expect(refusal('nested.html')).toMatchObject({ status: 'refused', reason: 'the page nests its elements 100,000 deep, over the limit of 1,000' });
    expect(refusal('good.txt')).toMatchObject({ status: 'imported' });
    expect(library.articles.count()).toBe(1);
    expect(integrityOk(library.db)).toBe('ok');
  }, 60_000);
});

describe('a full disk during an import (SQLite max_page_count)', () => {
  it('stops with a plain reason and the per-file report of what was stored before it', async () => {
    const { library, dir } = tempLibrary();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    for (let i = 0; i < 40; i++) writeFileSync(join(inbox, `a${String(i).padStart(2, '0')}.txt`), `Report ${i}\n\n${bigText(30_000).replace(/\((\d+)\)/g, (_, n) => `(${n}-${i}-${Math.random()})`)}`);
    // On this thread (workers: 0), so the page limit of this connection is the library's disk.
    const pages = library.db.pragma('page_count', { simple: true }) as number;
    library.db.pragma(`max_page_count = ${pages + 15}`);
    const report = await library.importPaths([inbox], { workers: 0 });
    expect(report.stoppedBy).toMatchObject({ code: 'SQLITE_FULL', message: expect.stringMatching(/^the disk is full/) });
    expect(report.imported).toBeGreaterThan(0);
    expect(report.imported).toBeLessThan(40);
    expect(report.outcomes.every((o) => o.status === 'imported')).toBe(true);
    expect(report.notStarted).toBe(40 - report.imported);
    expect(library.articles.count()).toBe(report.imported);
    expect(integrityOk(library.db)).toBe('ok');
  });

  it('a note on a full disk fails with a plain reason and leaves the library whole', () => {
    const { library } = tempLibrary();
    library.importFiles([SEED_FILE]);
    const pages = library.db.pragma('page_count', { simple: true }) as number;
    library.db.pragma(`max_page_count = ${pages}`);
    let failure: string | null = null;
    try {
      library.notes.create(1, 'x'.repeat(200_000));
    } catch (err) {
      failure = databaseFailure(err);
    }
    expect(failure).toMatch(/^the disk is full, or the library reached its size limit: nothing more was saved \(SQLITE_FULL\)$/);
    expect(integrityOk(library.db)).toBe('ok');
  });
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
