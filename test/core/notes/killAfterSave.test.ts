// A note save that has returned is on disk: kill the process (SIGKILL, no clean-up at all) right after
// a save and the next open finds that text, in a database that passes its integrity check.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/library';
import { SEED_FILE, tempDir } from '../../helpers/temp';

describe('notes survive a killed process', () => {
  it('keeps every save that returned before SIGKILL', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'briefing.db');
    const setup = openLibrary(dbPath);
    setup.importFiles([SEED_FILE]);
    setup.close();
    const script = join(dir, 'writer.cjs');
    await build({ entryPoints: [join(__dirname, '..', '..', 'helpers', 'noteWriterChild.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: script, external: ['better-sqlite3'], nodePaths: [join(__dirname, '..', '..', '..', 'node_modules')], logLevel: 'silent' });

    const child = spawn(process.execPath, [script, dbPath], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_PATH: join(__dirname, '..', '..', '..', 'node_modules') } });
    let lastAcknowledged = 0;
    await new Promise<void>((resolve) => {
      let buffered = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) lastAcknowledged = Math.max(lastAcknowledged, Number(line.replace('saved ', '')));
        if (lastAcknowledged >= 200 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    expect(child.signalCode).toBe('SIGKILL');

    const after = openLibrary(dbPath);
    expect(after.db.pragma('quick_check', { simple: true })).toBe('ok');
    const body = after.notes.forArticle(1)[0]!.body;
    expect(Number(body.replace('save ', ''))).toBeGreaterThanOrEqual(lastAcknowledged);
    after.close();
  });
});
