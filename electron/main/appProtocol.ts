// The window's content is served from the package through app://briefing/, never from http(s) or
// file:// (a custom secure scheme gives the page a real origin for its CSP and for sender checks).
// Files are read from disk here rather than through Electron's `net`, so the main process holds no
// network client at all (test/security/networkUse.test.ts checks the built code for one).
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://briefing`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
}

export function serveRenderer(rendererDir: string): void {
  const root = normalize(rendererDir + sep);
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      const url = new URL(request.url);
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
