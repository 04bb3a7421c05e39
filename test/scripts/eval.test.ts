// `npm run eval` (scripts/eval.mjs) on a tiny annotated set written here in the diplomatic format, run as a
// user runs it: the figure lines are there and in range, a wrong gold moves them, and bad input fails plainly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/projectRoot';
import { tempDir } from '../helpers/temp';

type Span = { start: number; end: number; text: string };

const TEXTS: Record<string, string> = {
  '01_test.txt':
    '3 June 2024\nTalks in Astana\n\nPresident Kassym-Jomart Tokayev urged Russia and Ukraine to end the conflict through talks. ' +
    '"We are ready to host the negotiations," Tokayev said on Monday.\n',
  '02_test.txt':
    'Ministers meet in Geneva\n\nThe foreign minister of France called on both sides to respect the ceasefire. ' +
    '"The fighting must stop now," the minister told reporters.\n',
};

/** The span of the first `text` in `file` at or after `from` (offsets by indexOf, so they are right). */
function span(file: string, text: string, from = 0): Span {
  const start = file.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in the text`);
  return { start, end: start + text.length, text };
}

function goldOf(name: string, file: string) {
  if (name === '01_test.txt') {
    const quoted = span(file, 'We are ready to host the negotiations,');
    return {
      body_start: span(file, 'President').start,
      proposals: [
        { actor: 'Kazakhstan (Kassym-Jomart Tokayev)', text: span(file, 'end the conflict through talks'), cue: span(file, 'urged') },
        { actor: 'Kazakhstan (Kassym-Jomart Tokayev)', text: span(file, 'host the negotiations'), cue: span(file, 'are ready to') },
      ],
      attributions: [
        { source: span(file, 'President Kassym-Jomart Tokayev'), speaker: 'Kassym-Jomart Tokayev', cue: span(file, 'urged'),
          content: span(file, 'Russia and Ukraine to end the conflict through talks'), quoted: [] },
        { source: span(file, 'Tokayev', quoted.end), speaker: 'Kassym-Jomart Tokayev', cue: span(file, 'said'), content: quoted, quoted: [quoted] },
      ],
    };
  }
  const quoted = span(file, 'The fighting must stop now,');
  return {
    body_start: span(file, 'The foreign').start,
    proposals: [{ actor: 'France', text: span(file, 'respect the ceasefire'), cue: span(file, 'called on') }],
    attributions: [
      { source: span(file, 'The foreign minister of France'), speaker: null, cue: span(file, 'called on'),
        content: span(file, 'both sides to respect the ceasefire'), quoted: [] },
      { source: span(file, 'the minister', quoted.end), speaker: null, cue: span(file, 'told'), content: quoted, quoted: [quoted] },
    ],
  };
}

/** Writes the set; `wrong` empties every proposals list (the texts plainly hold calls and commitments). */
function writeSet(wrong = false): string {
  const dir = tempDir('briefing-eval-');
  mkdirSync(join(dir, 'texts'));
  const lines = Object.entries(TEXTS).map(([name, text]) => {
    writeFileSync(join(dir, 'texts', name), text);
    const gold = goldOf(name, text);
    return JSON.stringify({ file: name, ...gold, proposals: wrong ? [] : gold.proposals });
  });
  writeFileSync(join(dir, 'gold.jsonl'), `${lines.join('\n')}\n`);
  return dir;
}

function evalSet(...args: string[]) {
  const r = spawnSync(process.execPath, [join('scripts', 'eval.mjs'), ...args], { encoding: 'utf8', cwd: PROJECT_ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The numbers of the figure line that starts with `head`, by name. */
function figures(out: string, head: string): Record<string, number> {
  const line = out.split('\n').find((l) => l.startsWith(`${head} `));
  expect(line, `no "${head}" line in:\n${out}`).toBeDefined();
  return Object.fromEntries([...line!.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
}

const PROPOSALS = ['P', 'R', 'F1', 'actor'];
const QUOTES = ['P', 'R', 'F1', 'speaker'];

describe('npm run eval', () => {
  beforeAll(() => {
    // bin/briefing.js runs dist/cli.js; npm test builds it first, a lone vitest run may not have
    if (!existsSync(join(PROJECT_ROOT, 'dist', 'cli.js'))) {
      const built = spawnSync(process.execPath, [join('scripts', 'build.mjs')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
      expect(built.status, built.stderr).toBe(0);
    }
  });

  it('scores proposals and quotes of a diplomatic-style set, figures in [0, 1]', () => {
    const r = evalSet(writeSet(), '--show', '2');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const proposals = figures(r.out, 'proposals');
    const quotes = figures(r.out, 'quotes');
    for (const [line, keys] of [[proposals, PROPOSALS], [quotes, QUOTES]] as const) {
      for (const k of keys) {
        expect(line[k], k).toBeGreaterThanOrEqual(0);
        expect(line[k], k).toBeLessThanOrEqual(1);
      }
    }
    expect(proposals.articles).toBe(2);
    expect(quotes.articles).toBe(2);
    // "urged Russia and Ukraine to end the conflict" and "called on both sides to respect the ceasefire" are found
    expect(proposals.P).toBeGreaterThan(0);
    expect(proposals.R).toBeGreaterThan(0);
    expect(quotes.R).toBeGreaterThan(0);
    expect(r.out).not.toMatch(/^entities |^summary /m);
  });

  it('gives proposals precision 0 against a gold that lists none', () => {
    const r = evalSet(writeSet(true), '--show', '1');
    expect(r.code).toBe(0);
    const proposals = figures(r.out, 'proposals');
    expect(proposals.P).toBe(0);
    expect(proposals.R).toBe(0);
    expect(r.out).toMatch(/false positive: "[^"]*end the conflict/);
    // the attributions are unchanged, so the quotes still score
    expect(figures(r.out, 'quotes').R).toBeGreaterThan(0);
  });

  it('fails with a plain message for a missing folder, a folder without gold, or a line count that does not match', () => {
    const missing = evalSet(join(tempDir('briefing-eval-'), 'no-such-set'));
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/^eval: no such folder: .*no-such-set/);
    expect(missing.err).not.toMatch(/\n\s+at /);
    expect(missing.out).toBe('');

    const empty = evalSet(tempDir('briefing-eval-'));
    expect(empty.code).not.toBe(0);
    expect(empty.err).toMatch(/holds no gold/);

    const short = evalSet(writeSet(), '--cmd', `"${process.execPath}" -e "console.log('{}')"`);
    expect(short.code).not.toBe(0);
    expect(short.err).toMatch(/printed 1 JSON lines for 2 files/);
    expect(short.err).not.toMatch(/\n\s+at /);
  });
});
