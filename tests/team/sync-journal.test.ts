// Journal sync of team replicas against a real PostgreSQL server: entries written offline wait in
// the outbox, shown "not yet in the team journal", and reach the server in order; a retried push
// is stored once; two people writing to one client at once end with one chain, the same in both
// files and on the server; the puller never misses a row committed out of change order; a row
// changed on the server behind its triggers is refused; attachments travel between replicas.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { connectTeam } from '../../src/main/team/connect';
import { verifyTeam } from '../../src/main/team/journal';
import { journalWatermark, pullJournal, pushQueue } from '../../src/main/team/sync/journal';
import { queueState } from '../../src/main/team/sync/replica';
import { attachmentPath, verifyJournal } from '../../src/main/journal/chain';
import type { NewEntryInput } from '../../src/shared/contract/journal';
import { call } from '../helpers/call';
import { teamDb, type TeamDb } from './team-db';
import { makeReplica, type Replica } from './replica';

// a database of its own for each test: a replica pulls every entry it may see, and the change
// lock is per database, so tests cannot hold up or feed each other
let db: TeamDb;
let replicas: Replica[] = [];
beforeEach(async () => {
  db = await teamDb();
});
afterEach(async () => {
  for (const r of replicas) r.close();
  replicas = [];
  await db?.close();
});

async function replicaOf(name: string, role: 'owner' | 'staff') {
  const p = await db.person(name, role);
  const r = makeReplica(p, '2026-12-03T09:00:00.000Z');
  replicas.push(r);
  return r;
}

const entry = (clientId: number, summary: string, extra: Partial<NewEntryInput> = {}): NewEntryInput => ({
  clientId,
  kind: 'call',
  channel: 'phone',
  occurredAt: '2026-12-03T08:00:00.000Z',
  summary,
  ...extra,
});

interface LocalRow {
  id: number;
  client_id: number;
  seq: number;
  author: string;
  hash_version: number;
  prev_hash: string;
  hash: string;
  recorded_at: string;
  summary: string;
}
const localRows = (r: Replica, clientId: number) =>
  r.app.database.sqlite
    .prepare(
      'SELECT id, client_id, seq, author, hash_version, prev_hash, hash, recorded_at, summary FROM journal_entries WHERE client_id = ? ORDER BY seq',
    )
    .all(clientId) as LocalRow[];
const serverRows = async (clientId: number) =>
  (
    await db.admin.query<LocalRow & { id: string; client_id: string }>(
      'SELECT id, client_id, seq, author, hash_version, prev_hash, hash, recorded_at, summary FROM dossier.journal_entries WHERE client_id = $1 ORDER BY seq',
      [clientId],
    )
  ).rows.map((r) => ({ ...r, id: Number(r.id), client_id: Number(r.client_id) }));

describe('an offline queue', () => {
  it('waits in the outbox, shown pending, then syncs on reconnect in the order written', async () => {
    const clientId = await db.client('Offline client');
    const r = await replicaOf('Offline Staff', 'staff');
    r.mirrorClient(clientId, 'Offline client');
    const api = r.app.api;
    // the server is unreachable: nothing listens on this port
    await expect(
      connectTeam('postgresql://nobody:x@127.0.0.1:1/none?sslmode=disable', { connectTimeoutMs: 2000 }),
    ).rejects.toThrow(/cannot be reached/);
    const first = await call(api, 'addJournalEntry', entry(clientId, 'offline 1: the complaint', { kind: 'complaint' }));
    expect(first.id).toBeLessThan(0);
    expect(first.teamPending).toBe(true);
    r.app.clock.advance(60_000);
    // a follow-up and a correction naming the queued entry by its pending id
    await call(api, 'addJournalEntry', entry(clientId, 'offline 2: follow-up', { kind: 'follow_up', refersToId: first.id }));
    r.app.clock.advance(60_000);
    await call(api, 'amendJournalEntry', {
      amendsId: first.id,
      kind: 'complaint',
      channel: 'phone',
      summary: 'offline 3: correction',
    });
    r.app.clock.advance(60_000);
    await call(api, 'addJournalEntry', entry(clientId, 'offline 4'));
    await call(api, 'addJournalEntry', entry(clientId, 'offline 5'));

    expect(queueState(r.app.database.sqlite)).toMatchObject({ pending: 5, lastError: null });
    expect(localRows(r, clientId)).toEqual([]);
    const page = await call(api, 'listJournal', { filter: { clientId } });
    expect(page.items.map((e) => [e.summary, e.teamPending])).toEqual([
      ['offline 5', true],
      ['offline 4', true],
      ['offline 2: follow-up', true],
      ['offline 1: the complaint', true],
    ]);
    expect(page.items[3]!.amendments.map((a) => a.summary)).toEqual(['offline 3: correction']);
    // paged two at a time, the cursor on a queued entry: the same four, none twice
    const p1 = await call(api, 'listJournal', { filter: { clientId }, limit: 2 });
    const p2 = await call(api, 'listJournal', { filter: { clientId }, limit: 2, cursor: p1.nextCursor });
    expect([...p1.items, ...p2.items].map((e) => e.summary)).toEqual(page.items.map((e) => e.summary));
    expect(p2.nextCursor).toBeNull();
    const detail = await call(api, 'getJournalEntry', { id: first.id });
    expect(detail.entry).toMatchObject({
      summary: 'offline 1: the complaint',
      teamPending: true,
      seq: 0,
      author: r.person.login,
    });
    expect(detail.responses.map((e) => e.summary)).toEqual(['offline 2: follow-up']);
    // queued entries are in no count, dossier or verification
    const v0 = await verifyJournal(r.app.services.ctx);
    expect(v0).toMatchObject({ ok: true, entriesChecked: 0 });
    expect(r.app.services.journal.listEntriesForDossier(clientId)).toEqual([]);
    expect(r.app.services.complaints.list(clientId, 'all')).toEqual([]);

    const c = await r.connect();
    expect(await pushQueue(r.app.services.ctx, c)).toEqual({ pushed: 5 });
    expect(queueState(r.app.database.sqlite).pending).toBe(0);
    const server = await serverRows(clientId);
    expect(server.map((x) => [x.seq, x.summary])).toEqual([
      [1, 'offline 1: the complaint'],
      [2, 'offline 2: follow-up'],
      [3, 'offline 3: correction'],
      [4, 'offline 4'],
      [5, 'offline 5'],
    ]);
    // references to pending ids were rewritten to the server's ids before they were pushed
    const refs = await db.admin.query<{
      seq: number;
      refers_to_id: string | null;
      amends_id: string | null;
      device_recorded_at: string;
    }>('SELECT seq, refers_to_id, amends_id, device_recorded_at FROM dossier.journal_entries WHERE client_id = $1 ORDER BY seq', [
      clientId,
    ]);
    expect(Number(refs.rows[1]!.refers_to_id)).toBe(server[0]!.id);
    expect(Number(refs.rows[2]!.amends_id)).toBe(server[0]!.id);
    expect(refs.rows[0]!.device_recorded_at).toBe('2026-12-03T09:00:00.000Z');
    // the local journal is the server's rows, byte for byte, and both verify
    expect(localRows(r, clientId)).toEqual(server);
    for (const x of server) expect(x.author).toBe(r.person.login);
    expect((await verifyJournal(r.app.services.ctx)).failure).toBeNull();
    expect((await verifyTeam(db.admin)).failure).toBeNull();
    // the timeline now shows them numbered
    const after = await call(api, 'listJournal', { filter: { clientId } });
    expect(after.items.every((e) => !e.teamPending && e.seq > 0)).toBe(true);
    // pulling brings nothing new (this device's own entries come back and are known)
    expect(await pullJournal(r.app.services.ctx, c)).toEqual({ pulled: 0, waitingForRecords: false });
  });

  it('a push retried with the same device_uid is stored once', async () => {
    const clientId = await db.client('Retry client');
    const p = await db.person('Retrying Staff', 'staff');
    const c = await p.connect();
    const payload = {
      clientId,
      kind: 'note',
      channel: 'other',
      occurredAt: '2026-12-03T08:00:00.000Z',
      summary: 'sent twice',
      deviceUid: '6f1c7a52-3f0e-4b7e-9d5e-0a1b2c3d4e5f',
    };
    const a = await c.query<{ id: string; seq: number }>('SELECT id, seq FROM dossier.append_entry($1::jsonb)', [
      JSON.stringify(payload),
    ]);
    const b = await c.query<{ id: string; seq: number }>('SELECT id, seq FROM dossier.append_entry($1::jsonb)', [
      JSON.stringify(payload),
    ]);
    expect(b.rows[0]).toEqual(a.rows[0]);
    expect(await serverRows(clientId)).toHaveLength(1);
    // someone else's uid is not theirs to fetch
    const other = await (await db.person('Other Staff', 'staff')).connect();
    await expect(other.query('SELECT dossier.append_entry($1::jsonb)', [JSON.stringify(payload)])).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('a refusal stays on the entry, keeps the order and is shown; the queue goes on once it is allowed', async () => {
    const clientId = await db.client('Denied client');
    const r = await replicaOf('Denied Staff', 'staff');
    r.mirrorClient(clientId, 'Denied client');
    await call(r.app.api, 'addJournalEntry', entry(clientId, 'refused for now'));
    await call(r.app.api, 'addJournalEntry', entry(clientId, 'behind it'));
    await db.admin.query("INSERT INTO dossier.client_access (client_id, role_name, access) VALUES ($1, $2, 'deny')", [
      clientId,
      r.person.login,
    ]);
    const c = await r.connect();
    expect(await pushQueue(r.app.services.ctx, c)).toEqual({ pushed: 0 });
    const q = queueState(r.app.database.sqlite);
    expect(q.pending).toBe(2);
    expect(q.lastError).toMatch(/no client with id/);
    await db.admin.query('DELETE FROM dossier.client_access WHERE client_id = $1', [clientId]);
    expect(await pushQueue(r.app.services.ctx, c)).toEqual({ pushed: 2 });
    expect((await serverRows(clientId)).map((x) => x.summary)).toEqual(['refused for now', 'behind it']);
  });

  it('an entry the server stored but whose reply was lost is not stored twice when the push is retried', async () => {
    const clientId = await db.client('Lost reply client');
    const r = await replicaOf('Lossy Staff', 'staff');
    r.mirrorClient(clientId, 'Lost reply client');
    await call(r.app.api, 'addJournalEntry', entry(clientId, 'reached the server once'));
    const o = r.app.database.sqlite.prepare('SELECT device_uid, payload FROM team_outbox').get() as {
      device_uid: string;
      payload: string;
    };
    const c = await r.connect();
    // the first push got through, its reply did not
    await c.query('SELECT dossier.append_entry($1::jsonb)', [
      JSON.stringify({ ...JSON.parse(o.payload), deviceUid: o.device_uid }),
    ]);
    expect(await pushQueue(r.app.services.ctx, c)).toEqual({ pushed: 1 });
    expect((await serverRows(clientId)).map((x) => x.summary)).toEqual(['reached the server once']);
    expect(localRows(r, clientId)).toEqual(await serverRows(clientId));
    expect(queueState(r.app.database.sqlite).pending).toBe(0);
  });

  it('a lost connection stops the push quietly; an entry whose client is not on the server yet waits', async () => {
    const clientId = await db.client('Flaky client');
    const r = await replicaOf('Flaky Staff', 'staff');
    r.mirrorClient(clientId, 'Flaky client');
    r.mirrorClient(-7, 'Created offline'); // the record sync gives it the server's id later
    await call(r.app.api, 'addJournalEntry', entry(clientId, 'first'));
    const c = await r.connect();
    const pid = (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    await db.admin.query('SELECT pg_terminate_backend($1)', [pid]);
    expect(await pushQueue(r.app.services.ctx, c)).toEqual({ pushed: 0 });
    expect(queueState(r.app.database.sqlite)).toMatchObject({ pending: 1, lastError: null });
    await call(r.app.api, 'addJournalEntry', entry(-7, 'about the new client'));
    await call(r.app.api, 'addJournalEntry', entry(clientId, 'after it'));
    const c2 = await r.connect();
    // the first goes; the second waits for its client, and the third behind it (order is kept)
    expect(await pushQueue(r.app.services.ctx, c2)).toEqual({ pushed: 1 });
    expect(queueState(r.app.database.sqlite)).toMatchObject({ pending: 2, lastError: null });
  });

  it('sample data cannot be made in a replica', async () => {
    const r = await replicaOf('Sample Owner', 'owner');
    await expect(call(r.app.api, 'loadSampleData', { language: 'en' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      details: { messageKey: 'errors.team.sampleInReplica' },
    });
  });
});

describe('two replicas write to one client at the same time', () => {
  it('100 entries each, interleaved with syncs: one chain, the same in both files and on the server', async () => {
    const clientId = await db.client('Shared client');
    const a = await replicaOf('Ayşe Staff', 'staff');
    const b = await replicaOf('Owner Boss', 'owner');
    for (const r of [a, b]) r.mirrorClient(clientId, 'Shared client');
    const ca = await a.connect();
    const cb = await b.connect();
    const work = (r: Replica, c: pg.Client, tag: string) => async () => {
      for (let i = 0; i < 100; i++) {
        await call(r.app.api, 'addJournalEntry', entry(clientId, `${tag} ${i}`));
        r.app.clock.advance(1000);
        if (i % 7 === 3) await r.syncJournal(c);
        await new Promise((ok) => setImmediate(ok));
      }
      await r.syncJournal(c);
    };
    await Promise.all([work(a, ca, 'A')(), work(b, cb, 'B')()]);
    // a last pull each: the other's last entries
    for (const [r, c] of [
      [a, ca],
      [b, cb],
    ] as const)
      await r.syncJournal(c);
    const server = await serverRows(clientId);
    expect(server.map((x) => x.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    for (let i = 1; i < server.length; i++) expect(server[i]!.prev_hash).toBe(server[i - 1]!.hash);
    for (const x of server) expect(x.author).toBe(x.summary.startsWith('A') ? a.person.login : b.person.login);
    expect(localRows(a, clientId)).toEqual(server);
    expect(localRows(b, clientId)).toEqual(server);
    for (const r of [a, b]) {
      expect(queueState(r.app.database.sqlite).pending).toBe(0);
      expect((await verifyJournal(r.app.services.ctx)).failure).toBeNull();
    }
    expect((await verifyTeam(db.admin)).failure).toBeNull();
  });
});

describe('pull order', () => {
  it('never misses a row committed after a later change number', async () => {
    const c1 = await db.client('Order one');
    const c2 = await db.client('Order two');
    const p = await db.person('Order Staff', 'staff');
    const r = await replicaOf('Order Reader', 'staff');
    for (const [id, n] of [
      [c1, 'Order one'],
      [c2, 'Order two'],
    ] as const)
      r.mirrorClient(id, n);
    const w1 = await p.connect();
    const w2 = await p.connect();
    const reader = await r.connect();
    const append = (c: pg.Client, clientId: number, summary: string) =>
      c.query('SELECT id FROM dossier.append_entry($1::jsonb)', [
        JSON.stringify({ clientId, kind: 'note', channel: 'other', occurredAt: '2026-12-03T08:00:00Z', summary }),
      ]);
    await w1.query('BEGIN');
    await append(w1, c1, 'first begun, committed last');
    await w2.query('BEGIN');
    // the second writer waits for the first one's change lock: it cannot draw a later number
    // and commit before the first commits
    const second = append(w2, c2, 'begun second').then(() => w2.query('COMMIT'));
    await new Promise((ok) => setTimeout(ok, 300));
    // meanwhile the puller sees neither
    expect(await pullJournal(r.app.services.ctx, reader)).toEqual({ pulled: 0, waitingForRecords: false });
    await w1.query('COMMIT');
    await second;
    expect(await pullJournal(r.app.services.ctx, reader)).toEqual({ pulled: 2, waitingForRecords: false });
    const ids = await db.admin.query<{ change_seq: string; summary: string }>(
      'SELECT change_seq, summary FROM dossier.journal_entries WHERE client_id IN ($1, $2) ORDER BY change_seq',
      [c1, c2],
    );
    expect(ids.rows.map((x) => x.summary)).toEqual(['first begun, committed last', 'begun second']);
    expect(journalWatermark(r.app.database.sqlite)).toBe(Number(ids.rows[1]!.change_seq));
  });

  it('a client not in this file yet stops the pull there (waiting for records), then goes on', async () => {
    const known = await db.client('Known');
    const later = await db.client('Arrives later');
    const p = await db.person('Writer Later', 'staff');
    const w = await p.connect();
    const r = await replicaOf('Reader Later', 'staff');
    r.mirrorClient(known, 'Known');
    const append = (clientId: number, summary: string) =>
      w.query('SELECT dossier.append_entry($1::jsonb)', [
        JSON.stringify({ clientId, kind: 'note', channel: 'other', occurredAt: '2026-12-03T08:00:00Z', summary }),
      ]);
    await append(known, 'k1');
    await append(later, 'l1');
    await append(known, 'k2');
    const c = await r.connect();
    expect(await pullJournal(r.app.services.ctx, c)).toEqual({ pulled: 1, waitingForRecords: true });
    r.mirrorClient(later, 'Arrives later');
    expect(await pullJournal(r.app.services.ctx, c)).toEqual({ pulled: 2, waitingForRecords: false });
    expect((await verifyJournal(r.app.services.ctx)).failure).toBeNull();
  });

  it('two syncs of one file at once store each entry once', async () => {
    const clientId = await db.client('Double sync');
    const p = await db.person('Busy Writer', 'staff');
    const w = await p.connect();
    await w.query(
      `SELECT count(dossier.append_entry(jsonb_build_object('clientId', $1::bigint, 'kind', 'note', 'channel', 'other',
         'occurredAt', '2026-12-03T08:00:00Z', 'summary', 'e' || i))) FROM generate_series(1, 300) i`,
      [clientId],
    );
    const r = await replicaOf('Double Reader', 'staff');
    r.mirrorClient(clientId, 'Double sync');
    const [c1, c2] = [await r.connect(), await r.connect()];
    const [x, y] = await Promise.all([pullJournal(r.app.services.ctx, c1), pullJournal(r.app.services.ctx, c2)]);
    expect(x.pulled + y.pulled).toBe(300);
    expect(localRows(r, clientId)).toEqual(await serverRows(clientId));
    expect((await verifyJournal(r.app.services.ctx)).failure).toBeNull();
  });

  it('a client made visible later: its earlier entries are filled in by number before the new ones', async () => {
    const clientId = await db.client('Hidden then shown', { restricted: true });
    const p = await db.person('Owner Writer', 'owner');
    const w = await p.connect();
    const r = await replicaOf('Kept Away', 'staff');
    r.mirrorClient(clientId, 'Hidden then shown');
    const append = (summary: string) =>
      w.query('SELECT dossier.append_entry($1::jsonb)', [
        JSON.stringify({ clientId, kind: 'note', channel: 'other', occurredAt: '2026-12-03T08:00:00Z', summary }),
      ]);
    for (const n of ['h1', 'h2', 'h3']) await append(n);
    const c = await r.connect();
    expect(await pullJournal(r.app.services.ctx, c)).toEqual({ pulled: 0, waitingForRecords: false });
    await db.admin.query("INSERT INTO dossier.client_access (client_id, role_name, access) VALUES ($1, $2, 'allow')", [
      clientId,
      r.person.login,
    ]);
    await append('h4');
    expect(await pullJournal(r.app.services.ctx, c)).toEqual({ pulled: 4, waitingForRecords: false });
    expect(localRows(r, clientId)).toEqual(await serverRows(clientId));
    expect((await verifyJournal(r.app.services.ctx)).failure).toBeNull();
  });
});

describe('a server that lies', () => {
  it('a pulled row changed behind the triggers is refused, and nothing after it is stored', async () => {
    const clientId = await db.client('Tampered client');
    const p = await db.person('Honest Writer', 'staff');
    const w = await p.connect();
    for (let i = 1; i <= 4; i++)
      await w.query('SELECT dossier.append_entry($1::jsonb)', [
        JSON.stringify({ clientId, kind: 'note', channel: 'other', occurredAt: '2026-12-03T08:00:00Z', summary: `entry ${i}` }),
      ]);
    // a superuser edits entry 2 with the append-only trigger disabled
    await db.admin.query('ALTER TABLE dossier.journal_entries DISABLE TRIGGER append_only');
    await db.admin.query("UPDATE dossier.journal_entries SET summary = 'rewritten' WHERE client_id = $1 AND seq = 2", [clientId]);
    await db.admin.query('ALTER TABLE dossier.journal_entries ENABLE TRIGGER append_only');
    const r = await replicaOf('Careful Reader', 'staff');
    r.mirrorClient(clientId, 'Tampered client');
    const c = await r.connect();
    await expect(pullJournal(r.app.services.ctx, c)).rejects.toMatchObject({
      code: 'DB_DAMAGED',
      details: { clientId, seq: 2 },
    });
    expect(localRows(r, clientId).map((x) => x.seq)).toEqual([1]);
    // and again: still refused, still nothing after it
    await expect(pullJournal(r.app.services.ctx, c)).rejects.toMatchObject({ code: 'DB_DAMAGED' });
    expect(localRows(r, clientId).map((x) => x.seq)).toEqual([1]);
    expect((await verifyJournal(r.app.services.ctx)).failure).toBeNull();
  });
});

describe('attachments', () => {
  it('travel from one replica to another through the server, checked by fingerprint', async () => {
    const clientId = await db.client('Evidence client');
    const a = await replicaOf('Evidence Writer', 'staff');
    const b = await replicaOf('Evidence Reader', 'owner');
    for (const r of [a, b]) r.mirrorClient(clientId, 'Evidence client');
    const bytes = Buffer.from('%PDF-1.4 the signed contract, page 1\n');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = attachmentPath(a.app.services.ctx.dataDir, sha256);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    const e = await call(
      a.app.api,
      'addJournalEntry',
      entry(clientId, 'contract attached', { attachments: [{ sha256, originalName: 'contract.pdf' }] }),
    );
    expect(e.attachments).toEqual([
      { sha256, originalName: 'contract.pdf', sizeBytes: bytes.length, mediaType: 'application/pdf' },
    ]);
    await a.syncJournal(await a.connect());
    // an accountant cannot read it
    const acc = await (await db.person('Counting Accountant', 'accountant')).connect();
    await expect(acc.query('SELECT dossier.get_blob($1)', [sha256])).rejects.toMatchObject({ code: '42501' });
    expect(await b.syncJournal(await b.connect())).toEqual({ pushed: 0, pulled: 1 });
    const there = attachmentPath(b.app.services.ctx.dataDir, sha256);
    expect(existsSync(there)).toBe(true);
    expect(readFileSync(there)).toEqual(bytes);
    const v = await verifyJournal(b.app.services.ctx);
    expect(v).toMatchObject({ ok: true, attachmentsChecked: 1 });
    // a blob that does not match its fingerprint is refused by the server
    const staff = await a.connect();
    await expect(staff.query('SELECT dossier.put_blob($1, $2)', ['0'.repeat(64), bytes])).rejects.toMatchObject({
      code: '22023',
    });
  });
});
