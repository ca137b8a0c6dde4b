import type { BrowserWindowConstructorOptions, CustomScheme, WebContents, WebFrameMain } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';

// Window security in one place, so the shell tests can check it without an Electron binary.

/**
 * The app window. The options are written out literally here (not built elsewhere) so that
 * Electronegativity, which reads `new BrowserWindow({...})`, can check every one of them.
 */
export function createAppWindow<W>(
  BrowserWindowClass: new (o: BrowserWindowConstructorOptions) => W,
  preloadPath: string,
  /** false in packaged builds: DevTools cannot be opened there */
  devTools = false,
): W {
  return new BrowserWindowClass({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Client Dossier',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      // middle-click would open links in a new window
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      webviewTag: false,
      spellcheck: false,
      devTools,
    },
  });
}

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The renderer is served from app://client-dossier/, not file://: a file: page may read other
 * files, and headers (the CSP) cannot be attached to it. The scheme is standard (relative URLs,
 * an origin of its own) and secure; registered before the app is ready.
 */
export const appScheme = 'app';
export const appHost = 'client-dossier';
export const appIndexUrl = `${appScheme}://${appHost}/index.html`;
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  // corsEnabled: the built page loads its scripts as modules (fetched in CORS mode), same origin only
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/** The file inside `rendererDir` an app:// URL names; null for another host or a path leading out. */
export function appFilePath(url: string, rendererDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${appScheme}:` || u.host !== appHost) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(join(root, path === '/' ? 'index.html' : path));
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep) || resolve(root, rel) !== file) return null;
  return file;
}

/**
 * The app:// handler (protocol.handle): files of the built renderer only, each with its type
 * and the CSP as a response header; anything else is 404.
 */
export function createAppProtocolHandler(rendererDir: string, read: (path: string) => Promise<Buffer> = readFile) {
  return async (request: { url: string; method?: string }): Promise<Response> => {
    const headers = { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' };
    const file = appFilePath(request.url, rendererDir);
    if (!file || (request.method && request.method !== 'GET')) return new Response('Not found', { status: 404, headers });
    try {
      const body = await read(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: { ...headers, 'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream' },
      });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  };
}

/** True when `url` is the app's own page (app://, or the dev server in development). */
export function isAppUrl(url: string, rendererUrl: string): boolean {
  try {
    const u = new URL(url);
    const r = new URL(rendererUrl);
    // Non-special schemes have the origin "null" in WHATWG URLs: compare scheme and host.
    if (r.protocol === `${appScheme}:`) return u.protocol === r.protocol && u.host === r.host;
    if (r.protocol === 'file:') return u.protocol === 'file:' && u.pathname === r.pathname;
    return u.origin === r.origin;
  } catch {
    return false;
  }
}

/** IPC is answered only for the app's own top-level frame. */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined, rendererUrl: string): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, rendererUrl);
}

/** Links the owner clicks (help pages, mailto) open outside the app, only for https and mailto. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' && u.hostname.length > 0) || (u.protocol === 'mailto:' && u.pathname.length > 0);
  } catch {
    return false;
  }
}

/** Refuses navigation away from the app and every new window; hands safe links to the OS. */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'closeDevTools'>,
  rendererUrl: string,
  openExternal: (url: string) => void,
  /** false in packaged builds */
  devTools = false,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, rendererUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (!devTools) {
    // webPreferences.devTools is false already; a window made some other way is closed at once.
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
