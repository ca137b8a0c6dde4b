// A fresh database on the team test server for one test file, set up by `team init`, with the
// people a test asks for (each a real LOGIN role, connected with the URL add-person prints).
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type pg from 'pg';
import { connectTeam, parseTeamUrl } from '../../src/main/team/connect';
import { initTeam } from '../../src/main/team/init';
import { addPerson, type AddedPerson, type PersonRole } from '../../src/main/team/people';

export interface TeamDb {
  /** a superuser's URL to this file's database */
  adminUrl: string;
  admin: pg.Client;
  person: (name: string, role: PersonRole) => Promise<AddedPerson & { connect: () => Promise<pg.Client> }>;
  /** a client row made by the superuser; returns its id */
  client: (name: string, o?: { restricted?: boolean }) => Promise<number>;
  close: () => Promise<void>;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function teamDb(): Promise<TeamDb> {
  const serverUrl = inject('teamServerUrl');
  const tag = randomBytes(4).toString('hex');
  const dbName = `cd_team_${tag}`;
  const root = await connectTeam(serverUrl);
  await root.query(`CREATE DATABASE ${dbName} ENCODING 'UTF8' TEMPLATE template0`);
  const adminUrl = withDatabase(serverUrl, dbName);
  const admin = await connectTeam(adminUrl);
  await initTeam(admin);
  const logins: string[] = [];
  const connections: pg.Client[] = [];
  return {
    adminUrl,
    admin,
    async person(name, role) {
      const login = `${role}_${tag}_${logins.length + 1}`;
      const p = await addPerson(admin, parseTeamUrl(adminUrl), { name, role, login });
      logins.push(p.login);
      return {
        ...p,
        connect: async () => {
          const c = await connectTeam(p.url);
          connections.push(c);
          return c;
        },
      };
    },
    async client(name, o = {}) {
      const r = await admin.query<{ id: string }>('INSERT INTO dossier.clients (name, restricted) VALUES ($1, $2) RETURNING id', [
        name,
        o.restricted ?? false,
      ]);
      return Number(r.rows[0]!.id);
    },
    async close() {
      for (const c of connections) await c.end().catch(() => {});
      await admin.end();
      await root.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
      for (const l of logins) await root.query(`DROP ROLE IF EXISTS ${root.escapeIdentifier(l)}`);
      await root.end();
    },
  };
}
