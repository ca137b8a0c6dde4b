// The versioned tables of a team replica as the record sync sees them (sync/records.ts): their
// columns on both sides, values converted between SQLite and PostgreSQL, the little state the sync
// keeps in settings (pending uids, refusals, watermarks), and renumbering a row made here to the
// id the server gave it.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { personalSettingFields, type TeamRecordEntity, type TeamRecordRefusal } from '../../../shared/domain/team-records';
import { nowIso, type ServiceContext } from '../../core/context';
import type { Sqlite } from '../../db/open';
import { teamSchema } from '../schema-sql';
import type { VersionedTable } from './local-ids';
import { renumberInOutbox } from './outbox';
import { renumberInAccessQueue } from '../access-log';

export type Kind = 'text' | 'int' | 'bool';
export type Value = string | number | boolean | null;
export type Values = Record<string, Value>;

export interface Spec {
  entity: Exclude<TeamRecordEntity, 'setting'>;
  table: VersionedTable;
  columns: readonly (readonly [string, Kind])[];
  /** the column naming this row's parent, which must be on the server first */
  parent?: { column: string; table: VersionedTable };
}

export const specs: readonly Spec[] = [
  {
    entity: 'client',
    table: 'clients',
    columns: [
      ['name', 'text'],
      ['company', 'text'],
      ['email', 'text'],
      ['phone', 'text'],
      ['status', 'text'],
      ['client_since', 'text'],
      ['acquisition_channel', 'text'],
      ['acquisition_cost_minor', 'int'],
      ['is_high_profile', 'bool'],
      ['payment_terms_kind', 'text'],
      ['payment_terms_value', 'int'],
      ['notes', 'text'],
      ['archived_at', 'text'],
      ['is_sample', 'bool'],
    ],
  },
  {
    entity: 'invoice',
    table: 'invoices',
    parent: { column: 'client_id', table: 'clients' },
    columns: [
      ['client_id', 'int'],
      ['number', 'text'],
      ['issued_on', 'text'],
      ['due_on', 'text'],
      ['amount_minor', 'int'],
      ['list_price_minor', 'int'],
      ['currency', 'text'],
      ['description', 'text'],
      ['voided_at', 'text'],
      ['is_sample', 'bool'],
    ],
  },
  {
    entity: 'payment',
    table: 'payments',
    parent: { column: 'invoice_id', table: 'invoices' },
    columns: [
      ['invoice_id', 'int'],
      ['paid_on', 'text'],
      ['amount_minor', 'int'],
      ['note', 'text'],
      ['voided_at', 'text'],
    ],
  },
  {
    entity: 'case',
    table: 'offboarding_cases',
    parent: { column: 'client_id', table: 'clients' },
    columns: [
      ['client_id', 'int'],
      ['path', 'text'],
      ['step', 'text'],
      ['status', 'text'],
      ['data', 'text'],
      ['outcome', 'text'],
      ['started_at', 'text'],
      ['completed_at', 'text'],
    ],
  },
];
export const specOf = (entity: string): Spec | undefined => specs.find((x) => x.entity === entity);

const s = teamSchema;
const pendingUidsPrefix = 'team.pendingUid.';
export const refusalsKey = 'team.records.refusals';
export const watermarkKey = (table: string) => `team.watermark.${table}`;

// ── values: the same record as SQLite stores it, as PostgreSQL returns it, and in between ────────

export function fromLocal(spec: Spec, row: Record<string, unknown>): Values {
  const v: Values = {};
  for (const [c, k] of spec.columns) {
    const x = row[c];
    v[c] = x == null ? null : k === 'bool' ? x === 1 || x === true : k === 'int' ? Number(x) : String(x);
  }
  return v;
}
export function fromServer(spec: Spec, row: Record<string, unknown>): Values {
  const v: Values = {};
  for (const [c, k] of spec.columns) {
    const x = row[c];
    v[c] = x == null ? null : k === 'bool' ? x === true : k === 'int' ? Number(x) : String(x);
  }
  return v;
}
export const toLocal = (v: Value): string | number | null => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
export const sameValues = (a: Values, b: Values) => Object.keys(a).every((k) => a[k] === b[k]);

/** A PostgreSQL refusal as the reason shown; anything else (the connection failing) is not a refusal. */
export function refusalReason(e: unknown): TeamRecordRefusal['reason'] | null {
  const err = e as { code?: string; severity?: string };
  if (!err || typeof err.code !== 'string' || !err.severity) return null;
  if (err.code === '42501') return 'forbidden';
  if (err.code === 'P0002') return 'hidden';
  if (err.code === '23505') return 'duplicate';
  if (err.code.startsWith('22') || err.code.startsWith('23')) return 'invalid';
  return 'failed';
}

// ── the little state this file keeps in settings ──────────────────────────────────────────────

export function readJsonSetting<T>(sqlite: Sqlite, key: string, fallback: T): T {
  const r = sqlite.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
  if (!r) return fallback;
  try {
    return JSON.parse(r.value) as T;
  } catch {
    return fallback;
  }
}
export function writeJsonSetting(ctx: ServiceContext, key: string, value: unknown) {
  const at = nowIso(ctx);
  ctx.sqlite
    .prepare(
      `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(key, JSON.stringify(value), at, at);
}

/**
 * The uid a row created here is sent with, stored (one settings row per pending row, so a large
 * offline import stays cheap) before the first attempt, so a retry sends the same one. Forgotten
 * in the transaction that gives the row its server id: a later row that reuses the negative id
 * gets a uid of its own.
 */
const pendingUidKey = (table: string, id: number) => `${pendingUidsPrefix}${table}.${id}`;
export function pendingUid(ctx: ServiceContext, table: string, id: number): string {
  const known = readJsonSetting<string | null>(ctx.sqlite, pendingUidKey(table, id), null);
  if (known) return known;
  const uid = randomUUID();
  writeJsonSetting(ctx, pendingUidKey(table, id), uid);
  return uid;
}
export function forgetPendingUid(ctx: ServiceContext, table: string, id: number) {
  ctx.sqlite.prepare('DELETE FROM settings WHERE key = ?').run(pendingUidKey(table, id));
}

/** Changes this app could not push in its last round, with the server's reason. */
export function listRecordRefusals(sqlite: Sqlite): TeamRecordRefusal[] {
  return readJsonSetting<TeamRecordRefusal[]>(sqlite, refusalsKey, []);
}

// ── renumbering: the server's id replaces a negative one everywhere, in one transaction ─────────

export function renumber(sqlite: Sqlite, table: VersionedTable, from: number, to: number) {
  // the row and its children move in one go: foreign keys are checked at commit
  sqlite.pragma('defer_foreign_keys = ON');
  const run = (sql: string, ...args: (number | string)[]) => sqlite.prepare(sql).run(...args);
  run(`UPDATE ${table} SET id = ? WHERE id = ?`, to, from);
  const entity = specs.find((x) => x.table === table)!.entity;
  run('UPDATE team_conflicts SET entity_id = ? WHERE entity = ? AND entity_id = ?', to, entity, from);
  run('UPDATE record_revisions SET entity_id = ? WHERE entity = ? AND entity_id = ?', to, entity, from);
  if (table === 'clients') {
    for (const t of ['invoices', 'offboarding_cases', 'direct_costs', 'client_status_changes', 'prospect_screenings'])
      run(`UPDATE ${t} SET client_id = ? WHERE client_id = ?`, to, from);
    renumberInOutbox(sqlite, 'client', from, to);
    renumberInAccessQueue(sqlite, from, to);
  } else if (table === 'invoices') {
    run('UPDATE payments SET invoice_id = ? WHERE invoice_id = ?', to, from);
  } else if (table === 'offboarding_cases') {
    renumberInOutbox(sqlite, 'case', from, to);
    run(
      `UPDATE offboarding_cases SET data = json_set(data, '$.escalatedToCaseId', ?) WHERE json_extract(data, '$.escalatedToCaseId') = ?`,
      to,
      from,
    );
  }
}

// ── SQL for one table, both sides ─────────────────────────────────────────────────────────────

export const cols = (spec: Spec) => spec.columns.map(([c]) => c);
export const serverSelect = (spec: Spec) =>
  `SELECT id, uid, ${cols(spec).join(', ')}, version, change_seq, updated_by, ${s}.iso(created_at) AS created_at, ${s}.iso(updated_at) AS updated_at FROM ${s}.${spec.table}`;

export interface LocalRow extends Record<string, unknown> {
  id: number;
  team_version: number | null;
  team_dirty: number;
}
export interface ServerRow extends Record<string, unknown> {
  id: string;
  version: number;
  change_seq: string;
  updated_by: string;
  created_at: string;
  updated_at: string;
}

/** Writes `v` into the local row `id` only if it still holds `expect` (a change made meanwhile here is kept, dirty). */
export function cleanIfUnchanged(sqlite: Sqlite, spec: Spec, id: number, expect: Values, version: number): boolean {
  const names = cols(spec);
  const r = sqlite
    .prepare(
      `UPDATE ${spec.table} SET team_version = ?, team_dirty = 0 WHERE id = ? AND ${names.map((c) => `${c} IS ?`).join(' AND ')}`,
    )
    .run(version, id, ...names.map((c) => toLocal(expect[c]!)));
  if (r.changes === 0) sqlite.prepare(`UPDATE ${spec.table} SET team_version = ? WHERE id = ?`).run(version, id);
  return r.changes > 0;
}

export function writeLocal(sqlite: Sqlite, spec: Spec, id: number, v: Values, version: number, dirty: 0 | 1) {
  const names = cols(spec);
  sqlite
    .prepare(`UPDATE ${spec.table} SET ${names.map((c) => `${c} = ?`).join(', ')}, team_version = ?, team_dirty = ? WHERE id = ?`)
    .run(...names.map((c) => toLocal(v[c]!)), version, dirty, id);
}

// settings: one row per key; only the team-wide keys (shared/domain/team-records.ts) ever leave
export interface LocalSetting {
  key: string;
  value: string;
  team_version: number | null;
  team_dirty: number;
}
export interface ServerSetting {
  key: string;
  value: string;
  version: number;
  change_seq: string;
  updated_by: string;
}
export const settingValues = (value: string): Values => ({ value });

const personalFields = (key: string): readonly string[] =>
  (personalSettingFields as Record<string, readonly string[] | undefined>)[key] ?? [];
const asObject = (json: string): Record<string, unknown> | null => {
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};
/** The server's document as it is stored here: this person's own fields (profile: language, time zone) kept. */
export function incomingSetting(key: string, local: string | null, server: string): string {
  const own = personalFields(key);
  const here = local === null ? null : asObject(local);
  const there = asObject(server);
  if (own.length === 0 || !here || !there) return server;
  const merged = { ...there };
  for (const f of own) {
    if (f in here) merged[f] = here[f];
    else delete merged[f];
  }
  return JSON.stringify(merged);
}
/** Equal but for this person's own fields. */
export const sameSetting = (key: string, local: string, server: string) => incomingSetting(key, local, server) === local;

export function cleanSetting(sqlite: Sqlite, key: string, sent: string, version: number) {
  const r = sqlite
    .prepare('UPDATE settings SET team_version = ?, team_dirty = 0 WHERE key = ? AND value = ?')
    .run(version, key, sent);
  if (r.changes === 0) sqlite.prepare('UPDATE settings SET team_version = ?, team_dirty = 1 WHERE key = ?').run(version, key);
}

/** Sends this app's values of one row over `base`; returns the new version, or the server's row when it moved. */
export async function sendChange(
  c: pg.ClientBase,
  spec: Spec,
  id: number,
  v: Values,
  base: number,
): Promise<{ version: number } | { theirs: ServerRow | undefined }> {
  const names = cols(spec);
  const r = await c.query<{ version: number }>(
    `UPDATE ${s}.${spec.table} SET ${names.map((n, i) => `${n} = $${i + 3}`).join(', ')} WHERE id = $1 AND version = $2 RETURNING version`,
    [id, base, ...names.map((n) => v[n])],
  );
  if (r.rows[0]) return { version: r.rows[0].version };
  return { theirs: (await c.query<ServerRow>(`${serverSelect(spec)} WHERE id = $1`, [id])).rows[0] };
}
