// The team journal on a real PostgreSQL server (started from npm, as the tests do): appends from
// five concurrent writers — five people, each on their own connection — to one client's chain,
// through append_entry (lock the head, number, stamp, hash, check in a trigger), against the same
// five connections inserting the same rows into a plain table (no lock, no hash): the server's limit.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { createServices } from '../src/main/core/services';
import { openDatabase } from '../src/main/db/open';
import { verifyJournal } from '../src/main/journal/chain';
import { pullJournal } from '../src/main/team/sync/journal';
import { teamReplicaKey } from '../src/main/team/sync/replica';
import { connectTeam, parseTeamUrl } from '../src/main/team/connect';
import { initTeam } from '../src/main/team/init';
import { appendTeamEntry, verifyTeam } from '../src/main/team/journal';
import { addPerson } from '../src/main/team/people';
import { startTeamServer } from '../tests/helpers/team-server';
import { row, time, type BenchRow } from './harness';

const writers = 5;
const minPerSecond = 50;

export async function benchTeamAppend(perWriter: number): Promise<BenchRow> {
  const server = await startTeamServer();
  const tag = randomBytes(4).toString('hex');
  const dbName = `cd_team_bench_${tag}`;
  const root = await connectTeam(server.url);
  const conns: pg.Client[] = [];
  const logins: string[] = [];
  try {
    await root.query(`CREATE DATABASE ${dbName} ENCODING 'UTF8' TEMPLATE template0`);
    const u = new URL(server.url);
    u.pathname = `/${dbName}`;
    const admin = await connectTeam(u.toString());
    conns.push(admin);
    await initTeam(admin);
    const clientId = Number(
      (await admin.query<{ id: string }>("INSERT INTO dossier.clients (name) VALUES ('Bench client') RETURNING id")).rows[0]!.id,
    );
    for (let i = 0; i < writers; i++) {
      const p = await addPerson(admin, parseTeamUrl(u.toString()), {
        name: `Writer ${i}`,
        role: 'staff',
        login: `bench_${tag}_${i}`,
      });
      logins.push(p.login);
      conns.push(await connectTeam(p.url));
    }
    const people = conns.slice(1);
    const entry = (w: number, i: number) => ({
      clientId,
      kind: 'call',
      channel: 'phone',
      occurredAt: '2026-12-01T10:00:00.000Z',
      durationMinutes: 10,
      summary: `Writer ${w}, entry ${i}: müşteri şikâyeti ve görüşme`,
      details: 'Ayrıntılar burada; the client asked for another revision.',
    });
    // warm-up (plans, caches), then the measured run
    await Promise.all(people.map((c, w) => appendTeamEntry(c, entry(w, -1))));
    const oursMs = await time(() =>
      Promise.all(
        people.map(async (c, w) => {
          for (let i = 0; i < perWriter; i++) await appendTeamEntry(c, entry(w, i));
        }),
      ),
    );
    await admin.query(
      `CREATE TABLE public.raw_append (LIKE dossier.journal_entries INCLUDING DEFAULTS);
       GRANT INSERT ON public.raw_append TO ${logins.join(', ')}`,
    );
    const rawMs = await time(() =>
      Promise.all(
        people.map(async (c, w) => {
          for (let i = 0; i < perWriter; i++) {
            const e = entry(w, i);
            await c.query(
              `INSERT INTO public.raw_append (id, client_id, seq, kind, channel, occurred_at, recorded_at, duration_minutes, summary, details, author, hash_version, prev_hash, hash)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, session_user, 2, $11, $12)`,
              [
                w * perWriter + i,
                clientId,
                i + 1,
                e.kind,
                e.channel,
                e.occurredAt,
                new Date().toISOString(),
                e.durationMinutes,
                e.summary,
                e.details,
                '0'.repeat(64),
                '0'.repeat(64),
              ],
            );
          }
        }),
      ),
    );
    const v = await verifyTeam(admin);
    const n = writers * perWriter;
    const perSecond = Math.round((n / oursMs) * 1000);
    // the goal is a rate, not a ratio: a team of ten writes a few entries a minute, and the head
    // row's lock (what keeps the chain whole) makes writers to one client queue by design
    return row(`team journal: appends from ${writers} concurrent writers to one client (PostgreSQL)`, oursMs, rawMs, Infinity, {
      goal: `≥ ${minPerSecond} entries/s`,
      note: `${perSecond.toLocaleString('en')} entries/s (${n.toLocaleString('en')} entries, one chain${v.ok ? ', verifies' : ', DOES NOT VERIFY'}); raw: plain INSERTs, no lock, no hash; server started in ${Math.round(server.startedInMs)} ms`,
      pass: v.ok && perSecond >= minPerSecond,
    });
  } finally {
    for (const c of conns) await c.end().catch(() => {});
    await root.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
    for (const l of logins) await root.query(`DROP ROLE IF EXISTS ${l}`).catch(() => {});
    await root.end().catch(() => {});
    await server.stop();
  }
}

/**
 * The first sync of a new team member: `entries` entries (over 50 clients, written by another
 * person through append_entry) pulled into a fresh replica file, each row checked against the
 * file's chain (number, link, recomputed hash, time) before it is stored. Raw: the same pages
 * fetched and inserted into a plain SQLite table, unchecked. Figures only (no timed goal): a
 * first sync happens once per person.
 */
export async function benchTeamFirstSync(entries: number): Promise<BenchRow> {
  const server = await startTeamServer();
  const tag = randomBytes(4).toString('hex');
  const dbName = `cd_team_sync_${tag}`;
  const root = await connectTeam(server.url);
  const conns: pg.Client[] = [];
  const logins: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-sync-'));
  try {
    await root.query(`CREATE DATABASE ${dbName} ENCODING 'UTF8' TEMPLATE template0`);
    const u = new URL(server.url);
    u.pathname = `/${dbName}`;
    const admin = await connectTeam(u.toString());
    conns.push(admin);
    await initTeam(admin);
    const clients = 50;
    await admin.query(`INSERT INTO dossier.clients (name) SELECT 'Client ' || i FROM generate_series(1, ${clients}) i`);
    const people = [];
    for (const name of ['Writer', 'Newcomer']) {
      const p = await addPerson(admin, parseTeamUrl(u.toString()), {
        name,
        role: 'staff',
        login: `bench_${name.toLowerCase()}_${tag}`,
      });
      logins.push(p.login);
      const c = await connectTeam(p.url);
      conns.push(c);
      people.push({ p, c });
    }
    const [writer, newcomer] = people as [(typeof people)[0], (typeof people)[0]];
    // the writer's entries, appended on the server in one statement (each through append_entry)
    await writer.c.query(
      `SELECT count(dossier.append_entry(jsonb_build_object(
         'clientId', c.id, 'kind', 'call', 'channel', 'phone', 'occurredAt', '2026-12-01T10:00:00.000Z',
         'durationMinutes', 10, 'summary', 'Görüşme ' || i || ': müşteri şikâyeti', 'details', 'Ayrıntılar; the client asked for another revision.')))
         FROM generate_series(1, $1) i JOIN dossier.clients c ON c.id = (SELECT min(id) FROM dossier.clients) + (i % ${clients})`,
      [entries],
    );
    // the newcomer's fresh replica, with the team's clients (what the record sync stores first)
    const database = openDatabase(join(dir, 'replica.db'));
    const services = createServices({ database, dataDir: join(dir, 'data') });
    const s = database.sqlite;
    s.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(
      teamReplicaKey,
      JSON.stringify({
        host: '127.0.0.1',
        port: 0,
        database: dbName,
        teamCreatedAt: '',
        roleName: newcomer.p.login,
        personName: 'Newcomer',
        role: 'staff',
        joinedAt: '',
      }),
    );
    const ids = (await admin.query<{ id: string; name: string }>('SELECT id, name FROM dossier.clients ORDER BY id')).rows;
    const insertClient = s.prepare("INSERT INTO clients (id, name, client_since, team_version) VALUES (?, ?, '2026-01-01', 1)");
    s.transaction(() => ids.forEach((c) => insertClient.run(Number(c.id), c.name)))();
    let pulled = 0;
    const oursMs = await time(async () => {
      pulled = (await pullJournal(services.ctx, newcomer.c)).pulled;
    });
    const v = await verifyJournal(services.ctx, { skipAttachmentFiles: true });
    database.close();

    const raw = new Database(join(dir, 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.exec(
      'CREATE TABLE t (id INTEGER PRIMARY KEY, client_id INTEGER, seq INTEGER, summary TEXT, details TEXT, hash TEXT, prev_hash TEXT)',
    );
    const ins = raw.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)');
    const rawMs = await time(async () => {
      let after = 0;
      for (;;) {
        const page = await newcomer.c.query<{
          id: string;
          client_id: string;
          seq: number;
          summary: string;
          details: string;
          hash: string;
          prev_hash: string;
          change_seq: string;
        }>('SELECT * FROM dossier.journal_entries WHERE change_seq > $1 ORDER BY change_seq LIMIT 2000', [after]);
        raw.transaction(() =>
          page.rows.forEach((r) => ins.run(Number(r.id), Number(r.client_id), r.seq, r.summary, r.details, r.hash, r.prev_hash)),
        )();
        if (page.rows.length < 2000) break;
        after = Number(page.rows[page.rows.length - 1]!.change_seq);
      }
    });
    raw.close();
    const perSecond = Math.round((pulled / oursMs) * 1000);
    return row(
      `team journal: first sync of ${entries.toLocaleString('en')} entries into a fresh replica`,
      oursMs,
      rawMs,
      Infinity,
      {
        goal: 'figures only',
        note: `${perSecond.toLocaleString('en')} entries/s (${pulled.toLocaleString('en')} pulled over ${clients} clients, each row checked: number, link, hash, time${v.ok && v.entriesChecked === entries ? '; the replica verifies' : '; THE REPLICA DOES NOT VERIFY'}); raw: the same pages into a plain table, unchecked`,
        pass: v.ok && pulled === entries,
      },
    );
  } finally {
    for (const c of conns) await c.end().catch(() => {});
    await root.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
    for (const l of logins) await root.query(`DROP ROLE IF EXISTS ${l}`).catch(() => {});
    await root.end().catch(() => {});
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
