// The window's content is served from the package through app://briefing/, never from http(s) or
// file:// (a custom secure scheme gives the page a real origin for its CSP and for sender checks).
import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://briefing`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
}

export function serveRenderer(rendererDir: string): void {
  const root = normalize(rendererDir + sep);
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    // Refuse anything outside the renderer folder (e.g. /../../etc/passwd) and other hosts.
    if (url.host !== 'briefing' || !file.startsWith(root)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}
