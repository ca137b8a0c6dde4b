import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { call } from '../helpers/call';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { createApi } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import { dispatch } from '../../src/main/dispatch';
import { methodNames } from '../../src/shared/contract';

let app: TempApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

describe('app lock', () => {
  it('passphrase hashed with scrypt, lock refuses every other call, unlock, change, remove', async () => {
    app = createTempApp();
    expect(await call(app.api, 'getLockState')).toEqual({ enabled: false, locked: false, idleMinutes: 0 });
    await expect(call(app.api, 'lockNow')).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(call(app.api, 'setLockPassphrase', { passphrase: 'short' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await call(app.api, 'setLockPassphrase', { passphrase: 'şifre-ölçü 2026' });
    const stored = app.database.sqlite.prepare("SELECT value FROM settings WHERE key = 'appLock'").get() as { value: string };
    expect(stored.value).not.toContain('şifre');
    expect(JSON.parse(stored.value)).toMatchObject({ algorithm: 'scrypt', N: 32768 });

    await call(app.api, 'setLockIdle', { minutes: 15 });
    expect(await call(app.api, 'lockNow')).toEqual({ enabled: true, locked: true, idleMinutes: 15 });
    const open = new Set(['getLockState', 'unlock', 'getHealth']);
    for (const name of methodNames.filter((n) => !open.has(n))) {
      const r = await dispatch(app.api, name, undefined);
      // Either refused by the lock, or refused earlier by input validation: never run.
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(['LOCKED', 'VALIDATION'], name).toContain(r.error.code);
    }
    expect(await dispatch(app.api, 'listClients', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await expect(call(app.api, 'unlock', { passphrase: 'wrong' })).rejects.toMatchObject({ code: 'LOCKED' });
    expect((await call(app.api, 'unlock', { passphrase: 'şifre-ölçü 2026' })).locked).toBe(false);
    await call(app.api, 'listClients');

    await expect(call(app.api, 'setLockPassphrase', { passphrase: 'another one', current: 'wrong' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await call(app.api, 'setLockPassphrase', { passphrase: 'another one', current: 'şifre-ölçü 2026' });
    await expect(call(app.api, 'removeLock', { current: 'şifre-ölçü 2026' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await call(app.api, 'removeLock', { current: 'another one' })).toEqual({
      enabled: false,
      locked: false,
      idleMinutes: 0,
    });
  });

  it('an app with a passphrase starts locked', async () => {
    app = createTempApp();
    await call(app.api, 'setLockPassphrase', { passphrase: 'correct horse' });
    const database = openDatabase(app.database.path);
    const restarted = createApi({ database, dataDir: join(app.dir, 'data') });
    try {
      expect(await call(restarted.api, 'getLockState')).toMatchObject({ enabled: true, locked: true });
      await expect(call(restarted.api, 'getSettings')).rejects.toMatchObject({ code: 'LOCKED' });
    } finally {
      restarted.runtime.close();
    }
  });
});
