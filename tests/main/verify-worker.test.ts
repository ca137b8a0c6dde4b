import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTempApp, type TempApp, newClient } from '../helpers/temp-db';
import { checkFileInWorker, verifyInWorker } from '../../src/main/journal/verify-host';
import { checkDatabaseFile, type FileCheck } from '../../src/main/journal/verify';
import { ownPlace, workerScript } from '../../src/main/workers/locate';
import { workerEntries, type WorkerName } from '../../src/main/workers/entries';
import config from '../../electron.vite.config';

let app: TempApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

const root = resolve(import.meta.dirname, '../..');

function journalOf(a: TempApp, n: number) {
  const c = a.services.clients.create(newClient('Mehmet Kaya'));
  const ids = Array.from(
    { length: n },
    (_, i) => a.services.journal.add({ clientId: c.id, kind: 'call', channel: 'phone', summary: `call ${i}` }).id,
  );
  return { clientId: c.id, ids };
}

async function verifyFromTheApp(a: TempApp, clientId: number | null) {
  const job = a.services.journal.verification.start(clientId);
  await expect.poll(() => a.services.journal.verification.status(job.jobId).state, { timeout: 20_000 }).not.toBe('running');
  return a.services.journal.verification.status(job.jobId);
}

describe('the Verify button on a worker thread', () => {
  it('re-hashes the journal on its own read-only connection, stamps it with the app clock, names a changed entry', async () => {
    app = createTempApp({ deps: { workers: ownPlace() } });
    const { clientId, ids } = journalOf(app, 12);
    const ok = await verifyFromTheApp(app, null);
    expect(ok).toMatchObject({ state: 'done', entriesChecked: 12, entriesTotal: 12 });
    expect(ok.result).toMatchObject({ ok: true, entriesChecked: 12, clientsChecked: 1, checkedAt: app.clock.now.toISOString() });

    app.database.sqlite.exec('DROP TRIGGER journal_entries_no_update');
    app.database.sqlite.prepare("UPDATE journal_entries SET summary = 'changed' WHERE id = ?").run(ids[4]);
    const bad = await verifyFromTheApp(app, clientId);
    expect(bad.result?.failure).toMatchObject({ clientId, seq: 5, entryId: ids[4], reason: 'hash_mismatch' });
  });

  it('verifies in-process when the worker cannot start', async () => {
    app = createTempApp({ deps: { workers: { bundle: join(root, 'no-such-folder') } } });
    journalOf(app, 3);
    expect((await verifyFromTheApp(app, null)).result).toMatchObject({ ok: true, entriesChecked: 3 });
  });
});

describe('the verification host', () => {
  it('reports throttled progress ending at the total, and the same result as in-process', async () => {
    app = createTempApp();
    journalOf(app, 5_000);
    const request = { databasePath: app.database.path, dataDir: join(app.dir, 'data'), clientId: null };
    const seen: number[] = [];
    const inWorker = await verifyInWorker(request, { onProgress: (p) => seen.push(p.entriesChecked) });
    expect(inWorker).toMatchObject({ state: 'verified', verification: { ok: true, entriesChecked: 5_000 } });
    expect(seen.at(-1)).toBe(5_000);
    // every 2,000 entries at most, and never more often than every 100 ms: at most 3 reports
    expect(seen.length).toBeLessThanOrEqual(3);
    const fallback = await verifyInWorker(request, { script: join(root, 'no-such-worker.js') });
    expect(fallback).toMatchObject({ state: 'verified', verification: { ok: true, entriesChecked: 5_000 } });
  });

  it('checks a whole file (header, quick_check, counts, journal) on the worker, as in this thread', async () => {
    app = createTempApp();
    journalOf(app, 30);
    const copy = join(app.dir, 'copy.db');
    app.database.sqlite.exec(`VACUUM INTO '${copy}'`);
    const request = { databasePath: copy, dataDir: join(app.dir, 'data'), clientId: null };
    const seen: number[] = [];
    const inWorker = await checkFileInWorker(request, { onProgress: (p) => seen.push(p.entriesChecked) });
    expect(inWorker.inspection).toMatchObject({ ok: true, quickCheck: 'ok', counts: { journal_entries: 30, clients: 1 } });
    expect(inWorker.journal).toMatchObject({ state: 'verified', verification: { ok: true, entriesChecked: 30 } });
    expect(seen.at(-1)).toBe(30);
    const here = await checkDatabaseFile(request);
    const untimed = (j: FileCheck['journal']) =>
      j?.state === 'verified' ? { ...j, verification: { ...j.verification, checkedAt: '' } } : j;
    expect(untimed(inWorker.journal)).toEqual(untimed(here.journal));
    expect(inWorker.inspection).toEqual(here.inspection);

    // not a database: the inspection says so and no journal is read
    const junk = join(app.dir, 'junk.db');
    writeFileSync(junk, 'not a database at all, just text '.repeat(200));
    const bad = await checkFileInWorker({ ...request, databasePath: junk });
    expect(bad.inspection.ok).toBe(false);
    expect(bad.journal).toBeNull();
    // no worker: the same check in this thread
    const fallback = await checkFileInWorker(request, { script: join(root, 'no-such-worker.js') });
    expect(fallback.inspection).toEqual(here.inspection);
  });

  it('says when a file has no journal to verify', async () => {
    app = createTempApp();
    app.database.sqlite.exec('DROP TABLE journal_fts; DROP TABLE journal_attachments; DROP TABLE journal_entries');
    const request = { databasePath: app.database.path, dataDir: join(app.dir, 'data'), clientId: null };
    expect(await verifyInWorker(request)).toEqual({ state: 'no-journal' });
  });
});

describe('where the workers are', () => {
  const names = Object.keys(workerEntries) as WorkerName[];

  it('from the source tree: the .ts entries, run through tsx', () => {
    expect(ownPlace()).toEqual({ source: root });
    for (const name of names) {
      expect(workerScript(name)).toBe(join(root, workerEntries[name]));
      expect(existsSync(workerScript(name)), name).toBe(true);
    }
  });

  it('packaged: the built files beside the bundle, inside app.asar (Electron loads workers from there)', () => {
    const bundle = '/opt/Client Dossier/resources/app.asar/out/main';
    const place = ownPlace(pathToFileURL(join(bundle, 'index.js')).href);
    expect(place).toEqual({ bundle });
    expect(workerScript('verify-worker', place)).toBe(`${bundle}/verify-worker.js`);
    expect(workerScript('pdf-worker', place)).toBe(`${bundle}/pdf-worker.js`);
  });

  it('the build makes exactly these workers, with every chunk beside index.js', () => {
    const main = config.main?.build?.rollupOptions;
    const input = main?.input as Record<string, string>;
    expect(Object.keys(input).sort()).toEqual(['index', ...names].sort());
    for (const name of names) expect(input[name]).toBe(join(root, workerEntries[name]));
    expect(main?.output).toMatchObject({ chunkFileNames: '[name]-[hash].js' });
  });
});
