// Connecting to the team's PostgreSQL server with node-postgres, with libpq's meaning of sslmode
// (node-postgres reads `prefer` as `verify-full`): `prefer` (the default) uses TLS when the server
// offers it and a plain connection when it does not; `require` insists on TLS; `verify-full` also
// checks the certificate; `disable` never uses TLS.
import pg from 'pg';
import { AppError } from '../../shared/errors';

export type SslMode = 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';
const sslModes: readonly SslMode[] = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];

export interface TeamTarget {
  /** the URL without sslmode, as node-postgres should read it */
  connectionString: string;
  sslMode: SslMode;
  host: string;
  port: number;
  database: string;
  user: string;
}

/** Parses a postgres:// URL; refuses anything else with a sentence a person can act on. */
export function parseTeamUrl(url: string): TeamTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new AppError('VALIDATION', `not a PostgreSQL URL: expected postgresql://user:password@host:5432/database`);
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:')
    throw new AppError(
      'VALIDATION',
      `not a PostgreSQL URL (${u.protocol}): expected postgresql://user:password@host:5432/database`,
    );
  const mode = (u.searchParams.get('sslmode') ?? 'prefer') as SslMode;
  if (!sslModes.includes(mode)) throw new AppError('VALIDATION', `unknown sslmode ${mode}: use one of ${sslModes.join(', ')}`);
  u.searchParams.delete('sslmode');
  return {
    connectionString: u.toString(),
    sslMode: mode,
    host: decodeURIComponent(u.hostname) || 'localhost',
    port: u.port ? Number(u.port) : 5432,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || decodeURIComponent(u.username),
    user: decodeURIComponent(u.username),
  };
}

/** The URL one person's app connects with (TLS when the server offers it). */
export function personUrl(t: TeamTarget, user: string, password: string): string {
  const u = new URL(t.connectionString);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  u.searchParams.set('sslmode', 'prefer');
  return u.toString();
}

function sslOption(mode: SslMode, tls: boolean): pg.ClientConfig['ssl'] {
  if (!tls) return false;
  if (mode === 'verify-full' || mode === 'verify-ca') return { rejectUnauthorized: true };
  return { rejectUnauthorized: false };
}

/** Why a connection failed, as a sentence: unreachable, refused login, no such database. */
function connectError(t: TeamTarget, e: unknown): AppError {
  const err = e as { code?: string; message?: string };
  const where = `${t.host}:${t.port}`;
  if (err.code === 'ECONNREFUSED' || err.code === 'ENOTFOUND' || err.code === 'EHOSTUNREACH' || err.code === 'ETIMEDOUT')
    return new AppError(
      'IO',
      `the team server at ${where} cannot be reached (${err.code}): is it running, and is the address right?`,
    );
  if (err.code === '28P01' || err.code === '28000')
    return new AppError('FORBIDDEN', `the team server at ${where} refused the login of ${t.user}: ${err.message}`);
  if (err.code === '3D000') return new AppError('NOT_FOUND', `the team server at ${where} has no database ${t.database}`);
  return new AppError('IO', `could not connect to the team server at ${where}: ${err.message ?? String(e)}`);
}

/** Connects one client, following sslmode as libpq does. */
export async function connectTeam(url: string | TeamTarget, opts: { connectTimeoutMs?: number } = {}): Promise<pg.Client> {
  const t = typeof url === 'string' ? parseTeamUrl(url) : url;
  const attempt = async (tls: boolean) => {
    const c = new pg.Client({
      connectionString: t.connectionString,
      ssl: sslOption(t.sslMode, tls),
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
      application_name: 'client-dossier',
    });
    // a server that goes away later must not crash the process: the next query fails instead
    c.on('error', () => {});
    await c.connect();
    return c;
  };
  const firstTls = t.sslMode !== 'disable' && t.sslMode !== 'allow';
  try {
    return await attempt(firstTls);
  } catch (e) {
    const noTls = /does not support SSL/i.test((e as Error).message ?? '');
    if (firstTls && noTls && t.sslMode === 'prefer') {
      try {
        return await attempt(false);
      } catch (e2) {
        throw connectError(t, e2);
      }
    }
    if (noTls)
      throw new AppError('IO', `the team server at ${t.host}:${t.port} does not offer TLS, and sslmode=${t.sslMode} requires it`);
    throw connectError(t, e);
  }
}

/** Runs `fn` on one connection and closes it. */
export async function withTeam<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = await connectTeam(url);
  try {
    return await fn(c);
  } finally {
    await c.end().catch(() => {});
  }
}
