// A team replica for the tests: a real app file (createTempApp) with the `team.replica` setting
// the join flow writes, and clients mirrored under the server's ids (what the record sync does).
// The teamui branch builds the real join; this stands in for it and nothing else.
import type pg from 'pg';
import { parseTeamUrl } from '../../src/main/team/connect';
import { teamReplicaKey, type TeamReplica } from '../../src/main/team/sync/replica';
import { pullJournal, pushQueue } from '../../src/main/team/sync/journal';
import type { AddedPerson } from '../../src/main/team/people';
import { createTempApp, type TempApp } from '../helpers/temp-db';

export interface Replica {
  app: TempApp;
  person: AddedPerson;
  connect: () => Promise<pg.Client>;
  /** the server's client, here under the same id (as the record sync stores it) */
  mirrorClient: (id: number, name: string) => void;
  /** the journal half of syncOnce: push the outbox, then pull (records are the other branch's) */
  syncJournal: (c: pg.ClientBase) => Promise<{ pushed: number; pulled: number }>;
  close: () => void;
}

/** Writes the `team.replica` setting as joining writes it: this file mirrors the person's team. */
export function markAsReplica(app: TempApp, person: AddedPerson): TeamReplica {
  const t = parseTeamUrl(person.url);
  const replica: TeamReplica = {
    host: t.host,
    port: t.port,
    database: t.database,
    teamCreatedAt: '2026-12-03T00:00:00.000Z',
    roleName: person.login,
    personName: person.name,
    role: person.role,
    joinedAt: app.clock.now.toISOString(),
  };
  const at = app.clock.now.toISOString();
  app.database.sqlite
    .prepare('INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)')
    .run(teamReplicaKey, JSON.stringify(replica), at, at);
  return replica;
}

export function makeReplica(person: AddedPerson & { connect: () => Promise<pg.Client> }, now?: string): Replica {
  const app = createTempApp(now ? { now } : {});
  markAsReplica(app, person);
  const ctx = () => app.services.ctx;
  return {
    app,
    person,
    connect: person.connect,
    mirrorClient(id, name) {
      app.database.sqlite
        .prepare("INSERT INTO clients (id, name, client_since, team_version) VALUES (?, ?, '2026-01-01', 1)")
        .run(id, name);
    },
    async syncJournal(c) {
      const { pushed } = await pushQueue(ctx(), c);
      const { pulled } = await pullJournal(ctx(), c);
      return { pushed, pulled };
    },
    close: () => app.close(),
  };
}
