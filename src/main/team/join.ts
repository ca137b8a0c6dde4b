// Joining a team: the URL `team add-person` printed (or its parts), a connection that uses TLS
// when the server offers it, the checks (PostgreSQL 15+, the team schema, this login a person
// there), then a NEW local file for the team with the `team.replica` setting. The owner's own
// file is never converted. The password goes to the Secrets port, never into the SQLite file.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type pg from 'pg';
import type { TeamJoinInput } from '../../shared/contract/team';
import { AppError } from '../../shared/errors';
import { openDatabase } from '../db/open';
import { connectTeam, parseTeamUrl, type SslMode, type TeamTarget } from './connect';
import { minServerVersion, requireTeamSchema } from './init';
import { teamError } from './messages';
import { teamSchema } from './schema-sql';
import { teamSecretKey, type Secrets } from './secrets';
import { teamReplicaKey, type TeamReplica } from './sync/replica';

/** What the `team.replica` setting holds: the replica model's fields and how to connect. */
export interface TeamFileSetting extends TeamReplica {
  sslMode: SslMode;
}

/** The URL of the join form's fields (TLS when the server offers it). */
export function joinUrl(input: TeamJoinInput): string {
  if ('url' in input) return input.url.trim();
  const e = encodeURIComponent;
  const host = input.host.includes(':') && !input.host.startsWith('[') ? `[${input.host}]` : input.host;
  return `postgresql://${e(input.login)}:${e(input.password)}@${host}:${input.port}/${e(input.database)}?sslmode=prefer`;
}

/** The URL a replica connects with, from its setting and the stored password. */
export function replicaUrl(r: TeamFileSetting, password: string): string {
  const e = encodeURIComponent;
  const host = r.host.includes(':') && !r.host.startsWith('[') ? `[${r.host}]` : r.host;
  return `postgresql://${e(r.roleName)}:${e(password)}@${host}:${r.port}/${e(r.database)}?sslmode=${r.sslMode ?? 'prefer'}`;
}

export function passwordOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}

/** Where a team's file goes: beside the owner's own, `team-<database>-<login>.db`, with its own data folder. */
export function teamFilePlace(ownDataDir: string, database: string, login: string) {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 60);
  const base = `team-${safe(database)}-${safe(login)}`;
  const folder = dirname(ownDataDir);
  return { databasePath: join(folder, `${base}.db`), dataDir: join(folder, `${base}-data`) };
}

export interface TeamConnectionFacts {
  client: pg.Client;
  target: TeamTarget;
  tls: boolean;
  serverVersion: string;
  person: { name: string; role: TeamReplica['role'] };
  teamCreatedAt: string;
}

/** Connects and checks everything a replica needs of the server; the connection is closed on a refusal. */
export async function openTeamConnection(
  url: string,
  opts: { expect?: Pick<TeamReplica, 'teamCreatedAt'>; connectTimeoutMs?: number } = {},
): Promise<TeamConnectionFacts> {
  const target = parseTeamUrl(url);
  const client = await connectTeam(target, opts.connectTimeoutMs ? { connectTimeoutMs: opts.connectTimeoutMs } : {});
  try {
    const v = await client.query<{ num: string; version: string; ssl: boolean | null }>(
      `SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version,
              (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS ssl`,
    );
    const facts = v.rows[0]!;
    if (Number(facts.num) < minServerVersion)
      throw teamError(
        'INVALID_STATE',
        'errors.serverTooOld',
        { version: facts.version },
        `PostgreSQL ${facts.version} is too old`,
      );
    await requireTeamSchema(client);
    let person: { name: string; role: TeamReplica['role'] } | undefined;
    try {
      const p = await client.query<{ name: string; role: TeamReplica['role'] }>(
        `SELECT name, role FROM ${teamSchema}.people WHERE role_name = session_user`,
      );
      person = p.rows[0];
    } catch (e) {
      if ((e as { code?: string }).code !== '42501') throw e; // permission denied: not one of the team's roles
    }
    if (!person)
      throw teamError(
        'FORBIDDEN',
        'errors.notPerson',
        { login: target.user, database: target.database },
        `${target.user} is not a person of this team`,
      );
    const m = await client.query<{ value: string }>(`SELECT value FROM ${teamSchema}.meta WHERE key = 'createdAt'`);
    const teamCreatedAt = m.rows[0]?.value ?? '';
    if (opts.expect && opts.expect.teamCreatedAt !== teamCreatedAt)
      throw teamError('INVALID_STATE', 'errors.otherTeam', { database: target.database }, 'this server holds another team');
    return { client, target, tls: facts.ssl === true, serverVersion: facts.version, person, teamCreatedAt };
  } catch (e) {
    await client.end().catch(() => {});
    throw e;
  }
}

const sidecars = ['', '-wal', '-shm', '-journal'];

/**
 * Makes the team's file at `databasePath` (which must not exist): connects and checks first, so a
 * wrong password, an unreachable server, a database without the team schema or a login that is
 * not a person leaves no file behind. The password is stored in `secrets`.
 */
export async function createTeamFile(o: {
  url: string;
  databasePath: string;
  secrets: Secrets;
  now: Date;
  /** settings copied from the file in use as a starting point (the business profile: language, currency) */
  seed?: { key: string; value: string }[];
}): Promise<{ setting: TeamFileSetting; tls: boolean; serverVersion: string }> {
  if (existsSync(o.databasePath))
    throw teamError('CONFLICT', 'errors.fileExists', { path: o.databasePath }, `${o.databasePath} exists already`);
  const facts = await openTeamConnection(o.url);
  await facts.client.end().catch(() => {});
  if (facts.target.sslMode === 'require' && !facts.tls)
    throw teamError('FORBIDDEN', 'errors.tlsRequired', { at: `${facts.target.host}:${facts.target.port}` });
  const setting: TeamFileSetting = {
    host: facts.target.host,
    port: facts.target.port,
    database: facts.target.database,
    teamCreatedAt: facts.teamCreatedAt,
    roleName: facts.target.user,
    personName: facts.person.name,
    role: facts.person.role,
    joinedAt: o.now.toISOString(),
    sslMode: facts.target.sslMode,
  };
  try {
    mkdirSync(dirname(o.databasePath), { recursive: true });
    const db = openDatabase(o.databasePath);
    try {
      const at = o.now.toISOString();
      const put = db.sqlite.prepare('INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)');
      db.sqlite.transaction(() => {
        for (const x of o.seed ?? []) if (x.key !== teamReplicaKey) put.run(x.key, x.value, at, at);
        put.run(teamReplicaKey, JSON.stringify(setting), at, at);
      })();
    } finally {
      db.close();
    }
    o.secrets.set(teamSecretKey(setting), passwordOf(o.url));
  } catch (e) {
    for (const s of sidecars) rmSync(o.databasePath + s, { force: true });
    throw e instanceof AppError ? e : new AppError('IO', `Could not create ${o.databasePath}: ${(e as Error).message}`);
  }
  return { setting, tls: facts.tls, serverVersion: facts.serverVersion };
}
