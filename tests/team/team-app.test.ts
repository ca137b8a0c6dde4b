// Settings → Team against a real PostgreSQL server: joining makes a NEW file for the team beside
// the owner's own (never converting it), switches the app to it and back; every refusal is a
// translated sentence and leaves no file behind; status reads the connection, TLS and the queue.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { clientListQuery } from '../../src/shared/contract/clients';
import { teamDb, type TeamDb } from './team-db';
import { readTeamReplica, teamReplicaKey } from '../../src/main/team/sync/replica';
import { readTeamPointer, startupPlace } from '../../src/main/team/pointer';
import { connectTeam } from '../../src/main/team/connect';
import { AppError } from '../../src/shared/errors';
import { catalogues } from '../../src/shared/i18n';
import type { TeamStatus } from '../../src/shared/contract/team';

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

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const ownerApp = () => {
  const a = createTempApp();
  a.services.settings.saveProfile(sampleProfile);
  a.services.clients.create(newClient('Owner’s own client'));
  // everything in the main file, so its bytes are what a copy of the file would hold
  a.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return a;
};
const teamFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('team-') && f.endsWith('.db'));
const enTeam = catalogues.en.team.errors as Record<string, string>;

async function refusal(p: unknown): Promise<AppError> {
  const e = await Promise.resolve(p).then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

function joined(s: TeamStatus) {
  if (!s.joined) throw new Error('not joined');
  return s;
}

describe('joining a team', () => {
  it('makes a new replica file with the setting, switches to it, and leaves the owner’s own file untouched', async () => {
    const person = await db.person('Ayşe Yılmaz', 'staff');
    app = ownerApp();
    const own = join(app.dir, 'client-dossier.db');
    const before = sha(own);
    const r = await app.api.joinTeam({ url: person.url });
    expect(r).toMatchObject({ personName: 'Ayşe Yılmaz', role: 'staff', tls: false });
    // the app now works on the team file, beside the owner's own
    const file = app.runtime.control.databasePath;
    expect(file).toBe(join(app.dir, `team-${r.database}-${person.login}.db`));
    expect(teamFiles(app.dir)).toEqual([`team-${r.database}-${person.login}.db`]);
    const replica = readTeamReplica(app.runtime.services().ctx.sqlite);
    expect(replica).toMatchObject({ roleName: person.login, personName: 'Ayşe Yılmaz', role: 'staff', database: r.database });
    expect(replica!.teamCreatedAt).toMatch(/^\d{4}-/);
    // the owner's clients are not in the team file; the owner's file has no team setting
    expect(
      app.runtime
        .services()
        .clients.list(clientListQuery.parse({}))
        .map((c) => c.name),
    ).toEqual([]);
    expect(sha(own)).toBe(before);
    // the password is in the secrets file (0600), never in the SQLite file
    expect(readFileSync(file).includes(Buffer.from(person.password))).toBe(false);
    const secrets = join(app.dir, 'team-secrets.json');
    expect(readFileSync(secrets, 'utf8')).toContain(person.password);
    expect(statSync(secrets).mode & 0o777).toBe(0o600);
    // the first sync was started; joining it waits for it, and status tells the connection
    await app.api.syncTeamNow(undefined);
    const st = joined(await app.api.getTeamStatus(undefined));
    expect(st).toMatchObject({ host: '127.0.0.1', personName: 'Ayşe Yılmaz', role: 'staff', connection: 'online', tls: false });
    expect(st.serverVersion).toMatch(/^\d+/);
    expect(st.syncing).toBe(false);
  });

  it('status counts the queue and the open conflicts from the file’s rows; conflicts name the record and the fields', async () => {
    const person = await db.person('Kemal Aydın', 'staff');
    app = ownerApp();
    await app.api.joinTeam({ url: person.url });
    await app.api.syncTeamNow(undefined);
    const s = app.runtime.services();
    const clientId = s.clients.create(newClient('Deniz Ltd')).id;
    const outbox = s.ctx.sqlite.prepare(
      'INSERT INTO team_outbox (device_uid, client_id, payload, queued_at, last_error) VALUES (?, ?, ?, ?, ?)',
    );
    outbox.run('u1', clientId, '{}', '2026-11-23T09:00:00.000Z', 'the client is not visible to you');
    outbox.run('u2', clientId, '{}', '2026-11-23T09:05:00.000Z', null);
    outbox.run('u3', clientId, '{}', '2026-11-23T09:10:00.000Z', null);
    const conflict = s.ctx.sqlite.prepare(
      `INSERT INTO team_conflicts (entity, entity_id, entity_key, mine, theirs, their_version, their_author, detected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    conflict.run(
      'client',
      clientId,
      null,
      JSON.stringify({ name: 'Deniz Ltd', email: 'a@deniz.test', team_version: 3 }),
      JSON.stringify({ name: 'Deniz Ltd', email: 'info@deniz.test', team_version: 4 }),
      4,
      'owner_x',
      '2026-11-23T10:00:00.000Z',
    );
    conflict.run(
      'setting',
      null,
      'valuation',
      // a setting's row holds its JSON document as `value`, as the record sync writes it
      JSON.stringify({ value: JSON.stringify({ discountRatePct: 10, windowMonths: 12 }) }),
      JSON.stringify({ value: JSON.stringify({ discountRatePct: 12, windowMonths: 12 }) }),
      2,
      '',
      '2026-11-23T09:59:00.000Z',
    );
    const st = joined(await app.api.getTeamStatus(undefined));
    expect(st.queue).toEqual({
      pending: 3,
      oldestQueuedAt: '2026-11-23T09:00:00.000Z',
      lastError: 'the client is not visible to you',
      conflicts: 2,
    });
    const list = await app.api.listTeamConflicts(undefined);
    expect(list).toMatchObject([
      {
        entity: 'client',
        label: 'Deniz Ltd',
        fields: [{ field: 'email', mine: 'a@deniz.test', theirs: 'info@deniz.test' }],
        theirAuthor: 'owner_x',
      },
      { entity: 'setting', label: 'valuation', fields: [{ field: 'discountRatePct', mine: 10, theirs: 12 }] },
    ]);
    // settling goes through the record sync (sync/records.ts); whatever it answers, a refusal is a sentence
    const outcome = await Promise.resolve()
      .then(() => app!.api.resolveTeamConflict({ id: list[0]!.id, keep: 'theirs' }))
      .then(
        (v) => v,
        (e: unknown) => e,
      );
    if (outcome instanceof AppError) expect(enTeam[String(outcome.details?.['teamMessage']).replace('errors.', '')]).toBeTruthy();
    else expect(outcome).toEqual({ resolved: true });
  });

  it('leave switches back to the owner’s own file, open again returns to the team file, and start-up opens the one in use', async () => {
    const person = await db.person('Leyla Ahmadova', 'accountant');
    app = ownerApp();
    const own = join(app.dir, 'client-dossier.db');
    const pointerFile = join(app.dir, 'team-file.json');
    await app.api.joinTeam({ url: person.url });
    await app.api.syncTeamNow(undefined);
    const teamFile = app.runtime.control.databasePath;
    // the owner's data location is the owner's file: a team file is not moved in its place
    const move = await refusal(app.api.moveDataFolder({ confirm: true }));
    expect(move.details?.['teamMessage']).toBe('errors.moveTeamFile');
    expect(startupPlace(pointerFile, { databasePath: own, dataDir: join(app.dir, 'data') }).databasePath).toBe(teamFile);
    await app.api.leaveTeam(undefined);
    expect(app.runtime.control.databasePath).toBe(own);
    expect(app.runtime.control.dataDir).toBe(join(app.dir, 'data'));
    expect(readTeamReplica(app.runtime.services().ctx.sqlite)).toBeNull();
    expect((await app.api.getSettings(undefined)).profile?.businessName).toBe(sampleProfile.businessName);
    const left = await app.api.getTeamStatus(undefined);
    expect(left).toEqual({
      joined: false,
      teamFile: { host: '127.0.0.1', database: expect.any(String), personName: 'Leyla Ahmadova' },
    });
    expect(readTeamPointer(pointerFile)?.active).toBe('own');
    expect(startupPlace(pointerFile, { databasePath: own, dataDir: join(app.dir, 'data') }).databasePath).toBe(own);
    // joining the same team again is refused: its file is here
    const again = await refusal(app.api.joinTeam({ url: person.url }));
    expect(again.details?.['teamMessage']).toBe('errors.joinedBefore');
    await app.api.reopenTeamFile(undefined);
    expect(app.runtime.control.databasePath).toBe(teamFile);
    expect(joined(await app.api.getTeamStatus(undefined)).personName).toBe('Leyla Ahmadova');
    await app.api.syncTeamNow(undefined);
    expect(joined(await app.api.getTeamStatus(undefined)).connection).toBe('online');
  });
});

describe('a join that cannot be made leaves no file and says why', () => {
  const cases: [string, () => Promise<string>, string][] = [
    [
      'a wrong password',
      async () => {
        const p = await db.person('Wrong Password', 'staff');
        const u = new URL(p.url);
        u.password = 'not-the-password';
        return u.toString();
      },
      'errors.wrongPassword',
    ],
    ['an unreachable server', async () => 'postgresql://someone:pw@127.0.0.1:9/team?sslmode=prefer', 'errors.unreachable'],
    [
      'a database without the team schema',
      async () => {
        const p = await db.person('No Schema', 'staff');
        const root = await connectTeam(inject('teamServerUrl'));
        const name = `cd_plain_${Date.now().toString(36)}`;
        await root.query(`CREATE DATABASE ${name}`);
        await root.end();
        const u = new URL(p.url);
        u.pathname = `/${name}`;
        return u.toString();
      },
      'errors.noSchema',
    ],
    [
      'a login that is not a person of the team',
      async () => {
        const u = new URL(db.adminUrl);
        u.searchParams.set('sslmode', 'prefer');
        return u.toString();
      },
      'errors.notPerson',
    ],
    [
      'sslmode=require against a server without TLS',
      async () => {
        const p = await db.person('Needs TLS', 'staff');
        const u = new URL(p.url);
        u.searchParams.set('sslmode', 'require');
        return u.toString();
      },
      'errors.tlsRequired',
    ],
    ['something that is not a URL', async () => 'http://example.test/', 'errors.badUrl'],
  ];
  for (const [what, url, key] of cases)
    it(what, async () => {
      app = ownerApp();
      const own = join(app.dir, 'client-dossier.db');
      const before = sha(own);
      const e = await refusal(app.api.joinTeam({ url: await url() }));
      expect(e.details?.['teamMessage']).toBe(key);
      expect(enTeam[key.replace('errors.', '')]).toBeTruthy();
      expect(teamFiles(app.dir)).toEqual([]);
      expect(existsSync(join(app.dir, 'team-file.json'))).toBe(false);
      expect(app.runtime.control.databasePath).toBe(own);
      expect(
        app.runtime.services().ctx.sqlite.prepare('SELECT 1 FROM settings WHERE key = ?').get(teamReplicaKey),
      ).toBeUndefined();
      expect(sha(own)).toBe(before);
    });

  it('the join form’s fields make the same URL', async () => {
    const person = await db.person('Fields Person', 'staff');
    app = ownerApp();
    const u = new URL(person.url);
    const r = await app.api.joinTeam({
      host: u.hostname,
      port: Number(u.port),
      database: u.pathname.slice(1),
      login: person.login,
      password: person.password,
    });
    expect(r.personName).toBe('Fields Person');
  });
});
