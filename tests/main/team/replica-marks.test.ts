// Migration 0009: a change made by any service marks the row for the next team push; the sync's
// own writes (which set team_version or team_dirty) do not.
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, type TempApp } from '../../helpers/temp-db';
import { queueState, readTeamReplica, teamReplicaKey } from '../../../src/main/team/sync/replica';

let app: TempApp;
afterEach(() => app?.close());

describe('team replica marks', () => {
  it('an edit through the clients service marks the row dirty; a sync write does not', () => {
    app = createTempApp();
    const c = app.services.clients.create(newClient('Ayşe Yılmaz'));
    const row = () =>
      app.database.sqlite.prepare('SELECT team_version AS v, team_dirty AS d FROM clients WHERE id = ?').get(c.id) as {
        v: number | null;
        d: number;
      };
    expect(row()).toEqual({ v: null, d: 0 });
    // the sync records that the server has this row at version 3
    app.database.sqlite.prepare('UPDATE clients SET team_version = 3 WHERE id = ?').run(c.id);
    expect(row()).toEqual({ v: 3, d: 0 });
    app.services.clients.update(c.id, { ...newClient('Ayşe Yılmaz'), phone: '+90 555 000 00 00' });
    expect(row()).toEqual({ v: 3, d: 1 });
    // the sync pushes it: the server's new version, clean again
    app.database.sqlite.prepare('UPDATE clients SET team_version = 4, team_dirty = 0 WHERE id = ?').run(c.id);
    expect(row()).toEqual({ v: 4, d: 0 });
  });

  it('a file without the team setting is no replica, and its queue is empty', () => {
    app = createTempApp();
    expect(readTeamReplica(app.database.sqlite)).toBeNull();
    expect(queueState(app.database.sqlite)).toEqual({ pending: 0, oldestQueuedAt: null, lastError: null, conflicts: 0 });
    app.database.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(
      teamReplicaKey,
      JSON.stringify({
        host: 'office',
        port: 5432,
        database: 'dossier',
        teamCreatedAt: 'x',
        roleName: 'ayse',
        personName: 'Ayşe',
        role: 'staff',
        joinedAt: 'y',
      }),
    );
    expect(readTeamReplica(app.database.sqlite)?.roleName).toBe('ayse');
  });
});
