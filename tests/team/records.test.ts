// Versioned records between team replicas and a real PostgreSQL server: a change made on two
// computers to the same record is reported and settled by the person, never lost; records made
// offline get the server's ids with every reference renumbered; team-wide settings travel and
// this computer's own stay; an accountant reads money, not cases, and cannot change a client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { z } from 'zod';
import { invoiceFieldsSchema, paymentFieldsSchema } from '../../src/shared/contract/money';
import { catalogues } from '../../src/shared/i18n';
import { listConflicts, listRecordRefusals, pullRecords, pushRecords, resolveConflict } from '../../src/main/team/sync/records';
import { createCaseStore, emptyData } from '../../src/main/offboarding/store';
import { setClientAccess } from '../../src/main/team/people';
import { writeImportRows } from '../../src/main/transfer/import-rows';
import { newClient, sampleProfile } from '../helpers/temp-db';
import { replicaApp, type ReplicaApp } from './replica-app';
import { teamDb, type TeamDb } from './team-db';

let db: TeamDb;
const apps: ReplicaApp[] = [];
beforeAll(async () => {
  db = await teamDb();
});
afterAll(async () => {
  for (const a of apps) a.close();
  await db?.close();
});

async function replica(name: string, role: 'owner' | 'staff' | 'accountant') {
  const a = await replicaApp(db, name, role);
  apps.push(a);
  return a;
}
async function sync(a: ReplicaApp, c: pg.ClientBase = a.c) {
  const pushed = await pushRecords(a.ctx, c);
  const pulled = await pullRecords(a.ctx, c);
  return { pushed: pushed.pushed, pulled: pulled.pulled, conflicts: pushed.conflicts + pulled.conflicts };
}
const serverClient = async (id: number) =>
  (await db.admin.query<{ phone: string; version: number }>('SELECT phone, version FROM dossier.clients WHERE id = $1', [id]))
    .rows[0]!;
const local = <T>(a: ReplicaApp, sql: string, ...args: unknown[]) => a.database.sqlite.prepare(sql).all(...args) as T[];
// a case as the offboarding store writes it (the wizard's journal entry is the outbox's, sync/journal.ts)
const openCase = (a: ReplicaApp, clientId: number) =>
  createCaseStore(a.ctx).insert(clientId, 'collect_payment', 'invoices', emptyData(), a.clock.now.toISOString());
const setPhone = (a: ReplicaApp, id: number, phone: string) => {
  const cur = a.services.clients.get(id);
  a.services.clients.update(id, newClient(cur.name, { phone }));
};

describe('a conflicting change to a client', () => {
  it('is reported, not lost, and settled by the person: keeping mine, then taking theirs', async () => {
    const a = await replica('Ayşe Staff', 'staff');
    const b = await replica('Berk Staff', 'staff');
    const x = await db.client('Kaya Ltd');
    await sync(a);
    await sync(b);
    expect(a.services.clients.get(x).name).toBe('Kaya Ltd');
    expect(b.services.clients.get(x).name).toBe('Kaya Ltd');

    setPhone(a, x, '+90 111');
    expect((await sync(a)).pushed).toBe(1);
    expect(await serverClient(x)).toEqual({ phone: '+90 111', version: 2 });

    setPhone(b, x, '+90 222');
    const round = await sync(b);
    expect(round.conflicts).toBe(1);
    // B's value is still here, A's is on the server, both are in the conflict
    expect(b.services.clients.get(x).phone).toBe('+90 222');
    expect((await serverClient(x)).phone).toBe('+90 111');
    const [conflict, ...more] = listConflicts(b.database.sqlite);
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({
      entity: 'client',
      entityId: x,
      label: 'Kaya Ltd',
      clientId: x,
      fields: [{ field: 'phone', mine: '+90 222', theirs: '+90 111' }],
      baseVersion: 1,
      theirVersion: 2,
      theirAuthor: a.person.login,
    });
    // syncing again neither pushes it nor duplicates the conflict
    expect(await sync(b)).toMatchObject({ pushed: 0, conflicts: 0 });
    expect(listConflicts(b.database.sqlite)).toHaveLength(1);
    expect((await serverClient(x)).phone).toBe('+90 111');

    await resolveConflict(b.ctx, b.c, conflict!.id, 'mine');
    expect(await serverClient(x)).toEqual({ phone: '+90 222', version: 3 });
    expect(listConflicts(b.database.sqlite)).toEqual([]);
    expect(local(b, 'SELECT team_version, team_dirty FROM clients WHERE id = ?', x)).toEqual([
      { team_version: 3, team_dirty: 0 },
    ]);
    const revision = local<{ reason: string; before: string; after: string }>(
      b,
      "SELECT reason, before, after FROM record_revisions WHERE entity = 'client' AND entity_id = ?",
      x,
    );
    expect(revision).toHaveLength(1);
    expect(revision[0]!.reason).toBe('team-conflict:mine');
    expect(JSON.parse(revision[0]!.before)).toMatchObject({ phone: '+90 111' });
    expect(JSON.parse(revision[0]!.after)).toMatchObject({ phone: '+90 222' });
    expect(local(b, 'SELECT resolution FROM team_conflicts WHERE id = ?', conflict!.id)).toEqual([{ resolution: 'mine' }]);
    await sync(a);
    expect(a.services.clients.get(x).phone).toBe('+90 222');

    // the other way: B takes A's value
    setPhone(a, x, '+90 333');
    await sync(a);
    setPhone(b, x, '+90 444');
    expect((await sync(b)).conflicts).toBe(1);
    const [second] = listConflicts(b.database.sqlite);
    await resolveConflict(b.ctx, b.c, second!.id, 'theirs');
    expect(b.services.clients.get(x).phone).toBe('+90 333');
    expect(local(b, 'SELECT team_version, team_dirty FROM clients WHERE id = ?', x)).toEqual([
      { team_version: 4, team_dirty: 0 },
    ]);
    expect(await serverClient(x)).toEqual({ phone: '+90 333', version: 4 });
    expect(listConflicts(b.database.sqlite)).toEqual([]);
    expect(await sync(b)).toMatchObject({ pushed: 0, conflicts: 0 });
    await expect(resolveConflict(b.ctx, b.c, second!.id, 'mine')).rejects.toThrow(/settled already/);
  });
});

describe('records made offline', () => {
  it('get the server ids on push, with every reference renumbered (an outbox entry too)', async () => {
    const a = await replica('Offline Owner', 'owner');
    const client = a.services.clients.create(newClient('Offline Client'));
    expect(client.id).toBeLessThan(0);
    const invoice = a.services.money.createInvoice(
      client.id,
      invoiceFieldsSchema.parse({ number: 'OFF-1', issuedOn: '2026-11-01', amountMinor: 50_000 }),
    );
    expect(invoice.id).toBeLessThan(0);
    a.services.money.addPayment(invoice.id, paymentFieldsSchema.parse({ paidOn: '2026-11-05', amountMinor: 20_000 }));
    const payment = local<{ id: number }>(a, 'SELECT id FROM payments')[0]!;
    expect(payment.id).toBeLessThan(0);
    const kase = { id: openCase(a, client.id) };
    expect(kase.id).toBeLessThan(0);
    const second = a.services.clients.create(newClient('Second Offline'));
    expect(second.id).toBe(client.id - 1);
    // a case whose data names another case made offline (escalatedToCaseId)
    const later = createCaseStore(a.ctx).insert(
      second.id,
      'part_ways',
      'valuation',
      { ...emptyData(), escalatedToCaseId: kase.id },
      a.clock.now.toISOString(),
    );
    expect(later).toBe(kase.id - 1);
    a.database.sqlite
      .prepare(
        "INSERT INTO team_outbox (device_uid, client_id, payload, queued_at) VALUES ('dev-1', ?, ?, '2026-11-23T10:00:00.000Z')",
      )
      .run(client.id, JSON.stringify({ clientId: client.id, caseId: kase.id, kind: 'call', summary: 'queued offline' }));

    const round = await sync(a);
    expect(round.pushed).toBeGreaterThanOrEqual(5);
    const server = await db.admin.query<{ id: string; name: string }>(
      "SELECT id, name FROM dossier.clients WHERE name = 'Offline Client'",
    );
    const cid = Number(server.rows[0]!.id);
    const inv = (
      await db.admin.query<{ id: string; client_id: string }>("SELECT id, client_id FROM dossier.invoices WHERE number = 'OFF-1'")
    ).rows[0]!;
    expect(Number(inv.client_id)).toBe(cid);
    const iid = Number(inv.id);
    const pay = (await db.admin.query<{ id: string; invoice_id: string }>('SELECT id, invoice_id FROM dossier.payments')).rows;
    expect(pay.map((p) => Number(p.invoice_id))).toEqual([iid]);
    const cases = (
      await db.admin.query<{ id: string; client_id: string; data: string }>(
        'SELECT id, client_id, data FROM dossier.offboarding_cases ORDER BY id',
      )
    ).rows;
    const sid = Number(
      (await db.admin.query<{ id: string }>("SELECT id FROM dossier.clients WHERE name = 'Second Offline'")).rows[0]!.id,
    );
    expect(cases.map((k) => Number(k.client_id))).toEqual([cid, sid]);
    const caseId = Number(cases[0]!.id);
    expect(JSON.parse(cases[1]!.data)).toMatchObject({ escalatedToCaseId: caseId });

    // here: the same ids, every reference following, nothing negative left
    expect(a.services.clients.get(cid).name).toBe('Offline Client');
    expect(local(a, 'SELECT id, client_id, team_version, team_dirty FROM invoices')).toEqual([
      { id: iid, client_id: cid, team_version: 1, team_dirty: 0 },
    ]);
    expect(local(a, 'SELECT id, invoice_id FROM payments')).toEqual([{ id: Number(pay[0]!.id), invoice_id: iid }]);
    expect(
      local(a, "SELECT id, client_id, json_extract(data, '$.escalatedToCaseId') AS e FROM offboarding_cases ORDER BY id"),
    ).toEqual([
      { id: caseId, client_id: cid, e: null },
      { id: Number(cases[1]!.id), client_id: sid, e: caseId },
    ]);
    expect(
      local<{ client_id: number }>(
        a,
        'SELECT DISTINCT client_id FROM client_status_changes WHERE client_id IN (?, ?)',
        cid,
        client.id,
      ),
    ).toEqual([{ client_id: cid }]);
    const outbox = local<{ client_id: number; payload: string }>(a, 'SELECT client_id, payload FROM team_outbox')[0]!;
    expect(outbox.client_id).toBe(cid);
    expect(JSON.parse(outbox.payload)).toMatchObject({ clientId: cid, caseId, summary: 'queued offline' });
    for (const t of ['clients', 'invoices', 'payments', 'offboarding_cases'])
      expect(local(a, `SELECT id FROM ${t} WHERE id < 0 OR team_version IS NULL`), t).toEqual([]);
    expect(a.database.sqlite.pragma('foreign_key_check')).toEqual([]);
    // a new record after the push starts below zero again, and a second sync sends nothing twice
    expect(a.services.clients.create(newClient('After push')).id).toBe(-1);
    expect((await sync(a)).pushed).toBe(1);
    expect(Number((await db.admin.query<{ n: string }>('SELECT count(*) AS n FROM dossier.invoices')).rows[0]!.n)).toBe(1);
  });

  it('a lost reply on create makes one row: the retry finds the row the first attempt made', async () => {
    const a = await replica('Lost Reply', 'staff');
    const made = a.services.clients.create(newClient('Only Once Ltd'));
    let lost = false;
    const flaky = {
      query: async (text: string, values?: unknown[]) => {
        const r = await a.c.query(text, values);
        if (!lost && text.startsWith('INSERT INTO dossier.clients')) {
          lost = true;
          throw Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });
        }
        return r;
      },
    } as unknown as pg.ClientBase;
    await expect(pushRecords(a.ctx, flaky)).rejects.toThrow(/Connection terminated/);
    expect(lost).toBe(true);
    // the row is on the server; here it still waits with its negative id
    expect(a.services.clients.get(made.id).name).toBe('Only Once Ltd');
    expect((await pushRecords(a.ctx, a.c)).pushed).toBe(1);
    const rows = (
      await db.admin.query<{ id: string; version: number }>(
        "SELECT id, version FROM dossier.clients WHERE name = 'Only Once Ltd'",
      )
    ).rows;
    expect(rows).toHaveLength(1);
    expect(local(a, "SELECT id, team_version, team_dirty FROM clients WHERE name = 'Only Once Ltd'")).toEqual([
      { id: Number(rows[0]!.id), team_version: 1, team_dirty: 0 },
    ]);
    // the uid kept for the retry is forgotten with the negative id
    expect(local(a, "SELECT key FROM settings WHERE key LIKE 'team.pendingUid.%'")).toEqual([]);
    // and the same uid sent twice straight to the server makes one row
    const uid = '6f1c1b4e-3d5a-4b8e-9a57-2b2f64d1c0aa';
    const insert = `INSERT INTO dossier.clients (uid, name) VALUES ($1, 'Twice') ON CONFLICT (uid) DO NOTHING RETURNING id`;
    expect((await a.c.query(insert, [uid])).rows).toHaveLength(1);
    expect((await a.c.query(insert, [uid])).rows).toHaveLength(0);
    expect((await db.admin.query("SELECT id FROM dossier.clients WHERE name = 'Twice'")).rows).toHaveLength(1);
  });
});

describe('pulling', () => {
  it('pages through every change in order, and a client the person may no longer see simply stops arriving', async () => {
    await db.admin.query("INSERT INTO dossier.clients (name) SELECT 'Bulk ' || n FROM generate_series(1, 1200) AS n");
    const a = await replica('Bulk Reader', 'staff');
    await sync(a);
    expect(local<{ n: number }>(a, "SELECT count(*) AS n FROM clients WHERE name LIKE 'Bulk %'")[0]!.n).toBe(1200);
    const top = await db.admin.query<{ m: string }>('SELECT max(change_seq) AS m FROM dossier.clients');
    expect(local(a, "SELECT value FROM settings WHERE key = 'team.watermark.clients'")).toEqual([{ value: top.rows[0]!.m }]);

    const kept = await db.client('Kept Away Later');
    await sync(a);
    expect(a.services.clients.get(kept).name).toBe('Kept Away Later');
    await setClientAccess(db.admin, { clientId: kept, login: a.person.login, access: 'deny' });
    await db.admin.query("UPDATE dossier.clients SET phone = '+90 999' WHERE id = $1", [kept]);
    expect((await sync(a)).pulled).toBe(0);
    // what was here stays as last seen; the change made after the person was kept away never arrives
    expect(a.services.clients.get(kept).phone).toBe('');
  });

  it('a CSV import in a replica numbers its clients below zero, and they reach the server', async () => {
    const a = await replica('Importer', 'staff');
    writeImportRows(
      a.ctx,
      a.services.money,
      'clients',
      [newClient('Imported One'), newClient('Imported Two')],
      a.clock.now.toISOString(),
    );
    const ids = local<{ id: number }>(a, "SELECT id FROM clients WHERE name LIKE 'Imported %' ORDER BY name").map((r) => r.id);
    expect(ids.every((id) => id < 0)).toBe(true);
    expect((await sync(a)).pushed).toBe(2);
    const server = await db.admin.query<{ id: string }>(
      "SELECT id FROM dossier.clients WHERE name LIKE 'Imported %' ORDER BY name",
    );
    expect(
      local<{ id: number }>(a, "SELECT id FROM clients WHERE name LIKE 'Imported %' ORDER BY name").map((r) => r.id),
    ).toEqual(server.rows.map((r) => Number(r.id)));
  });
});

describe('an invoice number used on two computers', () => {
  it('is refused as a duplicate, kept here, and goes through once renumbered; the other invoice then arrives', async () => {
    const a = await replica('Number One', 'staff');
    const b = await replica('Number Two', 'staff');
    const x = await db.client('Numbered Client');
    await sync(a);
    await sync(b);
    const fields = (number: string) =>
      invoiceFieldsSchema.parse({ number, issuedOn: '2026-11-10', amountMinor: 7_000, currency: 'TRY' });
    a.services.money.createInvoice(x, fields('DUP-1'));
    await sync(a);
    const mine = b.services.money.createInvoice(x, fields('DUP-1'));
    await sync(b);
    expect(listRecordRefusals(b.database.sqlite)).toEqual([
      expect.objectContaining({ entity: 'invoice', entityId: mine.id, reason: 'duplicate' }),
    ]);
    expect(local(b, "SELECT id, number FROM invoices WHERE number LIKE 'DUP-%'")).toEqual([{ id: mine.id, number: 'DUP-1' }]);
    b.services.money.correctInvoice(mine.id, fields('DUP-2'), 'taken by a colleague');
    await sync(b);
    expect(listRecordRefusals(b.database.sqlite)).toEqual([]);
    expect(
      local<{ number: string }>(b, "SELECT number FROM invoices WHERE id > 0 AND number LIKE 'DUP-%' ORDER BY number").map(
        (r) => r.number,
      ),
    ).toEqual(['DUP-1', 'DUP-2']);
    // the correction's history followed the invoice to its server id
    const id2 = local<{ id: number }>(b, "SELECT id FROM invoices WHERE number = 'DUP-2'")[0]!.id;
    expect(local(b, "SELECT reason FROM record_revisions WHERE entity = 'invoice' AND entity_id = ?", id2)).toEqual([
      { reason: 'taken by a colleague' },
    ]);
  });
});

describe('settings', () => {
  it('team-wide ones round-trip; this computer’s own never leave it', async () => {
    const owner = await replica('Settings Owner', 'owner');
    const staff = await replica('Settings Staff', 'staff');
    owner.services.settings.saveProfile({ ...sampleProfile, businessName: 'Team Atölye' });
    owner.services.settings.store.write('appLockIdleMinutes', z.number(), 15);
    owner.services.settings.store.write('timestampQueue', z.array(z.unknown()), []);
    await sync(owner);
    const keys = (await db.admin.query<{ key: string }>('SELECT key FROM dossier.settings ORDER BY key')).rows.map((r) => r.key);
    expect(keys).toContain('profile');
    expect(
      keys.filter((k) => !['profile', 'valuation', 'activityCatalogue', 'deliveryHours', 'conversionRates'].includes(k)),
    ).toEqual([]);

    staff.services.settings.store.write('appLockIdleMinutes', z.number(), 5);
    // joining copied this person's own profile in (for the app's language): the team's replaces it, their language stays
    staff.services.settings.saveProfile({ ...sampleProfile, businessName: 'My own business', language: 'tr' });
    await sync(staff);
    expect(staff.services.settings.profile()?.businessName).toBe('Team Atölye');
    expect(staff.services.settings.profile()?.language).toBe('tr');
    expect(listRecordRefusals(staff.database.sqlite)).toEqual([]);
    expect(listConflicts(staff.database.sqlite)).toEqual([]);
    expect(staff.services.settings.store.read('appLockIdleMinutes', z.number())).toBe(5);

    owner.services.settings.saveProfile({ ...sampleProfile, businessName: 'Team Atölye 2', language: 'az' });
    await sync(owner);
    await sync(staff);
    expect(staff.services.settings.profile()?.businessName).toBe('Team Atölye 2');
    expect(staff.services.settings.profile()?.language).toBe('tr');
    expect(
      (await db.admin.query<{ version: number }>("SELECT version FROM dossier.settings WHERE key = 'profile'")).rows[0]!.version,
    ).toBe(2);

    // a staff member may read the team's settings but not change them: refused, kept here
    staff.services.settings.saveProfile({ ...sampleProfile, businessName: 'Staff Edit' });
    await sync(staff);
    expect(listRecordRefusals(staff.database.sqlite)).toEqual([
      expect.objectContaining({ entity: 'setting', entityKey: 'profile', reason: 'forbidden' }),
    ]);
    expect(staff.services.settings.profile()?.businessName).toBe('Staff Edit');
  });
});

describe('a team setting changed by two owners', () => {
  it('is a conflict on the changed fields, settled by taking theirs, then by keeping mine', async () => {
    const a = await replica('Owner Ahmet', 'owner');
    const b = await replica('Owner Banu', 'owner');
    await sync(a);
    if (!a.services.settings.profile()) {
      a.services.settings.saveProfile(sampleProfile);
      await sync(a);
    }
    await sync(b);
    const base = b.services.settings.profile()!;
    expect(base.businessName).toBeTruthy();
    a.services.settings.saveProfile({ ...base, businessName: 'Ahmet & Co' });
    await sync(a);
    b.services.settings.saveProfile({ ...base, businessName: 'Banu & Co' });
    expect((await sync(b)).conflicts).toBe(1);
    const [k] = listConflicts(b.database.sqlite);
    expect(k).toMatchObject({
      entity: 'setting',
      entityKey: 'profile',
      label: 'profile',
      fields: [{ field: 'businessName', mine: 'Banu & Co', theirs: 'Ahmet & Co' }],
      theirAuthor: a.person.login,
    });
    expect(b.services.settings.profile()!.businessName).toBe('Banu & Co');
    await resolveConflict(b.ctx, b.c, k!.id, 'theirs');
    expect(b.services.settings.profile()!.businessName).toBe('Ahmet & Co');
    expect(await sync(b)).toMatchObject({ pushed: 0, conflicts: 0 });

    a.services.settings.saveProfile({ ...base, businessName: 'Ahmet Again' });
    await sync(a);
    b.services.settings.saveProfile({ ...base, businessName: 'Banu Wins' });
    await sync(b);
    const [k2] = listConflicts(b.database.sqlite);
    await resolveConflict(b.ctx, b.c, k2!.id, 'mine');
    const server = await db.admin.query<{ value: string }>("SELECT value FROM dossier.settings WHERE key = 'profile'");
    expect(JSON.parse(server.rows[0]!.value)).toMatchObject({ businessName: 'Banu Wins' });
    await sync(a);
    expect(a.services.settings.profile()!.businessName).toBe('Banu Wins');
    expect(listConflicts(b.database.sqlite)).toEqual([]);
    expect(
      local(b, "SELECT reason FROM record_revisions WHERE entity = 'setting' ORDER BY id").map(
        (r) => (r as { reason: string }).reason,
      ),
    ).toEqual(['team-conflict:theirs', 'team-conflict:mine']);
  });
});

describe('an accountant', () => {
  it('pulls money but no cases, and a client change is refused in words, kept on this computer', async () => {
    const owner = await replica('Money Owner', 'owner');
    const client = owner.services.clients.create(newClient('Ledger Client'));
    const invoice = owner.services.money.createInvoice(
      client.id,
      invoiceFieldsSchema.parse({ number: 'ACC-1', issuedOn: '2026-11-01', amountMinor: 10_000, currency: 'TRY' }),
    );
    openCase(owner, client.id);
    await sync(owner);
    const cid = Number(
      (await db.admin.query<{ id: string }>("SELECT id FROM dossier.clients WHERE name = 'Ledger Client'")).rows[0]!.id,
    );
    expect(invoice.id).toBeLessThan(0);

    const acc = await replica('Numbers Person', 'accountant');
    await sync(acc);
    expect(acc.services.clients.get(cid).name).toBe('Ledger Client');
    expect(local(acc, "SELECT number FROM invoices WHERE number = 'ACC-1'")).toEqual([{ number: 'ACC-1' }]);
    expect(local(acc, 'SELECT id FROM offboarding_cases')).toEqual([]);
    await expect(acc.c.query('SELECT id FROM dossier.offboarding_cases')).rejects.toThrow(/permission denied/);

    setPhone(acc, cid, '+90 555');
    const round = await sync(acc);
    expect(round.pushed).toBe(0);
    const refusals = listRecordRefusals(acc.database.sqlite);
    expect(refusals).toEqual([expect.objectContaining({ entity: 'client', entityId: cid, reason: 'forbidden' })]);
    expect(refusals[0]!.message).toMatch(/permission denied/);
    expect(catalogues.en.teamRecords.refused[refusals[0]!.reason]).toMatch(/may not/);
    expect(catalogues.tr.teamRecords.refused[refusals[0]!.reason]).not.toBe('');
    // nothing lost here, nothing changed there
    expect(acc.services.clients.get(cid).phone).toBe('+90 555');
    expect(local(acc, 'SELECT team_dirty FROM clients WHERE id = ?', cid)).toEqual([{ team_dirty: 1 }]);
    expect((await serverClient(cid)).phone).toBe('');
  });
});
