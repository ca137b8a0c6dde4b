// The sync loop of a team file: every `everyMs` while online, backing off (doubling up to a
// ceiling) while the server cannot be reached, soon after a journal write (debounced), one round
// at a time, and nothing left running once the file is closed. Timings are shortened here.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { teamDb, type TeamDb } from './team-db';
import { teamReplicaKey } from '../../src/main/team/sync/replica';
import { teamSecretKey } from '../../src/main/team/secrets';
import { dispatch } from '../../src/main/dispatch';
import type { TeamService } from '../../src/main/team/service';

let db: TeamDb;
let app: TempApp | undefined;
beforeAll(async () => {
  db = await teamDb();
});
afterAll(async () => {
  await db?.close();
});
afterEach(() => {
  app?.close();
  app = undefined;
});

const timing = { everyMs: 150, offlineMaxMs: 600, debounceMs: 20, connectTimeoutMs: 2_000 };

async function until<T>(f: () => T | undefined | null | false, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 3));
  }
}

/** the delay the loop planned after round n */
const plannedAfter = (team: TeamService, n: number) =>
  until(() => {
    const s = team.loopState();
    return s.rounds === n && s.nextInMs !== null && s.nextInMs;
  });

describe('the team sync loop', () => {
  it('backs off while the server cannot be reached: every, 2×, 4×, then the ceiling', async () => {
    app = createTempApp({ deps: { teamLoop: true, teamTiming: timing } });
    const s = app.runtime.services();
    const replica = {
      host: '127.0.0.1',
      port: 9,
      database: 'team',
      teamCreatedAt: '2026-01-01T00:00:00.000Z',
      roleName: 'nobody',
      personName: 'Nobody',
      role: 'staff',
      joinedAt: '2026-11-23T10:00:00.000Z',
      sslMode: 'prefer',
    };
    s.ctx.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(teamReplicaKey, JSON.stringify(replica));
    s.deps.secrets!.set(teamSecretKey(replica), 'pw');
    s.team.start();
    expect(await plannedAfter(s.team, 1)).toBe(150);
    expect(await plannedAfter(s.team, 2)).toBe(300);
    expect(await plannedAfter(s.team, 3)).toBe(600);
    expect(await plannedAfter(s.team, 4)).toBe(600);
    const st = s.team.status();
    expect(st).toMatchObject({ joined: true, connection: 'offline', lastError: { key: 'errors.unreachable' } });
    // closing the file stops the loop: no round runs after it
    s.team.stop();
    const rounds = s.team.loopState().rounds;
    await new Promise((r) => setTimeout(r, 700));
    expect(s.team.loopState()).toEqual({ nextInMs: null, rounds });
  });

  it('online: one round at a time, again after everyMs, and soon after a journal entry', async () => {
    const person = await db.person('Loop Person', 'staff');
    app = createTempApp({ deps: { teamLoop: true, teamTiming: timing } });
    app.services.settings.saveProfile(sampleProfile);
    await app.api.joinTeam({ url: person.url });
    const s = app.runtime.services();
    // a round already running is joined, never started twice
    const a = s.team.syncNow();
    expect(s.team.syncNow()).toBe(a);
    await a;
    const n = s.team.loopState().rounds;
    expect(await plannedAfter(s.team, n)).toBe(150);
    expect(s.team.status()).toMatchObject({ connection: 'online', tls: false });
    // a journal write through the API: a round within the debounce, not after everyMs
    const client = s.clients.create(newClient('Loop Client'));
    const t0 = Date.now();
    const r = await dispatch(app.api, 'addJournalEntry', {
      clientId: client.id,
      kind: 'call',
      channel: 'phone',
      summary: 'Called about the invoice',
      occurredAt: '2026-11-23T09:00:00.000Z',
    });
    expect(r.ok).toBe(true);
    // the planned round was replaced by the debounced one
    expect(s.team.loopState().nextInMs).toBeNull();
    await until(() => s.team.loopState().rounds > n);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});
