import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { startWorker, workerScript } from '../../src/main/workers/locate';
import { workerEntries, type WorkerName } from '../../src/main/workers/entries';
import type { VerifyMessage } from '../../src/main/journal/verify.worker';
import type { PortfolioMessage, PortfolioWorkerData } from '../../src/main/valuation/portfolio.worker';
import type { BackupMessage, BackupWorkerData } from '../../src/main/db/backup.worker';
import type { ImportMessage, ImportWorkerData } from '../../src/main/transfer/import.worker';
import Database from 'better-sqlite3';
import { computePortfolio } from '../../src/main/valuation/sql';
import { trailingWindow } from '../../src/shared/domain/valuation-window';
import { defaultActivityCatalogue, defaultValuationSettings } from '../../src/shared/domain/valuation';

// The built workers themselves (not the in-process fallback that would hide a broken bundle).
const bundle = resolve(import.meta.dirname, '../../out/main');

let app: TempApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

/** Starts a built worker and resolves with its first message. */
async function firstMessage<M>(name: WorkerName, workerData: unknown): Promise<M> {
  const worker = startWorker(workerScript(name, { bundle }), { workerData });
  try {
    return await new Promise<M>((ok, fail) => {
      worker.on('message', ok);
      worker.on('error', fail);
    });
  } finally {
    await worker.terminate();
  }
}

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
    const message = await firstMessage<PortfolioMessage>('portfolio-worker', {
      databasePath: app.database.path,
      job,
    } satisfies PortfolioWorkerData);
    const here = computePortfolio(app.database.sqlite, job);
    expect(here.clients.length).toBeGreaterThan(10);
    expect(message).toEqual({ type: 'done', result: here });
  });

  it('out/main/backup-worker.js copies the live database into a new file', async () => {
    app = createTempApp();
    const c = app.services.clients.create(newClient('Leyla Əliyeva'));
    app.services.journal.add({ clientId: c.id, kind: 'meeting', channel: 'in_person', summary: 'görüş' });
    const dest = join(app.dir, 'copy.db');
    const message = await firstMessage<BackupMessage>('backup-worker', {
      source: app.database.path,
      dest,
    } satisfies BackupWorkerData);
    expect(message).toEqual({ type: 'done' });
    const copy = new Database(dest, { readonly: true });
    expect(copy.prepare('SELECT summary FROM journal_entries').pluck().all()).toEqual(['görüş']);
    copy.close();
  });
  it('out/main/import-worker.js writes checked rows through the money service, all or none', async () => {
    app = createTempApp();
    app.services.settings.saveProfile(sampleProfile);
    const c = app.services.clients.create(newClient('Ayşe Yılmaz'));
    const row = (number: string) => ({
      clientId: c.id,
      number,
      issuedOn: '2026-03-01',
      dueOn: null,
      amountMinor: 500,
      listPriceMinor: null,
      currency: null,
      description: '',
    });
    const data = (rows: Record<string, unknown>[]): ImportWorkerData => ({
      databasePath: app!.database.path,
      dataDir: join(app!.dir, 'data'),
      kind: 'invoices',
      rows,
      at: '2026-11-23T10:00:00.000Z',
    });
    expect(await firstMessage<ImportMessage>('import-worker', data([row('E-1'), row('E-2')]))).toEqual({ type: 'done' });
    const failed = await firstMessage<ImportMessage>('import-worker', data([row('E-3'), row('E-1')]));
    expect(failed).toMatchObject({ type: 'failed', code: 'CONFLICT' });
    expect(app.database.sqlite.prepare('SELECT number FROM invoices ORDER BY id').pluck().all()).toEqual(['E-1', 'E-2']);
  });
});
