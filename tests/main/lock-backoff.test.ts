// Issue 15 item 5: wrong app-lock passphrases slow down exponentially, and the wait survives a
// restart. The clock is the temp app's (no real sleeping).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import { unlockDelayMs } from '../../src/main/safety/lock';
import { call } from '../helpers/call';
import { createTempApp, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

const right = 'correct horse battery';

async function refusal(api: TempApp['api'], passphrase: string) {
  try {
    await call(api, 'unlock', { passphrase });
  } catch (e) {
    return e as { code: string; details?: { retryAfterMs?: number; wrong?: boolean } };
  }
  throw new Error('unlock was accepted');
}

describe('app lock back-off', () => {
  it('doubles the wait after three free tries, refuses even the right passphrase meanwhile, and resets on success', async () => {
    app = createTempApp();
    await call(app.api, 'setLockPassphrase', { passphrase: right });
    await call(app.api, 'lockNow');

    for (const expected of [0, 0, 1000]) {
      expect(await refusal(app.api, 'wrong')).toMatchObject({ code: 'LOCKED', details: { wrong: true, retryAfterMs: expected } });
    }
    // Within the wait nothing is checked, not even the right passphrase.
    const waiting = await refusal(app.api, right);
    expect(waiting).toMatchObject({ code: 'LOCKED', details: { retryAfterMs: 1000 } });
    expect(waiting.details?.wrong).toBeUndefined();
    app.clock.advance(400);
    expect((await refusal(app.api, right)).details?.retryAfterMs).toBe(600);

    app.clock.advance(600);
    expect((await refusal(app.api, 'wrong')).details).toMatchObject({ wrong: true, retryAfterMs: 2000 });
    app.clock.advance(1999);
    expect((await refusal(app.api, 'wrong')).details?.wrong).toBeUndefined();
    app.clock.advance(1);
    expect((await refusal(app.api, 'wrong')).details).toMatchObject({ wrong: true, retryAfterMs: 4000 });

    // 30 more tries at once: none is even checked, the count does not grow.
    for (let i = 0; i < 30; i++) expect((await refusal(app.api, 'wrong')).details?.wrong).toBeUndefined();
    app.clock.advance(4000);
    expect((await call(app.api, 'unlock', { passphrase: right })).locked).toBe(false);

    // A success clears the count: the next wrong try costs nothing again.
    await call(app.api, 'lockNow');
    expect((await refusal(app.api, 'wrong')).details?.retryAfterMs).toBe(0);
  });

  it('the wait survives a restart, and setting the clock back does not shorten it', async () => {
    app = createTempApp();
    await call(app.api, 'setLockPassphrase', { passphrase: right });
    await call(app.api, 'lockNow');
    for (let i = 0; i < 6; i++) {
      await refusal(app.api, 'wrong');
      app.clock.advance(unlockDelayMs(i + 1));
    }
    app.clock.advance(-unlockDelayMs(6)); // just after the sixth wrong try: 8 s to wait
    expect(unlockDelayMs(6)).toBe(8000);

    const database = openDatabase(app.database.path);
    const restarted = createApi({ database, dataDir: join(app.dir, 'data'), now: () => app!.clock.now });
    try {
      expect(await call(restarted.api, 'getLockState')).toMatchObject({ locked: true });
      expect((await refusal(restarted.api, right)).details?.retryAfterMs).toBe(8000);
      app.clock.advance(-3_600_000);
      expect((await refusal(restarted.api, right)).details?.retryAfterMs).toBe(8000);
      app.clock.advance(3_600_000 + 8000);
      expect((await call(restarted.api, 'unlock', { passphrase: right })).locked).toBe(false);
    } finally {
      restarted.runtime.close();
    }
  });

  it('the wait grows exponentially and is capped at 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 10].map(unlockDelayMs)).toEqual([0, 0, 1000, 2000, 4000, 128_000]);
    expect(unlockDelayMs(30)).toBe(15 * 60_000);
    expect(unlockDelayMs(10_000)).toBe(15 * 60_000);
  });
});
