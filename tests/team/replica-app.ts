// A team replica for the record-sync tests: a real temp app whose file carries the `team.replica`
// setting as joining a team writes it, and a connection as that person.
import type pg from 'pg';
import type { ServiceContext } from '../../src/main/core/context';
import type { AddedPerson } from '../../src/main/team/people';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import type { TeamDb } from './team-db';
import { markAsReplica } from './replica';

export interface ReplicaApp extends TempApp {
  ctx: ServiceContext;
  c: pg.Client;
  person: AddedPerson;
}

export async function replicaApp(db: TeamDb, name: string, role: AddedPerson['role']): Promise<ReplicaApp> {
  const person = await db.person(name, role);
  const c = await person.connect();
  const app = createTempApp();
  markAsReplica(app, person);
  const ctx: ServiceContext = {
    db: app.database.db,
    sqlite: app.database.sqlite,
    dataDir: app.dir,
    databasePath: app.database.path,
    now: () => app.clock.now,
  };
  return Object.assign(app, { ctx, c, person });
}
