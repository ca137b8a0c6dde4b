// The optional app lock: a passphrase hashed with scrypt (node:crypto), stored in settings.
// The lock keeps a passer-by out of an unlocked computer; it is not encryption at rest.
// Wrong passphrases slow down exponentially: after a few free tries each further one must
// wait twice as long as the last, and the count and time are kept in settings, so quitting
// and restarting the app does not reset them.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { createSettingsStore } from '../settings/service';
import type { ServiceContext } from '../core/context';

const lockSchema = z.strictObject({
  algorithm: z.literal('scrypt'),
  salt: z.string().regex(/^[a-f0-9]{32}$/),
  hash: z.string().regex(/^[a-f0-9]{64}$/),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
});
type LockRecord = z.output<typeof lockSchema>;

const params = { N: 2 ** 15, r: 8, p: 1 };

/** Wrong tries allowed without a wait. */
export const freeTries = 3;
const maxDelayMs = 15 * 60_000;
/** The wait after `failures` wrong tries in a row: 0, 0, 0, then 1 s, 2 s, 4 s… up to 15 minutes. */
export function unlockDelayMs(failures: number): number {
  if (failures < freeTries) return 0;
  return Math.min(maxDelayMs, 1000 * 2 ** Math.min(30, failures - freeTries));
}

const failuresSchema = z.strictObject({ count: z.number().int().min(0), lastAt: z.string() });

function derive(passphrase: string, salt: string, p: { N: number; r: number; p: number }): Promise<Buffer> {
  const opts: ScryptOptions = { N: p.N, r: p.r, p: p.p, maxmem: 256 * p.N * p.r };
  return new Promise((ok, fail) =>
    scrypt(passphrase.normalize('NFC'), Buffer.from(salt, 'hex'), 32, opts, (e, key) => (e ? fail(e) : ok(key))),
  );
}

export function createLockService(ctx: ServiceContext) {
  const store = createSettingsStore(ctx);
  const KEY = 'appLock';

  const record = (): LockRecord | null => store.read(KEY, lockSchema);

  async function matches(passphrase: string): Promise<boolean> {
    const r = record();
    if (!r) return true;
    const key = await derive(passphrase, r.salt, r);
    return timingSafeEqual(key, Buffer.from(r.hash, 'hex'));
  }

  async function setPassphrase(passphrase: string, current: string | undefined): Promise<void> {
    if (record() && !(await matches(current ?? ''))) {
      throw new AppError('FORBIDDEN', 'The current passphrase is not correct.', { details: { field: 'current' } });
    }
    const salt = randomBytes(16).toString('hex');
    const key = await derive(passphrase, salt, params);
    store.write(KEY, lockSchema, { algorithm: 'scrypt', salt, hash: key.toString('hex'), ...params });
  }

  async function remove(current: string): Promise<void> {
    if (!(await matches(current))) {
      throw new AppError('FORBIDDEN', 'The current passphrase is not correct.', { details: { field: 'current' } });
    }
    ctx.sqlite.prepare("DELETE FROM settings WHERE key IN (?, 'appLockFailures')").run(KEY);
  }

  const IDLE_KEY = 'appLockIdleMinutes';
  const idleSchema = z.number().int().min(0).max(240);
  /** Minutes without keyboard or mouse use before the app locks itself; 0 = never. */
  const idleMinutes = (): number => store.read(IDLE_KEY, idleSchema) ?? 0;
  const setIdleMinutes = (minutes: number) => void store.write(IDLE_KEY, idleSchema, minutes);

  const FAILURES_KEY = 'appLockFailures';
  const failures = () => store.read(FAILURES_KEY, failuresSchema);

  /** Milliseconds until the next try is heard; 0 = now. A clock set back does not shorten it. */
  function waitMs(): number {
    const f = failures();
    if (!f) return 0;
    const delay = unlockDelayMs(f.count);
    const since = ctx.now().getTime() - Date.parse(f.lastAt);
    if (!Number.isFinite(since) || since < 0) return delay;
    return Math.max(0, delay - since);
  }

  /** Checks a passphrase at the lock screen, counting wrong ones; throws LOCKED when refused. */
  async function unlock(passphrase: string): Promise<void> {
    const wait = waitMs();
    if (wait > 0) {
      throw new AppError('LOCKED', `Too many wrong passphrases: try again in ${Math.ceil(wait / 1000)} s.`, {
        details: { retryAfterMs: wait },
      });
    }
    if (await matches(passphrase)) {
      ctx.sqlite.prepare('DELETE FROM settings WHERE key = ?').run(FAILURES_KEY);
      return;
    }
    const count = (failures()?.count ?? 0) + 1;
    store.write(FAILURES_KEY, failuresSchema, { count, lastAt: ctx.now().toISOString() });
    throw new AppError('LOCKED', 'That passphrase is not correct.', {
      details: { wrong: true, retryAfterMs: unlockDelayMs(count) },
    });
  }

  return { enabled: () => record() !== null, matches, unlock, waitMs, setPassphrase, remove, idleMinutes, setIdleMinutes };
}
export type LockService = ReturnType<typeof createLockService>;
