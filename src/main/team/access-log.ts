// The access log of a team (issue 18.5): who exported what. Every export made in a team replica —
// a dossier, a value report, a handover report or letters, a receipt, a CSV or full export, a
// backup — is recorded on the server by dossier.log_access, which stamps the person's login role
// and the server's time; nobody can change the log, and only owners can read it (schema-sql.ts).
// An export made offline is kept in a small queue in this file's settings and sent on the next
// sync, in order, so the log misses nothing. A single-user file records nothing.
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { z } from 'zod';
import { nowIso, type ServiceContext } from '../core/context';
import type { Sqlite } from '../db/open';
import { isTeamReplica } from './sync/replica';
import { requireTeamSchema } from './init';
import { teamSchema } from './schema-sql';
import { AppError } from '../../shared/errors';

/** The settings key of the queue of accesses not yet on the server (this file only, never pushed to the team). */
export const accessQueueKey = 'team.accessLogQueue';
/** At most this many wait; beyond it the oldest go (a log of a thousand offline exports is already the story). */
const keepAtMost = 1_000;

const queuedSchema = z.object({
  action: z.string().min(1).max(100),
  clientId: z.number().int().nullable(),
  detail: z.string().max(1_000),
  /** this computer's time of the export (the server stamps its own when the row arrives) */
  at: z.string(),
});
export type QueuedAccess = z.infer<typeof queuedSchema>;
const queueSchema = z.array(queuedSchema);

export type AccessAction =
  | 'export.dossier'
  | 'export.dossier_bundle'
  | 'export.value_report'
  | 'export.handover_report'
  | 'export.letters'
  | 'export.statement'
  | 'export.calendar'
  | 'export.receipt'
  | 'export.csv'
  | 'export.all'
  | 'backup';

function readQueue(sqlite: Sqlite): QueuedAccess[] {
  const r = sqlite.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(accessQueueKey);
  if (!r) return [];
  try {
    const parsed = queueSchema.safeParse(JSON.parse(r.value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function writeQueue(sqlite: Sqlite, q: QueuedAccess[], at: string): void {
  sqlite
    .prepare(
      `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(accessQueueKey, JSON.stringify(q), at, at);
}

/** For the record sync: a client made here got the server's id; the exports queued about it name that id. */
export function renumberInAccessQueue(sqlite: Sqlite, from: number, to: number): void {
  const q = readQueue(sqlite);
  if (!q.some((x) => x.clientId === from)) return;
  const at = new Date().toISOString();
  writeQueue(
    sqlite,
    q.map((x) => (x.clientId === from ? { ...x, clientId: to } : x)),
    at,
  );
}

export const pendingAccesses = (sqlite: Sqlite): number => readQueue(sqlite).length;

/** What sends the queue at once when the app is connected (the team service registers it); none: the next sync. */
const senders = new WeakMap<Sqlite, () => void>();
export function onAccessRecorded(sqlite: Sqlite, send: (() => void) | null): void {
  if (send) senders.set(sqlite, send);
  else senders.delete(sqlite);
}

/** A file's name and a count, the detail a log row carries ("Dossier - Demir.pdf: 12 entries"). */
export const accessDetail = (path: string | null, what: string): string =>
  (path ? `${basename(path)}: ${what}` : what).slice(0, 1_000);

/** Records one export of a team replica (queued, then sent); does nothing in a single-user file. */
export function recordAccess(
  ctx: Pick<ServiceContext, 'sqlite' | 'now' | 'databasePath'>,
  a: { action: AccessAction; clientId?: number | null; detail: string },
): void {
  if (!isTeamReplica(ctx.sqlite)) return;
  const at = nowIso(ctx);
  const entry: QueuedAccess = { action: a.action, clientId: a.clientId ?? null, detail: a.detail.slice(0, 1_000), at };
  // the CLI opens a file read-only for its reports: the queue is still written, on a connection of its own
  const own = ctx.sqlite.readonly ? new Database(ctx.databasePath, { fileMustExist: true, timeout: 5_000 }) : null;
  const target = own ?? ctx.sqlite;
  try {
    target.transaction(() => writeQueue(target, [...readQueue(target), entry].slice(-keepAtMost), at)).immediate();
  } finally {
    own?.close();
  }
  senders.get(ctx.sqlite)?.();
}

/**
 * Sends the queue in order through dossier.log_access; each row leaves the queue once the server
 * has it. A row queued offline says when it happened here (the server's time is when it arrived).
 * A client created here and not yet on the server (negative id) is named in the detail instead.
 */
export async function sendAccessLog(ctx: Pick<ServiceContext, 'sqlite' | 'now'>, c: pg.ClientBase): Promise<{ sent: number }> {
  let sent = 0;
  for (;;) {
    const q = readQueue(ctx.sqlite);
    const next = q[0];
    if (!next) return { sent };
    const late = ctx.now().getTime() - Date.parse(next.at) > 60_000;
    const local = next.clientId !== null && next.clientId < 0;
    const detail = [
      next.detail,
      ...(local ? [`client ${next.clientId} not yet on the server`] : []),
      ...(late ? [`made offline at ${next.at}`] : []),
    ].join('; ');
    await c.query(`SELECT ${teamSchema}.log_access($1, $2, $3)`, [next.action, local ? null : next.clientId, detail]);
    // the queue may have grown meanwhile: drop exactly the row just sent
    const now = readQueue(ctx.sqlite);
    writeQueue(ctx.sqlite, now[0] && now[0].at === next.at && now[0].action === next.action ? now.slice(1) : now, nowIso(ctx));
    sent++;
  }
}

export interface AccessLogRow {
  id: number;
  at: string;
  roleName: string;
  /** the person's name (dossier.people), '' when the role is no team person */
  name: string;
  action: string;
  clientId: number | null;
  detail: string;
}

/** The log, newest first, as an owner reads it; anyone else is refused by PostgreSQL ("permission denied"). */
export async function readAccessLog(c: pg.ClientBase, o: { limit?: number } = {}): Promise<AccessLogRow[]> {
  await requireTeamSchema(c);
  const mayRead = await c.query<{ ok: boolean }>(`SELECT has_table_privilege('${teamSchema}.access_log', 'SELECT') AS ok`);
  if (!mayRead.rows[0]?.ok) throw new AppError('FORBIDDEN', 'permission denied: only the team’s owners may read the access log');
  const r = await c.query<{
    id: string;
    at: Date;
    role_name: string;
    name: string | null;
    action: string;
    client_id: string | null;
    detail: string;
  }>(
    `SELECT l.id, l.at, l.role_name, p.name, l.action, l.client_id, l.detail
       FROM ${teamSchema}.access_log l LEFT JOIN ${teamSchema}.people p ON p.role_name = l.role_name
      ORDER BY l.id DESC LIMIT $1`,
    [o.limit ?? 500],
  );
  return r.rows.map((x) => ({
    id: Number(x.id),
    at: new Date(x.at).toISOString(),
    roleName: x.role_name,
    name: x.name ?? '',
    action: x.action,
    clientId: x.client_id === null ? null : Number(x.client_id),
    detail: x.detail,
  }));
}
