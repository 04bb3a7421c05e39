// The built `briefing` command, run as a user runs it (npm test builds dist/ first).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../helpers/pdfText';
import { PROJECT_ROOT, SEED_FILE, tempDir } from '../helpers/temp';

const BIN = join(PROJECT_ROOT, 'bin', 'briefing.js');

function briefing(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('briefing command line', () => {
  it('imports the seed, shows its briefing as JSON, adds a note and exports PDF and Markdown', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    const imported = briefing('import', SEED_FILE, '--db', db);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/1 imported, 0 duplicate, 0 refused/);
    expect(briefing('import', SEED_FILE, '--db', db).out).toMatch(/0 imported, 1 duplicate/);

    const shown = JSON.parse(briefing('show', '--latest', '--json', '--db', db).out);
    expect(shown.article.date).toBe('2024-06-03');
    const quotes = shown.analysis.quotes as { text: string; kind: string; speaker: { name: string; mention: { text: string } } | null }[];
    const taliban = quotes.find((q) => q.kind === 'direct' && q.text.includes('Kazakhstan removed the Taliban regime'));
    expect(taliban?.speaker?.name).toBe('Kassym-Jomart Tokayev');
    expect(taliban?.speaker?.mention.text).toBe('he');
    expect(quotes.find((q) => q.text.includes('We consider it extremely important'))?.speaker?.name).toBe('Kassym-Jomart Tokayev');

    expect(briefing('note', '1', '--text', 'Watch the **Almaty** centre proposal.', '--db', db).out).toMatch(/note 1 added/);
    const pdf = join(dir, 'out.pdf');
    const md = join(dir, 'out.md');
    const exported = briefing('export', '1', '--pdf', pdf, '--md', md, '--db', db);
    expect(exported.err).toBe('');
    expect(exported.code).toBe(0);
    const pages = await pdfPages(readFileSync(pdf));
    const text = pages.join('\n');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Summary');
    expect(text).toContain(shown.analysis.summary[0].text.slice(0, 40));
    expect(text).toContain('Kassym-Jomart Tokayev');
    expect(text).toContain('Almaty centre proposal');
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(readFileSync(md, 'utf8')).toContain('Watch the **Almaty** centre proposal.');
    // Proposals with their kind and cue, in the PDF and the Markdown.
    expect(text.replace(/\s+/g, ' ')).toMatch(/Kassym-Jomart Tokayev call · called for/);
    expect(readFileSync(md, 'utf8')).toMatch(/- \*\*Kassym-Jomart Tokayev\*\* \(call · called for\): support of Kazakhstan/);
  });

  it('prints Letter pages when asked', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    briefing('import', SEED_FILE, '--db', db);
    const pdf = join(dir, 'letter.pdf');
    expect(briefing('export', '1', '--pdf', pdf, '--page-size', 'Letter', '--db', db).code).toBe(0);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(pdf)) }).promise;
    const [, , w, h] = (await doc.getPage(1)).view;
    expect([Math.round(w!), Math.round(h!)]).toEqual([612, 792]);
  });

  it('analyze --jsonl follows the output contract, one line a file', () => {
    const dir = tempDir();
    const other = join(dir, 'other.txt');
    writeFileSync(other, 'Talks resume\n\n"We will return," the minister said on Monday.');
    const r = briefing('analyze', '--jsonl', SEED_FILE, other);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([SEED_FILE, other]);
    const raw = readFileSync(SEED_FILE, 'utf8');
    expect(raw.includes(lines[0].text)).toBe(true);
    expect(lines[0].date).toBe('2024-06-03');
    expect(lines[1].title).toBe('Talks resume');
    for (const line of lines) {
      for (const span of [...line.summary, ...line.quotes, ...line.proposals]) expect(line.text.slice(span.start, span.end)).toBe(span.text);
      expect(line.summary.length).toBeGreaterThanOrEqual(1);
      expect(line.summary.length).toBeLessThanOrEqual(5);
    }
  });

  it('analyze --jsonl reads the headline too: its statement comes first, every span cut from the passage analysed', () => {
    const dir = tempDir();
    const file = join(dir, 'headline.txt');
    const raw = 'Pence blames media for the uproar over the remarks\n\nMike Pence spoke to supporters in Ohio on Monday. "We will win," Pence said.\n';
    writeFileSync(file, raw);
    const r = briefing('analyze', '--jsonl', file);
    expect(r.code).toBe(0);
    const line = JSON.parse(r.out.trim());
    // The passage starts at the headline, so the headline's statement has offsets into it too.
    expect(line.text.startsWith('Pence blames media')).toBe(true);
    expect(raw.includes(line.text)).toBe(true);
    const first = line.quotes[0];
    expect(first).toMatchObject({ text: 'media for the uproar over the remarks', kind: 'indirect', speaker: { name: 'Mike Pence' } });
    for (const q of line.quotes) {
      expect(line.text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker) expect(line.text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    }
    // The body's own quotation keeps its place after the headline.
    expect(line.quotes.some((q: { text: string; kind: string }) => q.kind === 'direct' && q.text.includes('We will win'))).toBe(true);
    for (const e of line.entities) for (const m of e.mentions) expect(line.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    expect(line.entities.find((e: { name: string }) => e.name === 'Mike Pence').mentions.every((m: { start: number; end: number }) => line.text.slice(m.start, m.end).endsWith('Pence'))).toBe(true);
  });

  it('gives expected errors on stderr with a non-zero exit and no stack trace', () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    const cases = [
      briefing('frobnicate', '--db', db),
      briefing('show', '--latest', '--db', db),
      briefing('show', 'abc', '--db', db),
      briefing('export', '1', '--db', db),
      briefing('note', '5', '--text', 'x', '--db', db),
      briefing('--bogus-flag'),
      // An option that needs a value followed by another option.
      briefing('export', '1', '--pdf', '--db', db),
    ];
    for (const c of cases) {
      expect(c.code).not.toBe(0);
      expect(c.err).toMatch(/^briefing: /);
      expect(c.err).not.toMatch(/\n\s+at /);
    }
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const refused = briefing('import', empty, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/refused\s+.*empty\.txt: the file is empty/);
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, Buffer.alloc(4096, 0x42));
    const bad = briefing('list', '--db', garbage);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/briefing: The database .* cannot be read|integrity/);
  });

  it('adds a note anchored to a quoted passage and exports the articles a search finds as one pack', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    const other = join(dir, 'geneva.txt');
    writeFileSync(other, 'date 2023-11-02\nMinisters meet in Geneva\n\n"We are ready to talk," Foreign Minister Anna Berg said in Geneva about Afghanistan.');
    briefing('import', SEED_FILE, other, '--db', db);
    const noted = briefing('note', '1', '--text', 'Anchored.', '--anchor', 'UN Regional Center', '--db', db);
    expect(noted.out).toMatch(/note 1 added to article 1 on "UN Regional Center"/);
    const missing = briefing('note', '1', '--text', 'x', '--anchor', 'words not in the article', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/is not in article 1/);
    const html = join(dir, 'pack.html');
    const r = briefing('export', '--search', 'Afghanistan', '--html', html, '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 articles/);
    const out = readFileSync(html, 'utf8');
    expect(out).toContain('Briefing pack: 2 articles');
    expect(out).toMatch(/<mark class="note-anchor">UN Regional Center<\/mark>/);
    expect(briefing('export', '--search', 'nothingmatchesthis', '--md', join(dir, 'x.md'), '--db', db).err).toMatch(/no article matches/);
  });
});
