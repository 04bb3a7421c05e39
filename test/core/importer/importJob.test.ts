// The import job's progress and cancel: what finished stays, and running it again completes the rest.
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ImportProgress } from '../../../electron/core/importer/importJob';
import { PROJECT_ROOT, SEED_FILE, tempLibrary } from '../../helpers/temp';

describe('import job', () => {
  it('reports progress, stops when cancelled keeping what was stored, and a second run does the rest', async () => {
    const { library, dir } = tempLibrary();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const seed = readFileSync(SEED_FILE, 'utf8');
    const total = 400;
    for (let i = 0; i < total; i++) writeFileSync(join(inbox, `a${String(i).padStart(3, '0')}.txt`), `${seed}\n\nFile ${i}.`);
    writeFileSync(join(inbox, 'empty.txt'), '');

    const cancel = new AbortController();
    const seen: ImportProgress[] = [];
    const report = await library.importPaths([inbox], {
      signal: cancel.signal,
      progressIntervalMs: 0,
      onProgress: (p) => {
        seen.push(p);
        if (p.done >= 30) cancel.abort();
      },
    });
    expect(seen[0]).toEqual({ total: total + 1, done: 0, left: total + 1, imported: 0, duplicates: 0, refused: 0 });
    for (const p of seen) expect(p.done + p.left).toBe(total + 1);
    expect(report.cancelled).toBe(true);
    expect(report.notStarted).toBeGreaterThan(0);
    expect(report.outcomes.length + report.notStarted).toBe(total + 1);
    expect(library.articles.count()).toBe(report.imported);

    const rest = await library.importPaths([inbox]);
    expect(rest.cancelled).toBe(false);
    expect([rest.imported + report.imported, rest.duplicates, rest.refused]).toEqual([total, report.imported, 1]);
    expect(library.articles.count()).toBe(total);
  }, 120_000);
});

describe('import job on its own threads', () => {
  it('stores articles through another connection, while notes saved on this one meanwhile are all kept', async () => {
    const { library, dir } = tempLibrary();
    const seed = readFileSync(SEED_FILE, 'utf8');
    library.importFiles([SEED_FILE]);
    const note = library.notes.create(1, 'draft 0');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    for (let i = 0; i < 200; i++) writeFileSync(join(inbox, `a${i}.txt`), `${seed}\n\nFile ${i}.`);
    // A TEMP trigger fires only for rows written through this connection: the import's must not be.
    library.db.exec(`CREATE TEMP TABLE inserted_here (id INTEGER);
      CREATE TEMP TRIGGER count_here AFTER INSERT ON main.articles BEGIN INSERT INTO inserted_here VALUES (new.id); END;`);
    const insertedHere = () => library.db.prepare('SELECT count(*) FROM inserted_here').pluck().get() as number;

    let saves = 0;
    const report = library.importPaths([inbox], {
      progressIntervalMs: 0,
      onProgress: (p) => {
        // The analyst typing while the import stores: each save waits its turn for the write lock.
        if (p.done > 0 && p.left > 0) library.notes.update(note.id, `draft ${++saves}`);
      },
    });
    const done = await report;
    expect([done.imported, done.refused]).toEqual([200, 0]);
    expect(library.articles.count()).toBe(201);
    expect(saves).toBeGreaterThan(0);
    expect(library.notes.get(note.id)!.body).toBe(`draft ${saves}`);
    expect(insertedHere()).toBe(0);
    // The trigger does see this connection's own inserts.
    writeFileSync(join(dir, 'one-more.txt'), `${seed}\n\nOne more.`);
    library.importFiles([join(dir, 'one-more.txt')]);
    expect(insertedHere()).toBe(1);
  }, 120_000);
});

describe('import job without working threads', () => {
  it('imports everything on this thread when no worker can start', async () => {
    const { library, dir } = tempLibrary();
    const seed = readFileSync(SEED_FILE, 'utf8');
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `a${i}.txt`), `${seed}\n\nFile ${i}.`);
    const broken = join(dir, 'broken-worker.js');
    writeFileSync(broken, 'throw new Error("cannot load the native module");');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const report = await library.importPaths([dir], { workerScript: broken });
      expect([report.imported, report.refused, report.cancelled]).toEqual([30, 0, false]);
      // Why the storing thread stopped is logged, not lost.
      expect(logged.mock.calls.map((c) => String(c[0]))).toContainEqual(expect.stringContaining('the storing thread stopped: Error: cannot load the native module'));
    } finally {
      logged.mockRestore();
    }
  });
});

describe('import job when a reading thread dies', () => {
  // A worker script that wraps the real one and kills its analysis thread when it is given a file named
  // KILL, with the other files of that batch unanswered: by process.exit (no 'error' event) or by an
  // uncaught error. The coordinator runs unchanged.
  const killer = (dir: string, how: 'exit' | 'throw') => {
    const script = join(dir, `killer-${how}.js`);
    const real = join(PROJECT_ROOT, 'dist', 'importWorker.js');
    writeFileSync(
      script,
      `const { workerData, parentPort } = require('node:worker_threads');
       if (workerData.role === 'analyse') parentPort.on('message', (m) => {
         if (m.type === 'files' && m.items.some((i) => i.file.includes('KILL'))) ${how === 'exit' ? 'process.exit(3)' : "throw new Error('out of memory')"};
       });
       require(${JSON.stringify(real)});`,
    );
    return script;
  };

  for (const how of ['exit', 'throw'] as const) {
    it(`refuses only the file that kills its thread (${how}), imports the rest, and ends`, async () => {
      const { library, dir } = tempLibrary();
      const seed = readFileSync(SEED_FILE, 'utf8');
      const inbox = join(dir, 'inbox');
      mkdirSync(inbox);
      for (let i = 0; i < 40; i++) writeFileSync(join(inbox, `a${String(i).padStart(2, '0')}.txt`), `${seed}\n\nFile ${i}.`);
      writeFileSync(join(inbox, 'a05-KILL.txt'), `${seed}\n\nThe killer.`);
      const report = await library.importPaths([inbox], { workerScript: killer(dir, how) });
      expect(report.refused).toBe(1);
      expect(report.outcomes.find((o) => o.status === 'refused')).toMatchObject({ file: join(inbox, 'a05-KILL.txt'), code: 'FAILED' });
      expect([report.imported, report.cancelled]).toEqual([40, false]);
      expect(library.articles.count()).toBe(40);
    }, 120_000);
  }
});

describe('import job when the library refuses a write', () => {
  it('stops, and counts as imported only what was committed', async () => {
    const { library, dir } = tempLibrary();
    const seed = readFileSync(SEED_FILE, 'utf8');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    for (let i = 0; i < 150; i++) writeFileSync(join(inbox, `a${String(i).padStart(3, '0')}.txt`), `${i === 100 ? 'REFUSED' : `Report ${i}`}\n\n${seed}\n\nFile ${i}.`);
    // Stands in for a full disk at one file: the whole batch holding it is rolled back.
    library.db.exec(`CREATE TRIGGER refuse_one BEFORE INSERT ON articles WHEN new.title = 'REFUSED' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;`);
    let last: ImportProgress | null = null;
    const report = await library.importPaths([inbox], { progressIntervalMs: 0, onProgress: (p) => (last = p) });
    expect(report.stoppedBy?.message).toMatch(/disk is full/);
    expect(report.imported).toBe(library.articles.count());
    expect(last).not.toBeNull();
    expect(last!.imported).toBe(library.articles.count());
    expect(library.articles.count()).toBeLessThan(150);
  }, 120_000);
});

describe('import job and a file too large for a reader', () => {
  it('reads it again on a reader without the heap cap, and imports everything', async () => {
    const { library, dir } = tempLibrary();
    const seed = readFileSync(SEED_FILE, 'utf8');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    for (let i = 0; i < 30; i++) writeFileSync(join(inbox, `a${String(i).padStart(2, '0')}.txt`), `${seed}\n\nFile ${i}.`);
    writeFileSync(join(inbox, 'a07-BIG.txt'), `${seed}\n\nThe big one.`);
    // Stands in for a large PDF: on a reader whose heap is capped, reading BIG really runs it out of memory.
    const script = join(dir, 'big.js');
    writeFileSync(
      script,
      `const { workerData, parentPort, resourceLimits } = require('node:worker_threads');
       if (workerData.role === 'analyse' && resourceLimits.maxOldGenerationSizeMb < 100) parentPort.on('message', (m) => {
         if (m.type === 'files' && m.items.some((i) => i.file.includes('BIG'))) { const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length)); }
       });
       require(${JSON.stringify(join(PROJECT_ROOT, 'dist', 'importWorker.js'))});`,
    );
    const report = await library.importPaths([inbox], { workerScript: script });
    expect([report.imported, report.refused, report.cancelled]).toEqual([31, 0, false]);
    expect(library.articles.count()).toBe(31);
  }, 120_000);
});

describe('import job with large files', () => {
  it('holds no more large files in flight than the bound allows, and still reads every one', async () => {
    const { library, dir } = tempLibrary();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    // Sparse 6 MB files: over the size limit, so each is refused at once, unread; what is measured is how
    // many the readers are given at a time (12 MB of files given and not yet answered, at most).
    for (let i = 0; i < 8; i++) {
      const file = join(inbox, `big${i}.txt`);
      writeFileSync(file, '');
      truncateSync(file, 6 * 1024 * 1024);
    }
    const log = join(dir, 'given.log');
    const script = join(dir, 'recorder.js');
    writeFileSync(
      script,
      `const { workerData, parentPort } = require('node:worker_threads');
       const { appendFileSync } = require('node:fs');
       if (workerData.role === 'analyse') parentPort.on('message', (m) => { if (m.type === 'files') appendFileSync(${JSON.stringify(log)}, m.items.length + '\\n'); });
       require(${JSON.stringify(join(PROJECT_ROOT, 'dist', 'importWorker.js'))});`,
    );
    const report = await library.importPaths([inbox], { workerScript: script, workers: 2 });
    expect(report.outcomes.map((o) => (o.status === 'refused' ? o.code : o.status))).toEqual(Array(8).fill('TOO_LARGE'));
    const given = readFileSync(log, 'utf8').trim().split('\n').map(Number);
    expect(given.reduce((a, b) => a + b, 0)).toBe(8);
    expect(Math.max(...given)).toBeLessThanOrEqual(2);
  }, 120_000);
});
