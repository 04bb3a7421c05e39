// Hostile input at the command line (issue 16): each case ends within its budget (the spawn timeout)
// with a plain message on stderr, never a stack trace, and what the batch could import is imported.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SEED_FILE, tempDir } from '../helpers/temp';

const BIN = join(PROJECT_ROOT, 'bin', 'briefing.js');
const seed = readFileSync(SEED_FILE, 'utf8');

/** Runs the built command; a case over its budget is killed and fails on its null exit code. */
function briefing(args: string[], budgetMs = 20_000) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT, timeout: budgetMs, killSignal: 'SIGKILL' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

describe('hostile input at the command line', () => {
  it('analyze refuses devices and FIFOs at once, and analyses the other files', () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const good = join(dir, 'good.txt');
    writeFileSync(good, seed);
    const r = briefing(['analyze', '--jsonl', '/dev/zero', '/dev/urandom', fifo, good]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('briefing: /dev/zero: not a regular file (a device)');
    expect(r.err).toContain('briefing: /dev/urandom: not a regular file (a device)');
    expect(r.err).toContain(`briefing: ${fifo}: not a regular file (a named pipe (FIFO))`);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual([good]);
    noStack(r.err);
  });

  it('import of a folder holding a FIFO and a symbolic link to it imports the rest and reports each', () => {
    const dir = tempDir();
    const d = join(dir, 'd');
    mkdirSync(d);
    execFileSync('mkfifo', [join(d, 'a.txt')]);
    symlinkSync('a.txt', join(d, 'b.txt'));
    writeFileSync(join(d, 'c.txt'), seed);
    const r = briefing(['import', d, '--db', join(dir, 'x.db')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`refused   ${join(d, 'b.txt')}: not a regular file (a named pipe (FIFO))`);
    expect(r.out).toMatch(/imported .*c\.txt -> #1/);
    expect(r.out).toContain('1 imported, 0 duplicate, 1 refused');
    noStack(r.err);
  });

  it('search refuses --limit 0 with a plain message', () => {
    const dir = tempDir();
    const r = briefing(['search', 'talks', '--limit', '0', '--db', join(dir, 'x.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('briefing: --limit is a whole number from 1 to 500\n');
  });
});

describe('a note of 5,000 nested quotation markers', () => {
  it('exports to PDF, HTML and Markdown (it used to fail every export with a stack trace, exit 70)', () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    briefing(['import', SEED_FILE, '--db', db]);
    expect(briefing(['note', '1', '--text', `${'> '.repeat(5000)}deep`, '--db', db]).code).toBe(0);
    for (const format of ['pdf', 'html', 'md']) {
      const r = briefing(['export', '1', `--${format}`, join(dir, `out.${format}`), '--db', db], 60_000);
      expect([format, r.code, r.err]).toEqual([format, 0, '']);
    }
  }, 120_000);
});

describe('control characters from articles and file names', () => {
  it('are printed escaped by import, list and show, one line per file', () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    // A headline that would set the clipboard and clear the screen, in a file whose name holds a newline.
    const file = join(dir, 'evil\nname.txt');
    writeFileSync(file, `\u001b]52;c;aGFja2Vk\u0007Talks resume\u001b[2J\u009b31m\n\n${seed}`);
    const imported = briefing(['import', file, '--db', db]);
    expect(imported.code).toBe(0);
    const lines = imported.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`imported  ${join(dir, 'evil\\nname.txt')} -> #1 \\e]52;c;aGFja2Vk\\x07Talks resume\\e[2J\\x9b31m (no date line: the article has no date)`);
    for (const out of [imported.out, briefing(['list', '--db', db]).out, briefing(['show', '1', '--db', db]).out]) {
      // eslint-disable-next-line no-control-regex -- control characters are what must not be printed
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(out).toContain('\\e]52;c;aGFja2Vk\\x07Talks resume\\e[2J');
    }
  });
});

describe('a library or an export that cannot be written', () => {
  // chattr +i: these machines run as root, which ignores file modes. Always undone, pass or fail.
  const immutable: string[] = [];
  const protect = (file: string) => {
    execFileSync('chattr', ['+i', file]);
    immutable.push(file);
  };
  afterEach(() => {
    for (const file of immutable.splice(0)) execFileSync('chattr', ['-i', file]);
  });

  it('a note or an import into a library file that cannot be written: a plain message, nothing changed', () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    expect(briefing(['import', SEED_FILE, '--db', db]).code).toBe(0);
    protect(db);
    const note = briefing(['note', '1', '--text', 'draft', '--db', db]);
    expect([note.code, note.err]).toEqual([1, 'briefing: the library file cannot be written (read-only or protected): nothing was saved (SQLITE_READONLY)\n']);
    const other = join(dir, 'other.txt');
    writeFileSync(other, `${seed}\n\nAnother.`);
    const imported = briefing(['import', other, '--db', db]);
    expect(imported.code).toBe(1);
    expect(imported.err).toContain('briefing: the import stopped: the library file cannot be written');
    noStack(imported.err);
    execFileSync('chattr', ['-i', db]);
    immutable.length = 0;
    const check = new Database(db, { readonly: true });
    expect(check.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    expect(check.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    check.close();
  });

  it('a library file that cannot be written is said to be so when opened, not to be unreadable', () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    // Not yet in WAL mode: opening it must write (journal_mode), which the protected file refuses.
    const make = new Database(db);
    make.exec('CREATE TABLE t (x)');
    make.close();
    protect(db);
    const r = briefing(['list', '--db', db]);
    expect(r.code).not.toBe(0);
    expect(r.err).toBe(`briefing: The database ${db} cannot be opened: the library file cannot be written (read-only or protected): nothing was saved (SQLITE_READONLY)\n`);
  });

  it('an export that cannot be written keeps the earlier export of that name and leaves no partial file', () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    briefing(['import', SEED_FILE, '--db', db]);
    const out = join(dir, 'out.md');
    expect(briefing(['export', '1', '--md', out, '--db', db]).code).toBe(0);
    const earlier = readFileSync(out, 'utf8');
    protect(out);
    const r = briefing(['export', '1', '--md', out, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^briefing: .*out\.md cannot be written: the file or its folder is protected \(EPERM\); nothing was changed\n$/);
    expect(readFileSync(out, 'utf8')).toBe(earlier);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // A full disk: /dev/full answers every write with ENOSPC.
    const full = briefing(['export', '1', '--md', '/dev/full', '--db', db]);
    expect([full.code, full.err]).toEqual([1, 'briefing: /dev/full cannot be written: the disk is full (ENOSPC); nothing was changed\n']);
  });

  it('an empty file given as the library is made a new library, and the command says so', () => {
    const dir = tempDir();
    const db = join(dir, 'empty.db');
    writeFileSync(db, '');
    const r = briefing(['list', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`briefing: ${db} is an empty file: it is made a new library\n`);
  });
});
