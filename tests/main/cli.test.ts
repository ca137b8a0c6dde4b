import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../../src/main/cli';
import { createTempApp, type TempApp, newClient } from '../helpers/temp-db';

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
    app.services.clients.create(newClient('A'));
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

import { appendJournalEntries } from '../../src/main/journal/chain';
describe('cli verify', () => {
  it('exits 0 when intact, 1 naming the client and entry when not, 2 on bad arguments', async () => {
    const id = app.services.clients.create(newClient('A')).id;
    appendJournalEntries(
      app.services.ctx,
      [1, 2, 3].map((n) => ({
        clientId: id,
        kind: 'call',
        channel: 'phone',
        occurredAt: '2026-11-01T10:00:00.000Z',
        summary: `call ${n}`,
      })),
    );
    const ok = await cli('verify', '--db', app.database.path);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('intact: 3 entries');
    app.database.sqlite.exec('DROP TRIGGER journal_entries_no_update');
    app.database.sqlite.prepare("UPDATE journal_entries SET summary = 'edited' WHERE seq = 2").run();
    const bad = await cli('verify', '--db', app.database.path);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`client ${id}, entry #2`);
    expect((await cli('verify')).code).toBe(2);
    expect((await cli('verify', '--db', app.database.path, '--client', 'abc')).code).toBe(2);
  });
});
