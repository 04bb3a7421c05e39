// Offline by construction: the built main process, preload and command line (dist/) and the sources
// they come from (electron/) hold no network client: no http, https, net, tls, dgram, http2 or undici
// module, no fetch, WebSocket, XMLHttpRequest or EventSource, and not Electron's own `net`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/temp';

const NETWORK_MODULES = ['http', 'https', 'net', 'tls', 'dgram', 'http2', 'undici', 'ws'];
const moduleName = `(?:node:)?(?:${NETWORK_MODULES.join('|')})`;
const PATTERNS: [string, RegExp][] = [
  ['require of a network module', new RegExp(`require\\(\\s*["'\`]${moduleName}["'\`]\\s*\\)`)],
  ['import of a network module', new RegExp(`(?:from|import)\\s*\\(?\\s*["'\`]${moduleName}["'\`]`)],
  ['fetch', /(?<![\w$])fetch\s*\(|\.fetch\s*\(/],
  ['WebSocket', /\bWebSocket\b/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['EventSource', /\bEventSource\b/],
  // Electron's net module, as imported in the sources and as esbuild names it in the bundle.
  ["Electron's net", /import\s*\{[^}]*\bnet\b[^}]*\}\s*from\s*["']electron["']|\bimport_electron\d*\.net\b/],
];

/** Lines of a file that match any pattern, without comments (a comment may name what the code avoids). */
export function networkUses(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
    for (const [what, re] of PATTERNS) if (re.test(line)) found.push(`${i + 1}: ${what}: ${raw.trim().slice(0, 120)}`);
  });
  return found;
}

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : [];
  });
}

describe('no network use outside tests', () => {
  it('finds none in the built main process, preload and command line', () => {
    const built = ['main.js', 'preload.js', 'cli.js'].map((f) => join(PROJECT_ROOT, 'dist', f));
    const uses = Object.fromEntries(built.map((f) => [relative(PROJECT_ROOT, f), networkUses(readFileSync(f, 'utf8'))]));
    expect(uses).toEqual({ 'dist/main.js': [], 'dist/preload.js': [], 'dist/cli.js': [] });
    // The scan reads real bundles: the main process's own code is in it.
    expect(readFileSync(built[0]!, 'utf8')).toContain('setPermissionRequestHandler');
  });

  it('finds none in the main-process, preload, IPC, core and command-line sources', () => {
    const uses = filesUnder(join(PROJECT_ROOT, 'electron'), /\.ts$/)
      .map((f) => [relative(PROJECT_ROOT, f), networkUses(readFileSync(f, 'utf8'))] as const)
      .filter(([, found]) => found.length > 0);
    expect(uses).toEqual([]);
  });

  it('would catch each kind of network use', () => {
    const samples = [
      "const http = require('node:http');",
      'var import_https = require("https");',
      "import { request } from 'node:http';",
      "import * as tls from 'tls';",
      'await fetch(url);',
      'return import_electron.net.fetch(u);',
      "import { app, net } from 'electron';",
      'new WebSocket("ws://x")',
      'const x = new XMLHttpRequest();',
    ];
    for (const s of samples) expect(networkUses(s).length, s).toBeGreaterThan(0);
    expect(networkUses("import { readFile } from 'node:fs/promises'; // not net.fetch")).toEqual([]);
  });
});
