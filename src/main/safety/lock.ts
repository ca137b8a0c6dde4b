// The optional app lock: a passphrase hashed with scrypt (node:crypto), stored in settings.
// The lock keeps a passer-by out of an unlocked computer; it is not encryption at rest.
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
    ctx.sqlite.prepare('DELETE FROM settings WHERE key = ?').run(KEY);
  }

  const IDLE_KEY = 'appLockIdleMinutes';
  const idleSchema = z.number().int().min(0).max(240);
  /** Minutes without keyboard or mouse use before the app locks itself; 0 = never. */
  const idleMinutes = (): number => store.read(IDLE_KEY, idleSchema) ?? 0;
  const setIdleMinutes = (minutes: number) => void store.write(IDLE_KEY, idleSchema, minutes);

  return { enabled: () => record() !== null, matches, setPassphrase, remove, idleMinutes, setIdleMinutes };
}
export type LockService = ReturnType<typeof createLockService>;
