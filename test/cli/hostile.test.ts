// Hostile input at the command line (issue 16): each case ends within its budget (the spawn timeout)
// with a plain message on stderr, never a stack trace, and what the batch could import is imported.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    expect(r.err).toBe('briefing: --limit is a whole number from 1 to 999999\n');
  });
});
