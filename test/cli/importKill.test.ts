// Killing the command line in the middle of a bulk import leaves a consistent library, and importing
// again finishes the rest without duplicates.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { PROJECT_ROOT, SEED_FILE, tempDir } from '../helpers/temp';

const BIN = join(PROJECT_ROOT, 'bin', 'briefing.js');
const FILES = 600;

describe('a bulk import killed midway', () => {
  it('leaves a database that passes quick_check, and a second run imports the rest with no duplicates', async () => {
    const dir = tempDir();
    const inbox = join(dir, 'inbox');
    const seed = readFileSync(SEED_FILE, 'utf8');
    for (let i = 0; i < FILES; i++) {
      const sub = join(inbox, `batch-${Math.floor(i / 100)}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `article-${i}.txt`), `${seed}\n\nCorrespondent's file number ${i}.`);
    }
    const db = join(dir, 'library.db');

    const child = spawn(process.execPath, [BIN, 'import', inbox, '--db', db], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    // Killed (no chance to clean up) once the progress line shows some files stored and many left.
    const killedAt = await new Promise<number>((resolve, reject) => {
      let buffer = '';
      child.stderr.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        for (const m of buffer.matchAll(/importing: (\d+) of (\d+) done/g)) {
          const done = Number(m[1]);
          if (done >= 50 && done < FILES - 200 && child.exitCode === null) {
            child.kill('SIGKILL');
            resolve(done);
            return;
          }
        }
      });
      child.on('exit', (code, signal) => (signal === 'SIGKILL' ? undefined : reject(new Error(`the import ended (${code}) before it could be killed:\n${buffer}`))));
    });
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));
    expect(killedAt).toBeGreaterThanOrEqual(50);

    // openDatabase runs quick_check; the search index must agree with its tables.
    const check = openDatabase(db);
    const stored = check.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    expect(check.pragma('quick_check', { simple: true })).toBe('ok');
    check.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
    check.prepare("INSERT INTO speakers_fts(speakers_fts) VALUES ('integrity-check')").run();
    // Every stored article is whole: it has its analysis and its quotes in the index.
    expect(check.prepare('SELECT count(*) FROM articles a LEFT JOIN analyses s ON s.article_id = a.id WHERE s.article_id IS NULL').pluck().get()).toBe(0);
    check.close();
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(FILES);

    const again = spawnSync(process.execPath, [BIN, 'import', inbox, '--db', db], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`${FILES - stored} imported, ${stored} duplicate, 0 refused`));
    const after = openDatabase(db);
    expect(after.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(FILES);
    expect(after.prepare('SELECT count(DISTINCT content_hash) FROM articles').pluck().get()).toBe(FILES);
    expect(after.prepare('SELECT count(DISTINCT original_path) FROM articles').pluck().get()).toBe(FILES);
    after.close();
    // Two imports of hundreds of analysed files: give a loaded CI machine room.
  }, 180_000);
});
