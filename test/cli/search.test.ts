// `briefing search` as a user runs it, on a library built by `briefing import`.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempDir } from '../helpers/temp';
import { ARTICLES } from '../core/search/fixtures';

const BIN = join(PROJECT_ROOT, 'bin', 'briefing.js');
const briefing = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('briefing search', () => {
  it('prints hits grouped by article with matches in brackets, filters, JSON, and refuses a bad query', () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    const files = Object.entries(ARTICLES).map(([name, text]) => {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, text);
      return file;
    });
    expect(briefing('import', ...files, '--db', db).code).toBe(0);

    const text = briefing('search', '"water management"', '--db', db);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/#\d+ {2}2024-06-10 {2}Water talks in Tashkent/);
    expect(text.out).toMatch(/text: .*\[Water management\] in Central Asia/);
    expect(text.out).toMatch(/2 articles\n$/);

    const json = JSON.parse(briefing('search', 'water', '--speaker', 'Nurtleu', '--from', '2024-01-01', '--to', '2024-12-31', '--json', '--db', db).out);
    expect(json.groups).toHaveLength(1);
    expect(json.groups[0].hits[0]).toMatchObject({ kind: 'quote', speaker: 'Murat Nurtleu' });

    expect(briefing('search', 'water', '--to', '2023-12-31', '--db', db).out).toMatch(/^no article matches/);
    const bad = briefing('search', '"water', '--db', db);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/quotation mark is not closed/);
    expect(briefing('search', 'water', '--from', 'June', '--db', db).err).toMatch(/YYYY-MM-DD/);

    const entity = briefing('entity', 'murat nurtleu', '--db', db);
    expect(entity.code).toBe(0);
    expect(entity.out).toMatch(/^Murat Nurtleu \(person\)\n\nQuotes \(1\):\n {2}2024-06-10 {2}#\d+ Water talks in Tashkent\n {6}Water is the most precious resource of the region,/);
    expect(briefing('entity', 'Nobody Atall', '--db', db).err).toMatch(/no article mentions "Nobody Atall"/);
  });
});
