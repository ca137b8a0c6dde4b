// What PostgreSQL itself enforces on the team journal, tried as the people's own login roles:
// concurrent writers get one gapless chain, nobody can change or delete an entry, row-level
// security keeps a person away from a client, an accountant reads money but not the journal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { appendTeamEntry, verifyTeam, type NewTeamEntry } from '../../src/main/team/journal';
import { setClientAccess } from '../../src/main/team/people';
import { teamDb, type TeamDb } from './team-db';

let db: TeamDb;
beforeAll(async () => {
  db = await teamDb();
});
afterAll(() => db?.close());

const entry = (clientId: number, summary: string): NewTeamEntry => ({
  clientId,
  kind: 'call',
  channel: 'phone',
  occurredAt: '2026-12-02T10:00:00Z',
  summary,
});

describe('two people append to one client at the same time', () => {
  it('gives 200 entries one chain: no gap, no fork, each signed by its author, verifying', async () => {
    const clientId = await db.client('Shared difficult client');
    const ayse = await db.person('Ayşe Yılmaz', 'staff');
    const owner = await db.person('Owner Person', 'owner');
    // two connections per person, all four writing at once
    const writers: { login: string; c: pg.Client }[] = [];
    for (const p of [ayse, owner]) for (let i = 0; i < 2; i++) writers.push({ login: p.login, c: await p.connect() });
    const written = new Map<number, string>();
    await Promise.all(
      writers.map(async (w, wi) => {
        for (let i = 0; i < 50; i++) {
          const e = await appendTeamEntry(w.c, {
            ...entry(clientId, `writer ${wi} #${i}`),
            deviceRecordedAt: '2020-01-01T00:00:00.000Z',
          });
          written.set(e.id, w.login);
        }
      }),
    );
    const rows = await db.admin.query<{
      id: string;
      seq: number;
      author: string;
      prev_hash: string;
      hash: string;
      recorded_at: string;
      device_recorded_at: string;
    }>(
      'SELECT id, seq, author, prev_hash, hash, recorded_at, device_recorded_at FROM dossier.journal_entries WHERE client_id = $1 ORDER BY seq',
      [clientId],
    );
    expect(rows.rows.map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    // no fork: each entry links to the one before it, and no two share a previous hash
    for (let i = 1; i < rows.rows.length; i++) expect(rows.rows[i]!.prev_hash).toBe(rows.rows[i - 1]!.hash);
    expect(new Set(rows.rows.map((r) => r.prev_hash)).size).toBe(200);
    // the author is the login that wrote it, whatever the program said
    for (const r of rows.rows) expect(r.author).toBe(written.get(Number(r.id)));
    expect(rows.rows.filter((r) => r.author === ayse.login)).toHaveLength(100);
    // the server's time, not the device's (kept beside it), and never backwards
    for (const r of rows.rows) {
      expect(r.recorded_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(r.device_recorded_at).toBe('2020-01-01T00:00:00.000Z');
    }
    expect(rows.rows.map((r) => r.recorded_at)).toEqual([...rows.rows.map((r) => r.recorded_at)].sort());
    expect(Math.abs(Date.parse(rows.rows[199]!.recorded_at) - Date.now())).toBeLessThan(120_000);
    const head = await db.admin.query('SELECT seq, hash FROM dossier.journal_heads WHERE client_id = $1', [clientId]);
    expect(head.rows[0]).toEqual({ seq: 200, hash: rows.rows[199]!.hash });
    const v = await verifyTeam(db.admin);
    expect(v.failure).toBeNull();
    expect(v.heads.find((h) => h.clientId === clientId)).toEqual({ clientId, seq: 200, hash: rows.rows[199]!.hash });
  });

  it('takes no author, number or hash from the program', async () => {
    const clientId = await db.client('Forger target');
    const p = await db.person('Would-be forger', 'staff');
    const c = await p.connect();
    const e = await appendTeamEntry(c, {
      ...entry(clientId, 'who am I'),
      ...({ author: 'owner', seq: 99, hash: 'f'.repeat(64), recordedAt: '1999-01-01T00:00:00.000Z' } as object),
    });
    expect(e.author).toBe(p.login);
    expect(e.seq).toBe(1);
    expect(e.recordedAt > '2026').toBe(true);
  });
});

describe('journal rows are append-only for every role', () => {
  let clientId: number;
  let staff: pg.Client;
  beforeAll(async () => {
    clientId = await db.client('Append-only client');
    staff = await (await db.person('Staff Member', 'staff')).connect();
    await appendTeamEntry(staff, entry(clientId, 'first'));
  });

  it("refuses a staff member's UPDATE, DELETE, INSERT and TRUNCATE: permission denied", async () => {
    await expect(staff.query("UPDATE dossier.journal_entries SET summary = 'changed'")).rejects.toThrow(/permission denied/);
    await expect(staff.query('DELETE FROM dossier.journal_entries')).rejects.toThrow(/permission denied/);
    await expect(staff.query('TRUNCATE dossier.journal_entries')).rejects.toThrow(/permission denied/);
    await expect(
      staff.query(
        "INSERT INTO dossier.journal_entries (client_id, seq, kind, channel, occurred_at, recorded_at, summary, author, hash_version, prev_hash, hash) VALUES ($1, 2, 'call', 'phone', 'x', 'x', 'x', 'x', 2, 'x', 'x')",
        [clientId],
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(staff.query('UPDATE dossier.journal_heads SET seq = 0')).rejects.toThrow(/permission denied/);
  });

  it("refuses the owner's too, and the tables' own owner is stopped by the triggers", async () => {
    const owner = await (await db.person('The Owner', 'owner')).connect();
    await expect(owner.query("UPDATE dossier.journal_entries SET summary = 'changed'")).rejects.toThrow(/permission denied/);
    await expect(owner.query('DELETE FROM dossier.journal_entries')).rejects.toThrow(/permission denied/);
    await db.admin.query('BEGIN');
    try {
      await db.admin.query('SET LOCAL ROLE team_keeper');
      await expect(db.admin.query("UPDATE dossier.journal_entries SET summary = 'changed'")).rejects.toThrow(/append-only/);
    } finally {
      await db.admin.query('ROLLBACK');
    }
    await expect(db.admin.query('DELETE FROM dossier.journal_entries')).rejects.toThrow(/append-only/);
    await expect(db.admin.query('TRUNCATE dossier.journal_entries CASCADE')).rejects.toThrow(/append-only/);
    await expect(db.admin.query('DELETE FROM dossier.journal_heads')).rejects.toThrow(/append-only/);
    await expect(
      db.admin.query('UPDATE dossier.journal_heads SET seq = seq - 1 WHERE client_id = $1', [clientId]),
    ).rejects.toThrow(/only moves to the entry just appended/);
    // even a superuser's hand-made row must follow the head, and gets the server's hash
    await expect(
      db.admin.query(
        "INSERT INTO dossier.journal_entries (client_id, seq, kind, channel, occurred_at, recorded_at, summary, author, hash_version, prev_hash, hash) VALUES ($1, 5, 'call', 'phone', 'x', 'x', 'x', 'x', 2, 'x', 'x')",
        [clientId],
      ),
    ).rejects.toThrow(/numbered by dossier.append_entry/);
  });
});

describe('row-level security', () => {
  it('keeps a staff member in conflict with a client away from it, and a restricted client from everyone not allowed', async () => {
    const open = await db.client('Open client');
    const conflict = await db.client('Client in conflict with Bora');
    const restricted = await db.client('Restricted client', { restricted: true });
    const bora = await db.person('Bora Staff', 'staff');
    const cem = await db.person('Cem Staff', 'staff');
    const owner = await db.person('Owner Sees All', 'owner');
    await setClientAccess(db.admin, { clientId: conflict, login: bora.login, access: 'deny' });
    await setClientAccess(db.admin, { clientId: restricted, login: cem.login, access: 'allow' });
    await db.admin.query(
      "INSERT INTO dossier.invoices (client_id, number, issued_on, due_on, amount_minor, currency) VALUES ($1, 'C-1', '2026-11-01', '2026-12-01', 1000, 'TRY')",
      [conflict],
    );
    const ids = async (c: pg.Client) =>
      (
        await c.query<{ id: string }>('SELECT id FROM dossier.clients WHERE id = ANY($1) ORDER BY id', [
          [open, conflict, restricted],
        ])
      ).rows.map((r) => Number(r.id));
    const b = await bora.connect();
    const c = await cem.connect();
    const o = await owner.connect();
    expect(await ids(b)).toEqual([open]);
    expect(await ids(c)).toEqual([open, conflict, restricted]);
    expect(await ids(o)).toEqual([open, conflict, restricted]);

    // what Bora cannot see, he cannot write to, read the journal of, or bill
    await appendTeamEntry(c, entry(conflict, 'Cem met them'));
    await expect(appendTeamEntry(b, entry(conflict, 'Bora tries'))).rejects.toThrow(/no client with id/);
    await expect(appendTeamEntry(b, entry(restricted, 'Bora tries'))).rejects.toThrow(/no client with id/);
    expect((await b.query('SELECT * FROM dossier.journal_entries WHERE client_id = $1', [conflict])).rows).toEqual([]);
    expect((await b.query('SELECT * FROM dossier.invoices WHERE client_id = $1', [conflict])).rows).toEqual([]);
    expect((await b.query("UPDATE dossier.clients SET notes = 'x' WHERE id = $1", [conflict])).rowCount).toBe(0);
    expect((await c.query('SELECT * FROM dossier.journal_entries WHERE client_id = $1', [conflict])).rows).toHaveLength(1);
    // staff cannot lift a restriction or hand themselves access
    await expect(c.query('UPDATE dossier.clients SET restricted = false WHERE id = $1', [restricted])).rejects.toThrow(
      /permission denied/,
    );
    await expect(b.query('DELETE FROM dossier.client_access')).rejects.toThrow(/permission denied/);
  });

  it('lets an accountant read money but not the journal, and not write to it', async () => {
    const clientId = await db.client('Billed client');
    await db.admin.query(
      "INSERT INTO dossier.invoices (client_id, number, issued_on, due_on, amount_minor, currency) VALUES ($1, 'A-1', '2026-11-01', '2026-12-01', 250000, 'TRY')",
      [clientId],
    );
    const acc = await (await db.person('Accountant', 'accountant')).connect();
    const inv = await acc.query('SELECT number, amount_minor FROM dossier.invoices WHERE client_id = $1', [clientId]);
    expect(inv.rows).toEqual([{ number: 'A-1', amount_minor: '250000' }]);
    await expect(acc.query('SELECT * FROM dossier.journal_entries')).rejects.toThrow(/permission denied/);
    await expect(acc.query('SELECT * FROM dossier.journal_heads')).rejects.toThrow(/permission denied/);
    await expect(appendTeamEntry(acc, entry(clientId, 'accountant writes'))).rejects.toThrow(/permission denied/);
    await expect(acc.query('UPDATE dossier.invoices SET amount_minor = 1 WHERE client_id = $1', [clientId])).rejects.toThrow(
      /permission denied/,
    );
  });
});
