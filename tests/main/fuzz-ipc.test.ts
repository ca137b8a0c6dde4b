import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { methodNames } from '../../src/shared/contract';
import { errorCodes } from '../../src/shared/errors';
import { dispatch } from '../../src/main/dispatch';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { call } from '../helpers/call';

// 10,000 hostile payloads through the same dispatch IPC uses. Methods that only read or
// that need a dialog are included; the stand-in dialogs answer "cancelled". Nothing may
// crash, every failure must carry a known code, and the database must not change.
let app: TempApp;
const logged: string[] = [];
const origError = console.error;
beforeAll(async () => {
  app = createTempApp();
  await call(app.api, 'saveProfile', sampleProfile);
  await call(app.api, 'createClient', { name: 'Fuzz target', notes: 'private note SECRET-42' });
  console.error = (...a: unknown[]) => void logged.push(a.map(String).join(' '));
});
afterAll(() => {
  console.error = origError;
  app.close();
});

/** Everything stored, hashed: any write shows up as a different fingerprint. */
function fingerprint(): string {
  const h = createHash('sha256');
  for (const t of ['clients', 'settings', 'client_status_changes', 'journal_entries', 'invoices']) {
    for (const row of app.database.sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()) h.update(JSON.stringify(row));
  }
  return h.digest('hex');
}

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('__proto__', 'constructor', '\uD800', 'a\u0000b', '=cmd|/C calc!A0', '../../etc/passwd', '\u202Eevil'),
  fc.constant('x'.repeat(1_000_000)),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.bigInt().map((b) => Number(b)),
    fc.array(tie('value'), { maxLength: 4 }),
    tie('object'),
  ),
  object: fc.oneof(
    fc.dictionary(hostileString, tie('value'), { maxKeys: 5 }),
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "id": 1}') as unknown),
    fc.record({ id: fc.oneof(fc.integer(), fc.string()), extra: tie('value') }),
    fc.record({ name: hostileString, status: hostileString, unexpected: fc.constant(true) }),
  ),
})).value;

// Writes with a valid shape can succeed; the fuzzer aims at what should never get through.
const writers = new Set([
  'createClient',
  'updateClient',
  'archiveClient',
  'restoreClient',
  'saveProfile',
  'backupNow',
  'setLockPassphrase',
]);

describe('fuzzed IPC payloads', () => {
  it('10,000 payloads: 0 crashes, 0 database changes, only typed errors', async () => {
    const before = fingerprint();
    const codes = new Map<string, number>();
    let crashes = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methodNames, 'noSuchMethod', '__proto__', 'constructor'),
        hostileValue,
        async (name, input) => {
          let r;
          try {
            r = await dispatch(app.api, name, input);
          } catch {
            crashes++;
            return;
          }
          if (r.ok) {
            accepted++;
            if (writers.has(name)) throw new Error(`${name} accepted a fuzzed payload: ${JSON.stringify(input)?.slice(0, 200)}`);
          } else {
            codes.set(r.error.code, (codes.get(r.error.code) ?? 0) + 1);
            expect(errorCodes).toContain(r.error.code);
          }
        },
      ),
      { numRuns: 10_000, seed: 20261123 },
    );
    const after = fingerprint();
    console.log(
      `[fuzz] 10,000 payloads: ${crashes} crashes, ${accepted} accepted (reads), errors by code ${JSON.stringify(Object.fromEntries(codes))}, database ${before === after ? 'unchanged' : 'CHANGED'}`,
    );
    expect(crashes).toBe(0);
    expect(after).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(codes.get('INTERNAL') ?? 0).toBe(0);
    // No payload or stored text ever reaches the log.
    expect(logged.filter((l) => l.includes('SECRET-42') || l.includes('calc!A0'))).toEqual([]);
  }, 120_000);
});
