// A team replica for the record-sync tests: a real temp app whose file carries the `team.replica`
// setting as joining a team writes it, and a connection as that person.
import type pg from 'pg';
import type { ServiceContext } from '../../src/main/core/context';
import { teamReplicaKey, type TeamReplica } from '../../src/main/team/sync/replica';
import type { AddedPerson } from '../../src/main/team/people';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import type { TeamDb } from './team-db';

export interface ReplicaApp extends TempApp {
  ctx: ServiceContext;
  c: pg.Client;
  person: AddedPerson;
}

export async function replicaApp(db: TeamDb, name: string, role: AddedPerson['role']): Promise<ReplicaApp> {
  const person = await db.person(name, role);
  const c = await person.connect();
  const app = createTempApp();
  const u = new URL(db.adminUrl);
  const replica: TeamReplica = {
    host: u.hostname,
    port: Number(u.port),
    database: u.pathname.slice(1),
    teamCreatedAt: '2026-12-03T00:00:00.000Z',
    roleName: person.login,
    personName: name,
    role,
    joinedAt: app.clock.now.toISOString(),
  };
  const at = app.clock.now.toISOString();
  app.database.sqlite
    .prepare('INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)')
    .run(teamReplicaKey, JSON.stringify(replica), at, at);
  const ctx: ServiceContext = {
    db: app.database.db,
    sqlite: app.database.sqlite,
    dataDir: app.dir,
    databasePath: app.database.path,
    now: () => app.clock.now,
  };
  return Object.assign(app, { ctx, c, person });
}
