import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { apiInitScript, bridgeHandler } from '../helpers/bridge';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import type { AppDeps } from '../../src/main/core/services';

const rendererDir = resolve(import.meta.dirname, '../../out/renderer');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Serves the built renderer on loopback (module scripts do not load from file:// in a plain browser). */
function serveRenderer(): Promise<{ server: Server; url: string }> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test does).');
  }
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    let file = join(rendererDir, path);
    if (!file.startsWith(rendererDir) || !existsSync(file) || statSync(file).isDirectory())
      file = join(rendererDir, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/` });
    }),
  );
}

/**
 * The browser: `CHROMIUM_PATH` when set (e.g. Debian's /usr/bin/chromium), otherwise the
 * Chromium that ships inside the `@sparticuz/chromium` npm package, unpacked to the temp
 * folder on first use, so `npm install && npm test` needs no system package.
 */
export async function chromiumPath(): Promise<string> {
  const override = process.env['CHROMIUM_PATH'];
  if (override) return override;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--no-zygote',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface E2E {
  page: Page;
  app: TempApp;
  url: string;
  /** page errors and console errors seen so far */
  errors: string[];
  close(): Promise<void>;
}

/**
 * The real renderer in Chromium, with `window.api` bridged to the real main-process API on a
 * fresh temp SQLite file. Only the IPC transport is replaced (DESIGN.md §2).
 */
export async function startE2E(
  opts: { now?: string; locale?: string; setup?: (app: TempApp) => void; deps?: Partial<AppDeps> } = {},
): Promise<E2E> {
  const app = createTempApp({ ...(opts.now ? { now: opts.now } : {}), ...(opts.deps ? { deps: opts.deps } : {}) });
  opts.setup?.(app);
  const { server, url } = await serveRenderer();
  const browser = await launchBrowser();
  const context = await browser.newContext({
    locale: opts.locale ?? 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.exposeFunction('__apiCall', bridgeHandler(app.api));
  await page.addInitScript(apiInitScript());
  await page.goto(url);
  return {
    page,
    app,
    url,
    errors,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
      app.close();
    },
  };
}
