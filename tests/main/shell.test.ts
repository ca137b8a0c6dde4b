import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { methodNames } from '../../src/shared/contract';

// A stand-in `electron` module: records what the shell asks of Electron, so the shell's
// security decisions are tested without the Electron binary (which cannot be downloaded here).
const userData = mkdtempSync(join(tmpdir(), 'cd-shell-'));
const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  const state = {
    handlers: new Map<string, Handler>(),
    windows: [] as {
      options: Record<string, unknown>;
      contentsOn: Map<string, Handler>;
      openHandler?: Handler;
      loaded?: string;
    }[],
    appOn: new Map<string, Handler>(),
    permissionHandler: undefined as Handler | undefined,
    headersHandler: undefined as Handler | undefined,
    exposed: new Map<string, unknown>(),
    privileged: [] as unknown[],
    protocols: new Map<string, Handler>(),
    invoked: [] as unknown[][],
    opened: [] as string[],
    userData: '',
  };
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    webContents: { on: (e: string, h: Handler) => void; setWindowOpenHandler: (h: Handler) => void };
    constructor(options: Record<string, unknown>) {
      const w: (typeof state.windows)[number] = { options, contentsOn: new Map() };
      state.windows.push(w);
      this.webContents = { on: (e, h) => void w.contentsOn.set(e, h), setWindowOpenHandler: (h) => void (w.openHandler = h) };
      this.loadURL = (u: string) => {
        w.loaded = u;
        return Promise.resolve();
      };
    }
    loadURL: (u: string) => Promise<void>;
    once() {}
    isMinimized() {
      return false;
    }
    focus() {}
    restore() {}
  }
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      getPath: () => state.userData,
      getVersion: () => '0.1.0',
      on: (e: string, h: Handler) => void state.appOn.set(e, h),
      quit: () => {},
      exit: () => {},
    },
    BrowserWindow,
    ipcMain: { handle: (ch: string, h: Handler) => void state.handlers.set(ch, h) },
    dialog: { showErrorBox: () => {} },
    shell: { openExternal: (u: string) => void state.opened.push(u) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void state.privileged.push(...schemes),
      handle: (scheme: string, h: Handler) => void state.protocols.set(scheme, h),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Handler) => void (state.permissionHandler = h),
        setPermissionCheckHandler: () => {},
        webRequest: { onHeadersReceived: (h: Handler) => void (state.headersHandler = h) },
      },
    },
    contextBridge: { exposeInMainWorld: (k: string, v: unknown) => void state.exposed.set(k, v) },
    ipcRenderer: { invoke: (...args: unknown[]) => (state.invoked.push(args), Promise.resolve({ ok: true, value: null })) },
  };
  return { state, electron };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

beforeAll(async () => {
  fake.state.userData = userData;
  await import('../../src/main/index');
  await new Promise((r) => setTimeout(r, 50));
});
afterAll(() => {
  (fake.state.appOn.get('before-quit') as (() => void) | undefined)?.();
  rmSync(userData, { recursive: true, force: true });
});

describe('the Electron shell (with a stand-in electron module)', () => {
  it('registers exactly one IPC handler per contract method', () => {
    expect([...fake.state.handlers.keys()].sort()).toEqual(methodNames.map((n) => `api:${n}`).sort());
  });

  it('creates the window with contextIsolation, sandbox and no nodeIntegration', () => {
    const prefs = fake.state.windows[0]!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String(prefs['preload'])).toMatch(/preload[/\\]index\.cjs$/);
    // Served from the app's own scheme, not file://; DevTools only outside a packaged build.
    expect(fake.state.windows[0]!.loaded).toBe('app://client-dossier/index.html');
    expect(prefs['devTools']).toBe(true);
  });

  it('serves the renderer from app:// (standard, secure) with the CSP as a response header', async () => {
    expect(fake.state.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
    const handle = fake.state.protocols.get('app') as (r: { url: string; method: string }) => Promise<Response>;
    const page = await handle({ url: 'app://client-dossier/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect(await page.text()).toContain('<div id="root">');
    for (const url of [
      'app://client-dossier/../../main/index.ts',
      'app://client-dossier/%2e%2e/%2e%2e/package.json',
      'app://client-dossier/..%2f..%2fpackage.json',
      'app://other-host/index.html',
      'file:///etc/passwd',
      'app://client-dossier/missing.js',
    ]) {
      const r = await handle({ url, method: 'GET' });
      expect(r.status, url).toBe(404);
      expect(r.headers.get('content-security-policy'), url).toContain("default-src 'self'");
    }
  });

  it('refuses navigation away from the app and every new window', () => {
    const w = fake.state.windows[0]!;
    const nav = w.contentsOn.get('will-navigate')!;
    const ev = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    nav(ev, 'https://evil.example/');
    expect(ev.prevented).toBe(true);
    const same = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    nav(same, w.loaded);
    expect(same.prevented).toBe(false);
    expect(w.openHandler!({ url: 'https://example.org/help' })).toEqual({ action: 'deny' });
    expect(w.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.state.opened).toEqual(['https://example.org/help']);
  });

  it('denies permission requests and sets a CSP without unsafe-eval', () => {
    let granted: boolean | undefined;
    fake.state.permissionHandler!(null, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    let headers: Record<string, string[]> = {};
    fake.state.headersHandler!(
      { responseHeaders: {} },
      (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders),
    );
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'self'");
    expect(headers['Content-Security-Policy']?.[0]).not.toContain('unsafe-eval');
  });

  it('answers IPC from the app frame and refuses any other sender', async () => {
    const handler = fake.state.handlers.get('api:getSettings')!;
    const appUrl = fake.state.windows[0]!.loaded!;
    expect(await handler({ senderFrame: { url: appUrl, parent: null } }, undefined)).toMatchObject({ ok: true });
    expect(await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await handler({ senderFrame: { url: appUrl, parent: {} } }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await handler({ senderFrame: null }, undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('the preload exposes exactly one function per method, forwarding to its channel', async () => {
    await import('../../src/preload/index');
    const api = fake.state.exposed.get('api') as Record<string, (i?: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    expect([...fake.state.exposed.keys()]).toEqual(['api']);
    await api['listClients']!({ search: 'x' });
    expect(fake.state.invoked.at(-1)).toEqual(['api:listClients', { search: 'x' }]);
  });
});
