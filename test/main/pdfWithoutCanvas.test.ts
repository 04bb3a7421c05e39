// Finding 2: PDF.js 5 needs DOMMatrix when it loads, which under Node only @napi-rs/canvas's native
// binary gave it; a package for the other architecture has no working copy, and PDF import and the
// export's page numbers failed with "DOMMatrix is not defined". Here, in a child process where
// @napi-rs/canvas cannot be loaded at all, PDF.js alone fails that way, and the app's readers work.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMMatrix2D } from '../../electron/core/pdf/domMatrix';
import { minimalPdf } from '../helpers/fileFixtures';
import { PROJECT_ROOT } from '../helpers/temp';

const blockCanvas = join(PROJECT_ROOT, 'test', 'helpers', 'blockCanvas.mjs');
let dir = '';
let pdf = '';

beforeAll(async () => {
  // Inside the project, so that the child resolves pdfjs-dist from node_modules as the app does.
  mkdirSync(join(PROJECT_ROOT, '.cache'), { recursive: true });
  dir = mkdtempSync(join(PROJECT_ROOT, '.cache', 'pdf-no-canvas-'));
  await build({ entryPoints: [join(PROJECT_ROOT, 'test', 'helpers', 'pdfWithoutCanvasChild.ts')], outfile: join(dir, 'child.mjs'), bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' });
  pdf = join(dir, 'a.pdf');
  writeFileSync(pdf, minimalPdf([['Grain exports grow', '', 'Grain exports from the northern regions grew by a fifth, the ministry said.']]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDFs without @napi-rs/canvas', () => {
  it('PDF.js on its own cannot load there (so the test below can fail)', () => {
    const script = "await import('pdfjs-dist/legacy/build/pdf.mjs')";
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(blockCanvas).href, '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/DOMMatrix is not defined/);
  });

  it('the import reads the text and the export reads the destinations', () => {
    const out = execFileSync(process.execPath, ['--import', pathToFileURL(blockCanvas).href, join(dir, 'child.mjs'), pdf], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as { text: string; destinations: Record<string, number> };
    expect(result.text).toContain('Grain exports from the northern regions grew by a fifth');
    expect(result.destinations).toEqual({});
  });
});

describe('the 2-D DOMMatrix', () => {
  it('multiplies, inverts and transforms as DOMMatrix does for 2-D matrices', () => {
    const m = new DOMMatrix2D([2, 0, 0, 3, 10, 20]);
    expect(m.transformPoint({ x: 1, y: 1 })).toMatchObject({ x: 12, y: 23 });
    expect(m.multiply(m.inverse()).isIdentity).toBe(true);
    // translate then scale: the scale applies first to a point, as with DOMMatrix.
    const ts = new DOMMatrix2D().translate(5, 5).scale(2);
    expect(ts.transformPoint({ x: 1, y: 1 })).toMatchObject({ x: 7, y: 7 });
    expect(new DOMMatrix2D([1, 0, 0, 1, 3, 4]).preMultiplySelf([2, 0, 0, 2, 0, 0]).transformPoint({ x: 1, y: 0 })).toMatchObject({ x: 8, y: 8 });
    expect(new DOMMatrix2D([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 7, 8, 0, 1]).e).toBe(7);
  });
});
