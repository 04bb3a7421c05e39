// Export options at the command line (the built `briefing`, as a user runs it): --notes-first and
// --compact for one article, --title and --intro FILE for a pack; misuse is refused, and nothing is written.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../helpers/pdfText';
import { PROJECT_ROOT, SEED_FILE, tempDir } from '../helpers/temp';

const BIN = join(PROJECT_ROOT, 'bin', 'briefing.js');

function briefing(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function libraryOfTwo() {
  const dir = tempDir();
  const db = join(dir, 'x.db');
  const other = join(dir, 'geneva.txt');
  writeFileSync(other, 'date 2023-11-02\nMinisters meet in Geneva\n\n"We are ready to talk," Foreign Minister Anna Berg said on Thursday in Geneva.');
  expect(briefing('import', SEED_FILE, other, '--db', db).code).toBe(0);
  expect(briefing('note', '1', '--text', 'CLI-NOTE\n\n- first point\n- second point', '--db', db).code).toBe(0);
  return { dir, db };
}

describe('briefing export options', () => {
  it('--compact --notes-first: one article without cover or contents, the notes before the quotes', async () => {
    const { dir, db } = libraryOfTwo();
    const pdf = join(dir, 'compact.pdf');
    const md = join(dir, 'compact.md');
    const r = briefing('export', '1', '--pdf', pdf, '--md', md, '--compact', '--notes-first', '--db', db);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = (await pdfPages(readFileSync(pdf))).join(' ').replace(/\s+/g, ' ');
    expect(text).not.toContain('Contents');
    expect(text).toMatch(/Summary .* Analyst notes .*CLI-NOTE •\s*first point\s*•\s*second point.* Quotes /);
    const markdown = readFileSync(md, 'utf8');
    expect(markdown.indexOf('CLI-NOTE')).toBeLessThan(markdown.indexOf('## Quotes'));
  });

  it('--title and --intro FILE print a pack title and introduction on its cover', async () => {
    const { dir, db } = libraryOfTwo();
    const intro = join(dir, 'intro.md');
    writeFileSync(intro, 'Read **these two** together.\n\n1. Kabul\n2. Geneva\n');
    const html = join(dir, 'pack.html');
    const r = briefing('export', '1', '2', '--html', html, '--title', 'Week 49 <pack>', '--intro', intro, '--db', db);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = readFileSync(html, 'utf8');
    expect(out).toContain('<h1 class="cover-title">Week 49 &lt;pack&gt;</h1>');
    expect(out).toMatch(/<div class="cover-intro"><p>Read <strong>these two<\/strong> together.<\/p>\s*<ol>\s*<li>Kabul<\/li>/);
  });

  it('refuses options that do not fit the export, and writes nothing', () => {
    const { dir, db } = libraryOfTwo();
    const out = join(dir, 'never.pdf');
    const cases: [string[], RegExp][] = [
      [['1', '2', '--compact'], /--compact is for one article/],
      [['1', '--title', 'T'], /--title and --intro are for a pack/],
      [['1', '2', '--title', '   '], /--title is 1 to 200 characters/],
      [['1', '2', '--intro', join(dir, 'missing.md')], /--intro .*missing\.md: .*does not exist/],
    ];
    for (const [args, message] of cases) {
      const r = briefing('export', ...args, '--pdf', out, '--db', db);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
  });
});
