// The window's content is served from the package through app://briefing/, never from http(s) or
// file:// (a custom secure scheme gives the page a real origin for its CSP and for sender checks).
// Files are read from disk here rather than through Electron's `net`, so the main process holds no
// network client at all (test/security/networkUse.test.ts checks the built code for one).
import { protocol } from 'electron';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://briefing`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
}

// Print documents for the hidden PDF window, held in memory under an unguessable name for the one
// load that needs them. (A data: URL would do for small briefings, but Chromium caps URLs at 2 MB, and a
// pack of articles, percent-encoded, passes that easily.)
const printDocuments = new Map<string, string>();

export function hostPrintDocument(html: string): { url: string; release(): void } {
  const name = `${randomUUID()}.html`;
  printDocuments.set(name, html);
  return { url: `${APP_ORIGIN}/print/${name}`, release: () => printDocuments.delete(name) };
}

export function serveRenderer(rendererDir: string): void {
  const root = normalize(rendererDir + sep);
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      const url = new URL(request.url);
      const printed = url.host === 'briefing' && url.pathname.startsWith('/print/') ? printDocuments.get(url.pathname.slice('/print/'.length)) : undefined;
      if (printed !== undefined) return new Response(printed, { headers: { 'content-type': 'text/html; charset=utf-8' } });
      const file = normalize(join(root, decodeURIComponent(url.pathname)));
      // Refuse anything outside the renderer folder (e.g. /../../etc/passwd) and other hosts.
      if (url.host !== 'briefing' || !file.startsWith(root)) return new Response('Not found', { status: 404 });
      const body = await readFile(file);
      return new Response(new Uint8Array(body), { headers: { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
