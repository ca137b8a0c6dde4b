// `team init`: checks the server (PostgreSQL 15 or newer, a UTF8 database, a role that may create
// roles and schemas), then creates or brings up to date the team schema in one transaction.
import type pg from 'pg';
import { AppError } from '../../shared/errors';
import { keeperRole, objectsSql, rolesSql, teamSchema, teamSchemaVersion } from './schema-sql';

export const minServerVersion = 150000;

export interface InitResult {
  serverVersion: string;
  database: string;
  /** true when the schema was there already (its functions, triggers, policies were brought up to date) */
  existed: boolean;
  schemaVersion: number;
}

interface ServerFacts {
  version_num: string;
  version: string;
  encoding: string;
  db: string;
  me: string;
  superuser: boolean;
  createrole: boolean;
  db_owner: boolean;
  existed: boolean;
}

export async function serverFacts(c: pg.Client): Promise<ServerFacts> {
  const r = await c.query<ServerFacts>(
    `SELECT current_setting('server_version_num') AS version_num, current_setting('server_version') AS version,
            pg_encoding_to_char(d.encoding) AS encoding, current_database() AS db, current_user AS me,
            r.rolsuper AS superuser, r.rolcreaterole AS createrole, d.datdba = r.oid AS db_owner,
            EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS existed
       FROM pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname = current_user`,
    [teamSchema],
  );
  return r.rows[0]!;
}

/** Refuses, with the reason, a server or a role that cannot hold a team database. */
export function checkServer(f: ServerFacts): void {
  if (Number(f.version_num) < minServerVersion)
    throw new AppError('INVALID_STATE', `the team database needs PostgreSQL 15 or newer; this server is ${f.version}`);
  if (f.encoding !== 'UTF8')
    throw new AppError(
      'INVALID_STATE',
      `the database ${f.db} uses the encoding ${f.encoding}; the journal's hashes need UTF8 (create it with ENCODING 'UTF8')`,
    );
  if (!f.superuser && !(f.createrole && f.db_owner))
    throw new AppError(
      'FORBIDDEN',
      `${f.me} may not set up the team database: connect as a superuser, or as the owner of ${f.db} with the CREATEROLE privilege`,
    );
}

export async function initTeam(c: pg.Client): Promise<InitResult> {
  const facts = await serverFacts(c);
  checkServer(facts);
  await c.query('BEGIN');
  try {
    // two inits at once would race on CREATE ROLE: the second waits for the first
    await c.query("SELECT pg_advisory_xact_lock(hashtext('client-dossier team init'))");
    await c.query(rolesSql);
    // a database owner who is not a superuser acts as the keeper through membership
    if (!facts.superuser) await c.query(`GRANT ${keeperRole} TO ${c.escapeIdentifier(facts.me)}`);
    await c.query(`SET LOCAL ROLE ${keeperRole}`);
    await c.query(objectsSql);
    await c.query('RESET ROLE');
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  }
  return { serverVersion: facts.version, database: facts.db, existed: facts.existed, schemaVersion: teamSchemaVersion };
}

/** Refuses to work on a database that `team init` has not set up (or set up by a newer app). */
export async function requireTeamSchema(c: pg.ClientBase): Promise<void> {
  const has = await c.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [`${teamSchema}.meta`]);
  const r = has.rows[0]?.t
    ? await c.query<{ v: string }>(`SELECT value AS v FROM ${teamSchema}.meta WHERE key = 'schemaVersion'`)
    : { rows: [] as { v: string }[] };
  const v = r.rows[0]?.v;
  if (v == null)
    throw new AppError('NOT_FOUND', 'this database has no team schema: run `npm run cli -- team init --url …` first');
  if (Number(v) > teamSchemaVersion)
    throw new AppError('DB_TOO_NEW', `the team database was set up by a newer Client Dossier (schema ${v}); update this app`);
}
