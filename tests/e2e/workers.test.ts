import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';
import { startWorker, workerScript } from '../../src/main/workers/locate';
import { workerEntries } from '../../src/main/workers/entries';
import type { VerifyMessage } from '../../src/main/verify/worker';
import type { PortfolioMessage, PortfolioWorkerData } from '../../src/main/services/portfolio-worker';
import { computePortfolio } from '../../src/main/services/valuation-sql';
import { trailingWindow } from '../../src/shared/domain/valuation-window';
import { defaultActivityCatalogue, defaultValuationSettings } from '../../src/shared/domain/valuation';

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
  it('out/main/portfolio-worker.js values the whole portfolio as this thread does', async () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    app.services.sampleData.load('az');
    const job = {
      window: trailingWindow('2026-11-23', 12),
      currency: 'AZN',
      catalogue: defaultActivityCatalogue,
      settings: defaultValuationSettings,
      hourlyCostRateMinor: 4_000,
      observedRetention: null,
    };
    const worker = startWorker(workerScript('portfolio-worker', { bundle }), {
      workerData: { databasePath: app.database.path, job } satisfies PortfolioWorkerData,
    });
    const message = await new Promise<PortfolioMessage>((ok, fail) => {
      worker.on('message', ok);
      worker.on('error', fail);
    });
    await worker.terminate();
    const here = computePortfolio(app.database.sqlite, job);
    expect(here.clients.length).toBeGreaterThan(10);
    expect(message).toEqual({ type: 'done', result: here });
  });
});
