import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { createTempApp, type TempApp, newClient } from '../helpers/temp-db';
import { workerRunner } from '../../src/main/services/verify-runner';

let app: TempApp;
afterEach(() => app.close());

// The worker's source, run through tsx on its own thread as the built file runs in the app.
const worker = { path: resolve(import.meta.dirname, '../../src/main/verify-worker.ts'), execArgv: ['--import', 'tsx'] };

describe('verification on a worker thread', () => {
  it('re-hashes the journal on its own read-only connection, reports progress, names a changed entry', async () => {
    app = createTempApp();
    const c = app.services.clients.create(newClient('Mehmet Kaya'));
    const ids = Array.from(
      { length: 12 },
      (_, i) => app.services.journal.add({ clientId: c.id, kind: 'call', channel: 'phone', summary: `call ${i}` }).id,
    );
    const run = workerRunner(app.services.ctx, worker);
    const progress: number[] = [];
    const ok = await run(null, (p) => progress.push(p.entriesChecked));
    expect(ok).toMatchObject({ ok: true, entriesChecked: 12, clientsChecked: 1, checkedAt: app.clock.now.toISOString() });
    expect(progress.at(-1)).toBe(12);

    app.database.sqlite.exec('DROP TRIGGER journal_entries_no_update');
    app.database.sqlite.prepare("UPDATE journal_entries SET summary = 'changed' WHERE id = ?").run(ids[4]);
    const bad = await run(c.id, () => undefined);
    expect(bad.failure).toMatchObject({ clientId: c.id, seq: 5, entryId: ids[4], reason: 'hash_mismatch' });
  });
});

describe('when the worker cannot start', () => {
  it('verifies in-process instead', async () => {
    app = createTempApp();
    const run = workerRunner(app.services.ctx, { path: resolve(import.meta.dirname, 'no-such-worker.js') });
    expect(await run(null, () => undefined)).toMatchObject({ ok: true, entriesChecked: 0 });
  });
});
