import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The shell started on a damaged database (with a stand-in `electron` module): it must not
// exit or overwrite anything, but open the window with the recovery state behind IPC.
const userData = mkdtempSync(join(tmpdir(), 'cd-shell-rec-'));
const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  const state = {
    handlers: new Map<string, Handler>(),
    appOn: new Map<string, Handler>(),
    loaded: '',
    exited: null as number | null,
    errorBox: '',
    userData: '',
  };
  class BrowserWindow {
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    webContents = { on: () => {}, setWindowOpenHandler: () => {} };
    loadURL = (u: string) => ((state.loaded = u), Promise.resolve());
    once() {}
    isMinimized = () => false;
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
      exit: (code: number) => void (state.exited = code),
    },
    BrowserWindow,
    ipcMain: { handle: (ch: string, h: Handler) => void state.handlers.set(ch, h) },
    dialog: { showErrorBox: (_t: string, m: string) => void (state.errorBox = m) },
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

const garbage = 'this file was overwritten by something else entirely\n'.repeat(200);
beforeAll(async () => {
  fake.state.userData = userData;
  mkdirSync(join(userData, 'data'), { recursive: true });
  writeFileSync(join(userData, 'data', 'database-marker.json'), '{}');
  writeFileSync(join(userData, 'client-dossier.db'), garbage);
  await import('../../src/main/index');
  await vi.waitFor(() => expect(fake.state.loaded).not.toBe(''));
});
afterAll(() => {
  (fake.state.appOn.get('before-quit') as (() => void) | undefined)?.();
  rmSync(userData, { recursive: true, force: true });
});

describe('the shell on a damaged database', () => {
  it('opens the window in recovery instead of exiting, and never overwrites the file', async () => {
    expect(fake.state.exited).toBeNull();
    expect(fake.state.errorBox).toBe('');
    const sender = { senderFrame: { url: fake.state.loaded, parent: null } };
    const health = (await fake.state.handlers.get('api:getHealth')!(sender, undefined)) as {
      ok: boolean;
      value: { status: string; startup: { problem: string; quarantinedTo: string } };
    };
    expect(health.value.status).toBe('recovery');
    expect(health.value.startup.problem).toBe('not-a-database');
    expect(readFileSync(health.value.startup.quarantinedTo, 'utf8')).toBe(garbage);
    expect(existsSync(join(userData, 'client-dossier.db'))).toBe(false);
    const write = await fake.state.handlers.get('api:createClient')!(sender, { name: 'x' });
    expect(write).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });
    expect(existsSync(join(userData, 'client-dossier.db'))).toBe(false);
  });
});
