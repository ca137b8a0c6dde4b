import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../helpers/call';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { openAtStartup } from '../../src/main/startup';
import { listBackupsIn, backupFolderOf, verifyFile } from '../../src/main/safety/backup';
import { backupTo } from '../../src/main/db/backup-file';
import { latestSchemaVersion, migrateTo } from '../../src/main/db/open';

let app: TempApp | undefined;
const dirs: string[] = [];
afterEach(() => {
  app?.close();
  app = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cd-bk-'));
  dirs.push(d);
  return d;
};

describe('backups', () => {
  it('writes a verified, standalone copy with the backup API and a record beside it', async () => {
    app = createTempApp();
    await call(app.api, 'saveProfile', sampleProfile);
    await call(app.api, 'createClient', { name: 'Acme' });
    const info = await call(app.api, 'backupNow', { destination: 'app' });
    expect(info).not.toBeNull();
    expect(info!.verification).toMatchObject({ ok: true, quickCheck: 'ok' });
    expect(info!.counts['clients']).toBe(1);
    expect(info!.reason).toBe('manual');
    expect(info!.sha256).toMatch(/^[a-f0-9]{64}$/);
    const path = join(info!.folder, info!.name);
    expect(existsSync(`${path}.json`)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
    // A standalone file: opens read-only anywhere, not in WAL mode, nothing half-written left.
    const copy = new Database(path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT name FROM clients').get()).toEqual({ name: 'Acme' });
    copy.close();
    expect(readdirSync(info!.folder).filter((f) => f.includes('partial'))).toEqual([]);
    expect((await call(app.api, 'listBackups')).map((b) => b.name)).toEqual([info!.name]);
  });

  it('a large file is copied on the backup worker (VACUUM INTO) into the same standalone, verifiable copy', async () => {
    app = createTempApp();
    app.services.sampleData.load('tr');
    const dir = tempDir();
    const viaWorker = join(dir, 'worker.db');
    const here = join(dir, 'here.db');
    const fallback = join(dir, 'fallback.db');
    await backupTo(app.database.sqlite, viaWorker, { workerFromBytes: 0 });
    await backupTo(app.database.sqlite, here);
    await backupTo(app.database.sqlite, fallback, { workerFromBytes: 0, script: join(dir, 'no-such-worker.js') });
    const contents = (path: string) => {
      const copy = new Database(path, { readonly: true });
      try {
        return {
          mode: copy.pragma('journal_mode', { simple: true }),
          entries: copy.prepare('SELECT id, hash FROM journal_entries ORDER BY id').all(),
          invoices: copy.prepare('SELECT * FROM invoices ORDER BY id').all(),
          settings: copy.prepare('SELECT key, value FROM settings ORDER BY key').all(),
        };
      } finally {
        copy.close();
      }
    };
    const expected = contents(here);
    expect(expected.entries.length).toBeGreaterThan(100);
    expect(contents(viaWorker)).toEqual(expected);
    expect(contents(fallback)).toEqual(expected);
    const checked = await verifyFile(viaWorker, join(app.dir, 'data'));
    expect(checked).toMatchObject({ ok: true, quickCheck: 'ok', journal: { ok: true } });
    expect(readdirSync(dir).sort()).toEqual(['fallback.db', 'here.db', 'worker.db']);
  });

  it('"back up now" writes into the folder the owner picks, and does nothing when cancelled', async () => {
    const usb = tempDir();
    app = createTempApp();
    app.dialogs.queue.folder.push(usb);
    await call(app.api, 'createClient', { name: 'Acme' });
    const info = await call(app.api, 'backupNow', { destination: 'folder' });
    expect(info!.folder).toBe(usb);
    expect(readdirSync(usb).filter((f) => f.endsWith('.db'))).toHaveLength(1);
    expect(app.dialogs.requests.map((r) => r.kind)).toEqual(['folder']);
    expect(await call(app.api, 'backupNow', { destination: 'folder' })).toBeNull();
    expect(readdirSync(usb).filter((f) => f.endsWith('.db'))).toHaveLength(1);
  });

  it('the schedule backs up only when something changed, and rotates old backups away', async () => {
    app = createTempApp({ now: '2026-10-01T09:00:00.000Z' });
    const backup = app.services.backup;
    expect(await backup.runScheduled()).toBeNull(); // nothing written yet, nothing to save
    let made = 0;
    // Six weeks of use: a change and a scheduled run every 6 hours.
    for (let i = 0; i < 6 * 7 * 4; i++) {
      await call(app.api, 'createClient', { name: `Client ${i}` });
      if (await backup.runScheduled()) made++;
      expect(await backup.runScheduled()).toBeNull(); // no change since: no new backup
      app.clock.advance(6 * 3_600_000);
    }
    const kept = backup.list();
    console.log(`[rotation] ${made} scheduled backups over 6 weeks, ${kept.length} kept`);
    expect(made).toBe(168);
    // ≤ 8 from the last day, one a day for a week, one a week for a month
    expect(kept.length).toBeGreaterThanOrEqual(10);
    expect(kept.length).toBeLessThanOrEqual(8 + 7 + 5 + 1);
    const oldest = Date.parse(kept.at(-1)!.createdAt);
    expect(app.clock.now.getTime() - oldest).toBeLessThan(36 * 86_400_000);
    expect(kept.every((b) => b.verification.ok)).toBe(true);
  });

  it('a backup is taken automatically before a migration', async () => {
    const dir = tempDir();
    const path = join(dir, 'client-dossier.db');
    // A database at schema 1 with data in it, as an older app version left it.
    const old = new Database(path);
    old.pragma('journal_mode = WAL');
    migrateTo(old, 1);
    old.prepare("INSERT INTO clients (name) VALUES ('Before the update')").run();
    old.close();

    const started = await openAtStartup({
      databasePath: path,
      dataDir: join(dir, 'data'),
      now: () => new Date('2026-11-23T10:00:00Z'),
    });
    expect(started.findings.problem).toBeNull();
    expect(started.database.schemaVersion).toBe(latestSchemaVersion);
    started.database.close();
    const backups = listBackupsIn(backupFolderOf(join(dir, 'data')));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ reason: 'before-migration', schemaVersion: 1, counts: { clients: 1 } });
    expect(backups[0]!.verification.ok).toBe(true);
  });

  it('a backup record that was tampered with is not trusted; a file without one is not listed as verified', async () => {
    app = createTempApp();
    const info = (await call(app.api, 'backupNow', { destination: 'app' }))!;
    writeFileSync(join(info.folder, `${info.name}.json`), '{"name": 1}');
    expect(await call(app.api, 'listBackups')).toEqual([]);
    expect(JSON.parse(readFileSync(join(info.folder, `${info.name}.json`), 'utf8'))).toEqual({ name: 1 });
  });

  it('leftovers of an interrupted backup are cleared once they are an hour old', async () => {
    app = createTempApp();
    await call(app.api, 'createClient', { name: 'A' });
    const first = (await call(app.api, 'backupNow', { destination: 'app' }))!;
    const stale = join(first.folder, 'client-dossier-crashed.db.partial');
    writeFileSync(stale, 'half a backup');
    const fresh = join(first.folder, 'client-dossier-running.db.partial');
    writeFileSync(fresh, 'being written');
    utimesSync(stale, new Date('2026-11-23T08:00:00Z'), new Date('2026-11-23T08:00:00Z'));
    utimesSync(fresh, app.clock.now, app.clock.now);
    await call(app.api, 'backupNow', { destination: 'app' });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});
