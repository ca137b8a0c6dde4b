import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';
import { startWorker, workerScript } from '../../src/main/workers/locate';
import { workerEntries } from '../../src/main/workers/entries';
import type { VerifyMessage } from '../../src/main/verify/worker';

// The built workers themselves (not the in-process fallback that would hide a broken bundle).
const bundle = resolve(import.meta.dirname, '../../out/main');

let app: TempApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

describe('the bundled workers', () => {
  it('are built beside index.js with every chunk they import, so one folder (inside app.asar) holds them all', () => {
    const files = readdirSync(bundle);
    for (const name of Object.keys(workerEntries)) expect(files).toContain(`${name}.js`);
    expect(files.filter((f) => !f.endsWith('.js'))).toEqual([]);
  });

  it('out/main/verify-worker.js starts, reports progress and verifies the journal', async () => {
    app = createTempApp();
    const c = app.services.clients.create(newClient('Mehmet Kaya'));
    for (let i = 0; i < 5; i++)
      app.services.journal.add({ clientId: c.id, kind: 'call', channel: 'phone', summary: `call ${i}` });
    const worker = startWorker(workerScript('verify-worker', { bundle }), {
      workerData: { databasePath: app.database.path, dataDir: join(app.dir, 'data'), clientId: null },
    });
    const messages: VerifyMessage[] = [];
    await new Promise<void>((ok, fail) => {
      worker.on('message', (m: VerifyMessage) => {
        messages.push(m);
        if (m.type === 'done') ok();
      });
      worker.on('error', fail);
    });
    await worker.terminate();
    expect(messages.at(-2)).toEqual({ type: 'progress', entriesChecked: 5, entriesTotal: 5 });
    expect(messages.at(-1)).toMatchObject({
      type: 'done',
      check: { state: 'verified', verification: { ok: true, entriesChecked: 5 } },
    });
  });
});
