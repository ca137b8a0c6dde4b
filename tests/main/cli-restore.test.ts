// `npm run cli -- restore --db <path> --from <backup>`: for when the app cannot start.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import { APPLICATION_ID } from '../../src/main/db/open';
import { call } from '../helpers/call';
import { createTempApp, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const namesIn = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM clients ORDER BY id').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
};

/** A live database with two clients, a backup holding the first; the app is closed. */
async function setUp() {
  const a = createTempApp();
  app = a;
  await call(a.api, 'createClient', { name: 'In the backup' });
  const b = (await call(a.api, 'backupNow', { destination: 'app' }))!;
  await call(a.api, 'createClient', { name: 'Live' });
  a.runtime.close();
  a.database.close();
  const backups = join(a.dir, 'data', 'backups');
  return { db: a.database.path, backup: join(b.folder, b.name), backups, dir: a.dir };
}

describe('cli restore', () => {
  it('puts a verified backup in place and keeps a before-restore backup of the database', async () => {
    const { db, backup, backups } = await setUp();
    const r = await cli('restore', '--db', db, '--from', backup);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/before restore: .*before-restore\.db/);
    expect(namesIn(db)).toEqual(['In the backup']);
    const kept = readdirSync(backups).find((f) => f.endsWith('-before-restore.db'))!;
    expect(namesIn(join(backups, kept))).toEqual(['In the backup', 'Live']);
    expect(JSON.parse(readFileSync(join(backups, `${kept}.json`), 'utf8'))).toMatchObject({
      reason: 'before-restore',
      verification: { ok: true },
    });
    expect(readdirSync(join(db, '..')).filter((f) => /\.(incoming|previous|check)$/.test(f))).toEqual([]);
  });

  it('works when the database is unreadable: the broken file is kept byte for byte', async () => {
    const { db, backup, backups } = await setUp();
    writeFileSync(db, Buffer.alloc(8192, 0x5a));
    const r = await cli('restore', '--db', db, '--from', backup);
    expect(r.code, r.err).toBe(0);
    expect(namesIn(db)).toEqual(['In the backup']);
    const kept = readdirSync(backups).find((f) => f.endsWith('-before-restore-unreadable.db'))!;
    expect(readFileSync(join(backups, kept))).toEqual(Buffer.alloc(8192, 0x5a));
  });

  it('refuses the crafted file, another program’s file and a newer schema with exit 1, changing nothing', async () => {
    const { db, dir } = await setUp();
    const crafted = join(dir, 'crafted.db');
    const c = new Database(crafted);
    c.exec("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO clients (name) VALUES ('Impostor')");
    c.pragma('user_version = 6');
    c.pragma(`application_id = ${APPLICATION_ID}`);
    c.close();
    const foreign = join(dir, 'other.db');
    const f = new Database(foreign);
    f.pragma('application_id = 1234');
    f.exec('CREATE TABLE notes (x TEXT)');
    f.close();
    const newer = join(dir, 'newer.db');
    copyFileSync(db, newer);
    const n = new Database(newer);
    n.pragma('user_version = 99');
    n.close();

    const before = readFileSync(db);
    for (const [file, why] of [
      [crafted, /unknown-schema/],
      [foreign, /DB_FOREIGN/],
      [newer, /too-new/],
    ] as const) {
      const r = await cli('restore', '--db', db, '--from', file);
      expect(r.code, file).toBe(1);
      expect(r.err).toMatch(why);
      expect(readFileSync(db).equals(before)).toBe(true);
    }
    expect(existsSync(join(dir, 'data', 'backups'))).toBe(true);
    expect(readdirSync(join(dir, 'data', 'backups')).some((x) => x.includes('before-restore'))).toBe(false);
  });

  it('exit 2 on bad usage', async () => {
    const { db, dir } = await setUp();
    expect((await cli('restore', '--db', db)).code).toBe(2);
    expect((await cli('restore', '--db', db, '--from', join(dir, 'nope.db'))).code).toBe(2);
    expect((await cli('restore', '--from', db)).code).toBe(2);
  });
});

describe('cli info', () => {
  it('refuses a crafted file that carries our id and a known version but not our tables', async () => {
    const app = createTempApp();
    try {
      const path = join(app.dir, 'crafted.db');
      const db = new Database(path);
      db.exec('CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT)');
      db.pragma('user_version = 6');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.close();
      const err: string[] = [];
      expect(await runCli(['info', '--db', path], { out: () => undefined, err: (l) => err.push(l) })).toBe(1);
      expect(err.join('\n')).toContain('is not a Client Dossier database this version knows');
      // a real database of this version still answers
      expect(await runCli(['info', '--db', app.database.path], { out: () => undefined, err: () => undefined })).toBe(0);
    } finally {
      app.close();
    }
  });
});
