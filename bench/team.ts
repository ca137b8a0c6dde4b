// The team journal on a real PostgreSQL server (started from npm, as the tests do): appends from
// five concurrent writers — five people, each on their own connection — to one client's chain,
// through append_entry (lock the head, number, stamp, hash, check in a trigger), against the same
// five connections inserting the same rows into a plain table (no lock, no hash): the server's limit.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
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
