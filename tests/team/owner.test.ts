// For the owner, against a real PostgreSQL: the team's people pulled into a replica (rates only for
// owners), cost rates set by owners alone, every export logged through log_access (an offline one
// later, in order), and the log readable by owners only — PostgreSQL refuses staff.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { runCli } from '../../src/main/cli';
import { pullPeople } from '../../src/main/team/sync/people';
import { pendingAccesses, sendAccessLog } from '../../src/main/team/access-log';
import { authorName } from '../../src/main/journal/author';
import { queueState, teamReplicaKey } from '../../src/main/team/sync/replica';
import { syncOnce } from '../../src/main/team/sync';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { teamDb, type TeamDb } from './team-db';

let db: TeamDb;
let owner: Awaited<ReturnType<TeamDb['person']>>;
let staff: Awaited<ReturnType<TeamDb['person']>>;
let ownerConn: pg.Client;
let staffConn: pg.Client;
let dir: string;
const apps: TempApp[] = [];

beforeAll(async () => {
  db = await teamDb();
  owner = await db.person('Gülşen Öztürk', 'owner');
  staff = await db.person('Ayşe Kaya', 'staff');
  ownerConn = await owner.connect();
  staffConn = await staff.connect();
  dir = mkdtempSync(join(tmpdir(), 'cd-team-owner-'));
});
afterEach(() => {
  for (const a of apps.splice(0)) a.close();
});
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A person's app file joined to this team (the setting `team join` writes). */
function replicaOf(p: { login: string; name: string; role: string }) {
  const app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  apps.push(app);
  app.services.settings.saveProfile({ ...sampleProfile, ownerName: 'Gülşen Öztürk' });
  app.database.sqlite.prepare("INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, '', '')").run(
    teamReplicaKey,
    JSON.stringify({
      host: '127.0.0.1',
      port: 5432,
      database: 'x',
      teamCreatedAt: '2026-11-01T00:00:00.000Z',
      roleName: p.login,
      personName: p.name,
      role: p.role,
      joinedAt: '2026-11-01T00:00:00.000Z',
    }),
  );
  return app;
}

const logRows = async () =>
  (
    await ownerConn.query<{ role_name: string; action: string; detail: string }>(
      'SELECT role_name, action, detail FROM dossier.access_log ORDER BY id',
    )
  ).rows;

describe('the owner’s team tools on PostgreSQL', () => {
  it('set-rate: an owner sets and clears a rate; staff are refused by the server, and cannot read rates', async () => {
    const set = await cli('team', 'set-rate', '--url', owner.url, '--person', staff.login, '--rate', '450.50');
    expect(set.code, set.err).toBe(0);
    expect(set.out).toContain('cost rate 450.50 an hour');
    const rate = await db.admin.query('SELECT cost_rate_minor FROM dossier.people WHERE role_name = $1', [staff.login]);
    expect(rate.rows).toEqual([{ cost_rate_minor: '45050' }]);

    const refused = await cli('team', 'set-rate', '--url', staff.url, '--person', staff.login, '--rate', '9000');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/only an owner may set cost rates: permission denied/);
    await expect(staffConn.query(`SELECT dossier.set_cost_rate($1, 1)`, [staff.login])).rejects.toThrow(/permission denied/);
    await expect(staffConn.query('UPDATE dossier.people SET cost_rate_minor = 1')).rejects.toThrow(/permission denied/);
    await expect(staffConn.query('SELECT cost_rate_minor FROM dossier.people')).rejects.toThrow(/permission denied/);
    // names and roles stay readable to staff: an entry's author is shown by name
    expect((await staffConn.query('SELECT name, role FROM dossier.people ORDER BY id')).rows).toEqual([
      { name: 'Gülşen Öztürk', role: 'owner' },
      { name: 'Ayşe Kaya', role: 'staff' },
    ]);
    expect(rate.rows).toEqual([{ cost_rate_minor: '45050' }]);

    expect((await cli('team', 'set-rate', '--url', owner.url, '--person', 'nobody_here', '--rate', '1')).err).toMatch(
      /no person/,
    );
    expect((await cli('team', 'set-rate', '--url', owner.url, '--person', staff.login)).code).toBe(2);
    expect((await cli('team', 'set-rate', '--url', owner.url, '--person', staff.login, '--rate', '-3')).code).toBe(2);
  });

  it('add-person --cost-rate stores the rate; pullPeople mirrors the people, rates only into an owner’s replica', async () => {
    const added = await cli(
      'team',
      'add-person',
      '--url',
      db.adminUrl,
      '--name',
      'Mehmet Demir',
      '--role',
      'staff',
      '--login',
      `m_${owner.login}`,
      '--cost-rate',
      '300',
      '--json',
    );
    expect(added.code, added.err).toBe(0);
    const login = `m_${owner.login}`;
    try {
      await cli('team', 'set-rate', '--url', owner.url, '--person', staff.login, '--rate', '600');
      const mine = replicaOf({ login: owner.login, name: 'Gülşen Öztürk', role: 'owner' });
      expect(await pullPeople(mine.services.ctx, ownerConn)).toEqual({ pulled: 3 });
      const rows = () =>
        mine.database.sqlite.prepare('SELECT role_name, name, role, cost_rate_minor FROM team_people ORDER BY name').all();
      expect(rows()).toEqual([
        { role_name: staff.login, name: 'Ayşe Kaya', role: 'staff', cost_rate_minor: 60_000 },
        { role_name: owner.login, name: 'Gülşen Öztürk', role: 'owner', cost_rate_minor: null },
        { role_name: login, name: 'Mehmet Demir', role: 'staff', cost_rate_minor: 30_000 },
      ]);
      expect(authorName(mine.database.sqlite, staff.login)).toBe('Ayşe Kaya');
      expect(authorName(mine.database.sqlite, 'Someone Else')).toBe('Someone Else');
      // nothing changed: nothing is written again
      expect(await pullPeople(mine.services.ctx, ownerConn)).toEqual({ pulled: 0 });
      // a rate cleared on the server is cleared here on the next pull
      expect((await cli('team', 'set-rate', '--url', owner.url, '--person', login, '--clear')).code).toBe(0);
      await pullPeople(mine.services.ctx, ownerConn);
      expect(rows()[2]).toMatchObject({ name: 'Mehmet Demir', cost_rate_minor: null });

      const theirs = replicaOf({ login: staff.login, name: 'Ayşe Kaya', role: 'staff' });
      await pullPeople(theirs.services.ctx, staffConn);
      const seen = theirs.database.sqlite.prepare('SELECT name, cost_rate_minor FROM team_people ORDER BY name').all();
      expect(seen).toEqual([
        { name: 'Ayşe Kaya', cost_rate_minor: null },
        { name: 'Gülşen Öztürk', cost_rate_minor: null },
        { name: 'Mehmet Demir', cost_rate_minor: null },
      ]);
    } finally {
      await db.admin.query('DELETE FROM dossier.people WHERE role_name = $1', [login]);
      await db.admin.query(`DROP ROLE ${db.admin.escapeIdentifier(login)}`);
    }
  });

  it('an export in a staff replica is logged by log_access under their login; only the owner reads the log', async () => {
    const before = (await logRows()).length;
    const app = replicaOf({ login: staff.login, name: 'Ayşe Kaya', role: 'staff' });
    app.services.clients.create(newClient('Demir Ltd'));
    app.dialogs.queue.folder.push(dir);
    const csv = await app.api.exportCsv({ table: 'clients' });
    expect(csv?.rows).toBe(1);
    expect(pendingAccesses(app.database.sqlite)).toBe(1);
    expect(await sendAccessLog(app.services.ctx, staffConn)).toEqual({ sent: 1 });
    expect(pendingAccesses(app.database.sqlite)).toBe(0);
    const rows = (await logRows()).slice(before);
    expect(rows).toEqual([{ role_name: staff.login, action: 'export.csv', detail: 'clients-2026-11-23.csv: 1 rows' }]);

    const log = await cli('team', 'log', '--url', owner.url, '--json');
    expect(log.code, log.err).toBe(0);
    const read = JSON.parse(log.out) as { roleName: string; name: string; action: string; detail: string }[];
    expect(read[0]).toMatchObject({ roleName: staff.login, name: 'Ayşe Kaya', action: 'export.csv' });
    expect((await cli('team', 'log', '--url', owner.url)).out).toContain(`Ayşe Kaya (${staff.login})  export.csv`);

    // staff: PostgreSQL refuses reading, changing or removing the log
    const refused = await cli('team', 'log', '--url', staff.url);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/permission denied/);
    await expect(staffConn.query('SELECT * FROM dossier.access_log')).rejects.toThrow(/permission denied/);
    await expect(staffConn.query("UPDATE dossier.access_log SET detail = ''")).rejects.toThrow(/permission denied/);
    await expect(staffConn.query('DELETE FROM dossier.access_log')).rejects.toThrow(/permission denied/);
    // not even an owner changes it
    await expect(ownerConn.query('DELETE FROM dossier.access_log')).rejects.toThrow(/permission denied/);
  });

  it('exports made offline wait in the queue and reach the log on the next sync, in order, saying when they were made', async () => {
    const before = (await logRows()).length;
    const app = replicaOf({ login: staff.login, name: 'Ayşe Kaya', role: 'staff' });
    const c = app.services.clients.create(newClient('Kaya AŞ'));
    app.services.journal.add({
      clientId: c.id,
      kind: 'call',
      channel: 'phone',
      summary: 'Arama',
      occurredAt: '2026-11-20T09:00:00.000Z',
    });
    // the client and the call reach the team first (a queued entry is in no export), then the
    // connection goes: nothing is sent, the exports wait
    await syncOnce(app.services.ctx, staffConn);
    expect(queueState(app.database.sqlite).pending).toBe(0);
    const onServer = app.database.sqlite.prepare('SELECT id FROM clients WHERE name = ?').get('Kaya AŞ') as { id: number };
    expect(onServer.id).toBeGreaterThan(0);
    const dossier = await app.services.reports.dossierPdf({
      clientId: onServer.id,
      from: null,
      to: null,
      kinds: [],
      language: 'tr',
      acceptFailedVerification: false,
    });
    expect(dossier.status).toBe('rendered');
    app.dialogs.queue.folder.push(dir);
    await app.api.exportCsv({ table: 'journal' });
    expect(pendingAccesses(app.database.sqlite)).toBe(2);
    expect((await app.api.getPeopleCounts(undefined)).accessLogPending).toBe(2);
    expect((await logRows()).length).toBe(before);

    app.clock.advance(10 * 60_000); // back online ten minutes later
    expect(await sendAccessLog(app.services.ctx, staffConn)).toEqual({ sent: 2 });
    const rows = (await logRows()).slice(before);
    expect(rows.map((r) => [r.role_name, r.action])).toEqual([
      [staff.login, 'export.dossier'],
      [staff.login, 'export.csv'],
    ]);
    expect(rows[0]!.detail).toMatch(/^1 entries, \d+ pages; made offline at 2026-11-23T10:00:00.000Z$/);
    expect(rows[1]!.detail).toBe('journal-2026-11-23.csv: 1 rows; made offline at 2026-11-23T10:00:00.000Z');
    expect(pendingAccesses(app.database.sqlite)).toBe(0);
    expect(await sendAccessLog(app.services.ctx, staffConn)).toEqual({ sent: 0 });
  });

  it('a single-user file logs nothing', async () => {
    const app = createTempApp();
    apps.push(app);
    app.services.clients.create(newClient('Demir Ltd'));
    app.dialogs.queue.folder.push(dir);
    await app.api.exportCsv({ table: 'clients' });
    expect(pendingAccesses(app.database.sqlite)).toBe(0);
  });
});
