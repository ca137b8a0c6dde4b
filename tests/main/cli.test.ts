import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../../src/main/cli';
import { createTempApp, type TempApp } from '../helpers/temp-db';

let app: TempApp;
beforeEach(() => {
  app = createTempApp();
});
afterEach(() => app.close());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli', () => {
  it('info prints schema version and counts', async () => {
    app.services.clients.create({
      name: 'A',
      company: '',
      email: '',
      phone: '',
      status: 'active',
      clientSince: null,
      acquisitionChannel: '',
      acquisitionCostMinor: 0,
      isHighProfile: false,
      paymentTermsKind: 'days',
      paymentTermsValue: 30,
      notes: '',
    });
    const r = await cli('info', '--db', app.database.path, '--json');
    expect(r.code).toBe(0);
    const info = JSON.parse(r.out) as { schemaVersion: number; counts: Record<string, number> };
    expect(info.schemaVersion).toBe(app.database.schemaVersion);
    expect(info.counts['clients']).toBe(1);
    const text = await cli('info', '--db', app.database.path);
    expect(text.out).toContain('clients: 1');
  });

  it('bad usage exits 2 with usage text', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('nope')).code).toBe(2);
    const missing = await cli('info');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('usage');
    expect((await cli('info', '--db', app.database.path, '--bogus')).code).toBe(2);
    expect((await cli('info', '--db', join(app.dir, 'missing.db'))).code).toBe(2);
  });
});
