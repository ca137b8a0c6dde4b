import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../helpers/call';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAtStartup } from '../../src/main/startup';
import { createApi } from '../../src/main/api';
import type { StartupProblem } from '../../src/shared/contract/safety';

const dirs: string[] = [];
const closers: (() => void)[] = [];
afterEach(() => {
  for (const c of closers.splice(0)) c();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Starts the app the way src/main/index.ts does, on a folder of its own. */
async function start(dir: string) {
  const databasePath = join(dir, 'client-dossier.db');
  const dataDir = join(dir, 'data');
  const now = () => new Date('2026-11-23T10:00:00Z');
  const { database, findings } = await openAtStartup({ databasePath, dataDir, now });
  const r = createApi({ database, dataDir, now }, { startup: findings, databasePath });
  closers.push(r.runtime.close);
  return { ...r, databasePath, dataDir, findings };
}

/** A folder where the app ran before: data, a verified backup, a marker; the app is closed. */
async function usedBefore() {
  const dir = mkdtempSync(join(tmpdir(), 'cd-start-'));
  dirs.push(dir);
  const first = await start(dir);
  await call(first.api, 'createClient', { name: 'Backed up' });
  await call(first.api, 'backupNow', { destination: 'app' });
  await call(first.api, 'createClient', { name: 'Only in the database' });
  first.runtime.close();
  closers.pop();
  return { dir, databasePath: first.databasePath };
}

async function expectRecovery(dir: string, problem: StartupProblem) {
  const app = await start(dir);
  const health = await call(app.api, 'getHealth');
  expect(health.status).toBe('recovery');
  expect(health.startup.problem).toBe(problem);
  expect(health.newestVerifiedBackup?.counts['clients']).toBe(1);
  // Nothing else runs on the stand-in: no write can land in a throwaway database.
  await expect(call(app.api, 'createClient', { name: 'x' })).rejects.toMatchObject({ code: 'DB_DAMAGED' });
  return { app, health };
}

describe('start-up health', () => {
  it('a first run creates the database and leaves a marker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-start-'));
    dirs.push(dir);
    const app = await start(dir);
    expect(app.findings.problem).toBeNull();
    expect(existsSync(join(dir, 'data', 'database-marker.json'))).toBe(true);
    expect((await call(app.api, 'getHealth')).status).not.toBe('recovery');
  });

  const damages: [string, StartupProblem, (path: string) => void][] = [
    ['a zero-length file', 'empty', (p) => writeFileSync(p, '')],
    ['a truncated file', 'truncated', (p) => truncateSync(p, Math.floor(statSync(p).size / 2) + 100)],
    [
      'a corrupted header',
      'not-a-database',
      (p) => {
        const b = readFileSync(p);
        b.write('NOT SQLITE AT ALL', 0, 'latin1');
        writeFileSync(p, b);
      },
    ],
    ['a file that is no database', 'not-a-database', (p) => writeFileSync(p, 'name,email\nAcme,a@b.c\n')],
    [
      'damaged pages',
      'damaged',
      (p) => {
        const b = readFileSync(p);
        b.fill(0xa5, 4096 + 8, b.length - 4096); // wipe b-tree pages, keep the header
        writeFileSync(p, b);
      },
    ],
  ];
  for (const [what, problem, damage] of damages) {
    it(`${what}: quarantined untouched, reported, newest verified backup offered and restorable`, async () => {
      const { dir, databasePath } = await usedBefore();
      damage(databasePath);
      const damagedBytes = readFileSync(databasePath);
      const { app, health } = await expectRecovery(dir, problem);
      expect(existsSync(databasePath)).toBe(false);
      expect(readFileSync(health.startup.quarantinedTo!)).toEqual(damagedBytes); // moved aside, never rewritten
      console.log(`[startup] ${what}: ${problem} → quarantined, backup offered`);

      const preview = (await call(app.api, 'previewRestore', { backup: health.newestVerifiedBackup!.name }))!;
      const result = await call(app.api, 'restoreBackup', { token: preview.token, confirm: true });
      expect(result.safetyBackup).toBeNull();
      expect((await call(app.api, 'getHealth')).status).not.toBe('recovery');
      expect((await call(app.api, 'getAppInfo')).counts['clients']).toBe(1);
      await call(app.api, 'createClient', { name: 'Works again' });
    });
  }

  it('a missing database where backups exist is reported, never started fresh', async () => {
    const { dir, databasePath } = await usedBefore();
    rmSync(databasePath);
    await expectRecovery(dir, 'missing');
    expect(existsSync(databasePath)).toBe(false);
  });

  it('a missing database with only the marker left is reported too', async () => {
    const { dir, databasePath } = await usedBefore();
    rmSync(databasePath);
    rmSync(join(dir, 'data', 'backups'), { recursive: true });
    const app = await start(dir);
    expect((await call(app.api, 'getHealth')).startup.problem).toBe('missing');
    // The owner may still choose to begin again; only then is a new file created.
    const after = await call(app.api, 'startFresh', { confirm: true });
    expect(after.status).not.toBe('recovery');
    expect(existsSync(databasePath)).toBe(true);
    expect((await call(app.api, 'getAppInfo')).counts['clients']).toBe(0);
  });

  it('a crash keeps every committed write (the -wal is replayed); a deleted -wal is detected', async () => {
    const { dir, databasePath } = await usedBefore();
    // Simulate a crash: copy the files while a connection still has writes only in the -wal.
    const live = new Database(databasePath);
    live.pragma('journal_mode = WAL');
    live.pragma('wal_autocheckpoint = 0');
    live.prepare("INSERT INTO clients (name) VALUES ('Committed just before the crash')").run();
    const crash = mkdtempSync(join(tmpdir(), 'cd-crash-'));
    dirs.push(crash);
    for (const s of ['', '-wal', '-shm']) copyFileSync(databasePath + s, join(crash, `client-dossier.db${s}`));
    live.close();
    copyFileSync(join(dir, 'data', 'database-marker.json'), join(crash, 'marker.json'));

    const withWal = mkdtempSync(join(tmpdir(), 'cd-crash-'));
    dirs.push(withWal);
    for (const s of ['', '-wal', '-shm'])
      copyFileSync(join(crash, `client-dossier.db${s}`), join(withWal, `client-dossier.db${s}`));
    const ok = await start(withWal);
    expect(ok.findings.problem).toBeNull();
    expect((await call(ok.api, 'getAppInfo')).counts['clients']).toBe(3);

    rmSync(join(crash, 'client-dossier.db-wal'));
    const app = await start(crash);
    const health = await call(app.api, 'getHealth');
    expect(health.startup.problem).toBe('wal-missing');
    expect(health.status).toBe('recovery');
    // The stale file itself can be previewed and chosen (it may be newer than the backups).
    const stale = (await call(app.api, 'previewRestore', { quarantined: true }))!;
    expect(stale.canRestore).toBe(true);
    expect(stale.counts['clients']).toBe(2);
  });
});
