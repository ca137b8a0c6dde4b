// What went wrong with the team server, as a catalogue key (`team.errors.*`) and its values, so
// the Team screen says it in the person's language. Errors from connect.ts, init.ts and the sync
// are AppErrors with English sentences; this sorts them by what the person can do about it.
import type { TeamMessage } from '../../shared/contract/team';
import { AppError } from '../../shared/errors';
import { catalogues } from '../../shared/i18n';

/** The error a team step throws, carrying its sentence for the screen in `details`. */
export function teamError(
  code: AppError['code'],
  key: string,
  params: Record<string, string | number> = {},
  english = key,
): AppError {
  return new AppError(code, english, { details: { teamMessage: key, ...params } });
}

/** Which sentence an error from the team server is, and whether the connection itself is gone. */
export function describeTeamError(
  e: unknown,
  where: { host: string; port: number; user?: string; database?: string },
): {
  message: TeamMessage;
  /** 'offline': try again later; 'refused': the server said no (password, schema, person) */
  connection: 'offline' | 'refused' | null;
} {
  const at = `${where.host}:${where.port}`;
  const msg = (e as Error)?.message ?? String(e);
  if (e instanceof AppError && typeof e.details?.['teamMessage'] === 'string') {
    const { teamMessage, ...rest } = e.details;
    const params = Object.fromEntries(
      Object.entries(rest).filter((x): x is [string, string | number] => typeof x[1] === 'string' || typeof x[1] === 'number'),
    );
    const refused = e.code === 'FORBIDDEN' || e.code === 'NOT_FOUND' || e.code === 'DB_TOO_NEW' || e.code === 'INVALID_STATE';
    return {
      message: { key: teamMessage as string, params },
      connection: e.code === 'IO' ? 'offline' : refused ? 'refused' : null,
    };
  }
  if (e instanceof AppError) {
    if (/cannot be reached/.test(msg)) return { message: { key: 'errors.unreachable', params: { at } }, connection: 'offline' };
    if (e.code === 'FORBIDDEN' && /refused the login/.test(msg))
      return { message: { key: 'errors.wrongPassword', params: { at, login: where.user ?? '' } }, connection: 'refused' };
    if (e.code === 'NOT_FOUND' && /has no database/.test(msg))
      return { message: { key: 'errors.noDatabase', params: { at, database: where.database ?? '' } }, connection: 'refused' };
    if (e.code === 'NOT_FOUND' && /no team schema/.test(msg))
      return { message: { key: 'errors.noSchema', params: { database: where.database ?? '' } }, connection: 'refused' };
    if (e.code === 'DB_TOO_NEW') return { message: { key: 'errors.schemaTooNew', params: {} }, connection: 'refused' };
    if (/does not offer TLS/.test(msg)) return { message: { key: 'errors.tlsRequired', params: { at } }, connection: 'refused' };
    if (e.code === 'IO') return { message: { key: 'errors.connection', params: { at, detail: msg } }, connection: 'offline' };
    if (e.code === 'VALIDATION') return { message: { key: 'errors.badUrl', params: { detail: msg } }, connection: null };
  }
  const code = (e as { code?: string })?.code ?? '';
  // the server went away mid-round (a connection reset, a server shutdown)
  if (/^(ECONNRESET|EPIPE|ETIMEDOUT|ECONNREFUSED)$/.test(code) || /^57P0/.test(code) || /Connection terminated/i.test(msg))
    return { message: { key: 'errors.lost', params: { at } }, connection: 'offline' };
  return { message: { key: 'errors.syncFailed', params: { detail: msg } }, connection: null };
}

/** The sentence in English (the CLI's language), from the same catalogue the Team screen uses. */
export function teamSentence(m: TeamMessage): string {
  const [group, name] = m.key.split('.') as [string, string];
  const table = (catalogues.en.team as unknown as Record<string, Record<string, string>>)[group];
  const text = table?.[name] ?? m.key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(m.params?.[k] ?? ''));
}
