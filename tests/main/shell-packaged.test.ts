// The shell as a packaged build (app.isPackaged), with a stand-in electron module: DevTools
// cannot be opened, and the renderer comes from app:// even if a dev-server URL is set.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const userData = mkdtempSync(join(tmpdir(), 'cd-shell-packaged-'));
const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  const state = {
    windows: [] as { options: Record<string, unknown>; contentsOn: Map<string, Handler>; loaded?: string }[],
    appOn: new Map<string, Handler>(),
    userData: '',
  };
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    static getFocusedWindow = () => null;
    webContents: { on: (e: string, h: Handler) => void; setWindowOpenHandler: () => void; closeDevTools: () => void };
    constructor(options: Record<string, unknown>) {
      const w: (typeof state.windows)[number] = { options, contentsOn: new Map() };
      state.windows.push(w);
      this.webContents = { on: (e, h) => void w.contentsOn.set(e, h), setWindowOpenHandler: () => {}, closeDevTools: () => {} };
      this.loadURL = (u: string) => ((w.loaded = u), Promise.resolve());
    }
    loadURL: (u: string) => Promise<void>;
    once() {}
    isMinimized = () => false;
    focus() {}
    restore() {}
  }
  const electron = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      getPath: () => state.userData,
      getVersion: () => '0.1.0',
      on: (e: string, h: Handler) => void state.appOn.set(e, h),
      quit: () => {},
      exit: () => {},
    },
    BrowserWindow,
    ipcMain: { handle: () => {} },
    dialog: { showErrorBox: () => {} },
    shell: { openExternal: () => {} },
    protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => {},
        setPermissionCheckHandler: () => {},
        webRequest: { onHeadersReceived: () => {} },
      },
    },
  };
  return { state, electron };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

beforeAll(async () => {
  fake.state.userData = userData;
  process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
  (process as { resourcesPath?: string }).resourcesPath = join(userData, 'resources');
  await import('../../src/main/index');
  await new Promise((r) => setTimeout(r, 50));
});
afterAll(() => {
  (fake.state.appOn.get('before-quit') as (() => void) | undefined)?.();
  delete process.env['ELECTRON_RENDERER_URL'];
  rmSync(userData, { recursive: true, force: true });
});

describe('a packaged build', () => {
  it('turns DevTools off in the window and loads the renderer from app://, never a dev server', () => {
    const w = fake.state.windows[0]!;
    expect((w.options['webPreferences'] as Record<string, unknown>)['devTools']).toBe(false);
    expect(w.loaded).toBe('app://client-dossier/index.html');
  });

  it('closes DevTools at once if any web contents opens them', () => {
    const created = fake.state.appOn.get('web-contents-created')!;
    const on = new Map<string, (...a: unknown[]) => unknown>();
    let closed = 0;
    created({}, { on: (e: string, h: () => void) => void on.set(e, h), setWindowOpenHandler: () => {}, closeDevTools: () => closed++ });
    on.get('devtools-opened')!();
    expect(closed).toBe(1);
    // and on the app window itself
    expect(fake.state.windows[0]!.contentsOn.has('devtools-opened')).toBe(true);
  });
});
