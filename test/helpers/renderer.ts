// Opens the real renderer (dist/renderer) in headless Chromium with its API backed by the real
// main-process handlers and a real library on disk.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumExecutable, OFFLINE_CHROMIUM_ARGS, withChromiumPrinter } from '../../electron/cli/chromiumPdf';
import type { Library } from '../../electron/core/library';
import { exportBriefings } from '../../electron/core/print/exportBriefings';
import { createHandlers } from '../../electron/ipc/handlers';
import { PROJECT_ROOT } from './projectRoot';

let bridgeScript: string | undefined;

async function bridge(): Promise<string> {
  if (!bridgeScript) {
    const out = await build({ entryPoints: [join(PROJECT_ROOT, 'test', 'helpers', 'bridge.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', logLevel: 'silent' });
    bridgeScript = out.outputFiles[0]!.text;
  }
  return bridgeScript;
}

export interface RendererSession {
  browser: Browser;
  page: Page;
  /** Every request the page made, by URL. */
  requests: string[];
  exported: string[];
  open(): Promise<void>;
  close(): Promise<void>;
}

/** The page's size; layout tests emulate a zoomed window as fewer CSS pixels at a higher device scale. */
export interface RendererViewport {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
}

export async function launchRenderer(
  library: Library,
  outDir: string,
  chooseFiles: () => Promise<string[] | null> = async () => null,
  view: RendererViewport = {},
): Promise<RendererSession> {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ headless: true, args: OFFLINE_CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  const page = await browser.newPage({ viewport: view.viewport ?? { width: 1440, height: 900 }, ...(view.deviceScaleFactor ? { deviceScaleFactor: view.deviceScaleFactor } : {}) });
  const requests: string[] = [];
  const exported: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const handle = createHandlers({
    library,
    chooseFiles,
    // As main sends the import's progress event to the window.
    importProgress: (progress) => {
      void page.evaluate((p) => (window as unknown as { __briefingProgress?: (p: unknown) => void }).__briefingProgress?.(p), progress).catch(() => {});
    },
    exportBriefings: async (articleIds, format, options) => {
      const output = await exportBriefings(library, articleIds, format, withChromiumPrinter, new Date(), options);
      const path = join(outDir, `export-${exported.length + 1}.${format}`);
      writeFileSync(path, output);
      exported.push(path);
      return { path };
    },
  });
  // The answer crosses as one JSON string: Playwright's binding otherwise serialises it object by object,
  // which for a long briefing (2,000 quotes, ~740 KB) took 1.4–2.3 s here, far from what Electron's
  // structured clone costs, and would swamp what the window itself does (npm run bench -- open).
  await page.exposeFunction('__briefingInvoke', async (channel: string, payload: unknown) => JSON.stringify(await handle(channel, payload)));
  await page.addInitScript({ content: await bridge() });
  const session: RendererSession = {
    browser,
    page,
    requests,
    exported,
    async open() {
      await page.goto(pathToFileURL(join(PROJECT_ROOT, 'dist', 'renderer', 'index.html')).toString());
      await page.waitForSelector('body[data-ready="true"]');
    },
    close: () => browser.close(),
  };
  return session;
}
