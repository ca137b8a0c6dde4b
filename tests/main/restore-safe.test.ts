// Issue 15 item 2: no file replaces the database unless it opens and checks as ours, and a
// failed or interrupted restore always leaves the app where it was. Real files throughout.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../src/main/db/open';
import { openAtStartup } from '../../src/main/startup';
import {
  checkOnCopy,
  previousPathOf,
  restoreMarkerOf,
  stagedPathOf,
} from '../../src/main/safety/restore-swap';
import { call } from '../helpers/call';
import { createTempApp, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
const dirs: string[] = [];
afterEach(() => {
  app?.close();
  app = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const names = async (a: TempApp) =>
  (await call(a.api, 'listClients', { search: '', status: null, includeArchived: false })).map((c) => c.name);

function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'cd-rsafe-'));
  dirs.push(d);
  return d;
}

/** The file from the issue: our id, schema version 6, and nothing but a `clients` table. */
function craftedFile(path: string): string {
  const db = new Database(path);
  db.exec('CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT)');
  db.exec("INSERT INTO clients (name) VALUES ('Impostor')");
  db.pragma('user_version = 6');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.close();
  return path;
}

/** Another program's database that never set an application_id (most do not). */
function otherProgramsFile(path: string): string {
  const db = new Database(path);
  db.exec('CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER)');
  db.exec("INSERT INTO moz_places (url) VALUES ('https://example.com')");
  db.close();
  return path;
}

async function expectRefusedAndUnchanged(a: TempApp, file: string, problem: string) {
  a.dialogs.queue.open.push([file]);
  const preview = (await call(a.api, 'previewRestore', { pickFile: true }))!;
  expect(preview.canRestore).toBe(false);
  expect(preview.verification.problem).toBe(problem);
  await expect(call(a.api, 'restoreBackup', { token: preview.token, confirm: true })).rejects.toMatchObject({
    code: 'DB_DAMAGED',
  });
  // Nothing moved: the same database answers, and writes.
  expect(await names(a)).toEqual(['Live']);
  await call(a.api, 'createClient', { name: 'Still writable' });
  const dbPath = a.runtime.control.databasePath;
  for (const leftover of [stagedPathOf(dbPath), previousPathOf(dbPath), `${dbPath}.check`, restoreMarkerOf(join(a.dir, 'data'))]) {
    expect(existsSync(leftover), leftover).toBe(false);
  }
  expect(await call(a.api, 'listBackups')).toEqual([]); // refused before the safety backup
}

describe('restore refuses what is not a Client Dossier database that opens and checks', () => {
  it('the crafted file (only a clients table, schema version 6) is refused and the app keeps working', async () => {
    app = createTempApp();
    await call(app.api, 'createClient', { name: 'Live' });
    const file = craftedFile(join(scratch(), 'crafted.db'));
    await expectRefusedAndUnchanged(app, file, 'unknown-schema');
  });

  it("another program's SQLite file without an application_id is refused", async () => {
    app = createTempApp();
    await call(app.api, 'createClient', { name: 'Live' });
    await expectRefusedAndUnchanged(app, otherProgramsFile(join(scratch(), 'places.sqlite')), 'unknown-schema');
  });

  it('a file of a newer schema is refused', async () => {
    app = createTempApp();
    await call(app.api, 'createClient', { name: 'Live' });
    const b = (await call(app.api, 'backupNow', { destination: 'app' }))!;
    const newer = join(scratch(), 'newer.db');
    copyFileSync(join(b.folder, b.name), newer);
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    rmSync(join(b.folder, b.name));
    rmSync(join(b.folder, `${b.name}.json`));
    await expectRefusedAndUnchanged(app, newer, 'too-new');
  });

  it('a failure after the swap puts the previous database back and the API keeps answering', async () => {
    let fail = true;
    app = createTempApp({
      deps: {
        testHooks: {
          afterSwap: () => {
            if (fail) throw new Error('injected: the disk went away');
          },
        },
      },
    });
    await call(app.api, 'createClient', { name: 'In the backup' });
    const b = (await call(app.api, 'backupNow', { destination: 'app' }))!;
    await call(app.api, 'createClient', { name: 'Only in the live database' });
    const preview = (await call(app.api, 'previewRestore', { backup: b.name }))!;
    expect(preview.canRestore).toBe(true);
    await expect(call(app.api, 'restoreBackup', { token: preview.token, confirm: true })).rejects.toMatchObject({
      code: 'DB_DAMAGED',
      message: expect.stringMatching(/injected.*previous database was put back/),
    });
    expect(await names(app)).toEqual(['In the backup', 'Only in the live database']);
    await call(app.api, 'createClient', { name: 'Written after the failed restore' });
    expect((await call(app.api, 'getHealth')).status).not.toBe('recovery');
    const dbPath = app.runtime.control.databasePath;
    expect(existsSync(previousPathOf(dbPath))).toBe(false);
    expect(existsSync(stagedPathOf(dbPath))).toBe(false);
    expect(existsSync(restoreMarkerOf(join(app.dir, 'data')))).toBe(false);

    // With the fault gone the same restore goes through.
    fail = false;
    const again = (await call(app.api, 'previewRestore', { backup: b.name }))!;
    await call(app.api, 'restoreBackup', { token: again.token, confirm: true });
    expect(await names(app)).toEqual(['In the backup']);
  });
});

describe('start-up finishes or undoes a restore interrupted by a crash', () => {
  /**
   * A live database ("Live") and a backup ("In the backup") checked onto <db>.incoming, as a
   * restore leaves them just before its swap; the app is closed (the crash).
   */
  async function beforeSwap() {
    const a = createTempApp();
    app = a;
    await call(a.api, 'createClient', { name: 'In the backup' });
    const b = (await call(a.api, 'backupNow', { destination: 'app' }))!;
    await call(a.api, 'createClient', { name: 'Live' });
    const dataDir = join(a.dir, 'data');
    const dbPath = a.runtime.control.databasePath;
    const v = await checkOnCopy(join(b.folder, b.name), stagedPathOf(dbPath), dataDir);
    expect(v.ok).toBe(true);
    a.runtime.close();
    a.database.close();
    writeFileSync(restoreMarkerOf(dataDir), JSON.stringify({ databasePath: dbPath, from: b.name, startedAt: '' }));
    return { dbPath, dataDir };
  }

  async function startAndRead(dbPath: string, dataDir: string, interrupted: 'finished' | 'undone') {
    const r = await openAtStartup({ databasePath: dbPath, dataDir });
    try {
      expect(r.findings.problem).toBeNull();
      // reported, so the owner knows what became of the restore
      expect(r.findings.interruptedRestore).toBe(interrupted);
      return (r.database.sqlite.prepare('SELECT name FROM clients ORDER BY id').all() as { name: string }[]).map((c) => c.name);
    } finally {
      r.database.close();
      for (const f of [stagedPathOf(dbPath), previousPathOf(dbPath), restoreMarkerOf(dataDir)]) expect(existsSync(f), f).toBe(false);
    }
  }

  it('crash after the marker, before anything moved: undone, the live database opens', async () => {
    const { dbPath, dataDir } = await beforeSwap();
    expect(await startAndRead(dbPath, dataDir, 'undone')).toEqual(['In the backup', 'Live']);
  });

  it('crash after the live database was moved aside: undone, it is put back', async () => {
    const { dbPath, dataDir } = await beforeSwap();
    renameSync(dbPath, previousPathOf(dbPath));
    expect(await startAndRead(dbPath, dataDir, 'undone')).toEqual(['In the backup', 'Live']);
  });

  it('crash after the new file was renamed into place: it checks, so the restore is finished', async () => {
    const { dbPath, dataDir } = await beforeSwap();
    renameSync(dbPath, previousPathOf(dbPath));
    renameSync(stagedPathOf(dbPath), dbPath);
    expect(await startAndRead(dbPath, dataDir, 'finished')).toEqual(['In the backup']);
  });

  it('crash after the swap with a new file that does not check: undone, the previous database is back', async () => {
    const { dbPath, dataDir } = await beforeSwap();
    renameSync(dbPath, previousPathOf(dbPath));
    rmSync(stagedPathOf(dbPath));
    craftedFile(dbPath);
    expect(await startAndRead(dbPath, dataDir, 'undone')).toEqual(['In the backup', 'Live']);
  });

  it('crash after the restore was confirmed, before the marker went: nothing to do', async () => {
    const { dbPath, dataDir } = await beforeSwap();
    rmSync(dbPath);
    renameSync(stagedPathOf(dbPath), dbPath);
    expect(await startAndRead(dbPath, dataDir, 'finished')).toEqual(['In the backup']);
  });
});

describe('start-up itself refuses a database of a schema it does not know', () => {
  it('the crafted file in place of the database is set aside, never opened as the owner’s data', async () => {
    const dir = scratch();
    const dbPath = join(dir, 'client-dossier.db');
    openDatabase(dbPath).close(); // a database existed here
    rmSync(dbPath);
    craftedFile(dbPath);
    const r = await openAtStartup({ databasePath: dbPath, dataDir: join(dir, 'data') });
    r.database.close();
    expect(r.findings.problem).toBe('unknown-schema');
    expect(r.findings.quarantinedTo).toMatch(/quarantine/);
    expect(existsSync(dbPath)).toBe(false);
  });
});
