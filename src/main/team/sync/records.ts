// Versioned records of a team replica: clients, invoices, payments, team-wide settings and
// offboarding cases, pushed and pulled with their version; a change made on both sides becomes a
// team_conflicts row, shown to the person and settled by them (resolveConflict), never overwritten
// silently in either direction.
//
// Push (pushRecords), table by table, parents first:
// - a row created here (negative id, team_version NULL) is inserted on the server with a uid this
//   file keeps until the reply arrives (settings `team.pendingUid.<table>.<id>`): a create retried after a
//   lost reply is `ON CONFLICT (uid) DO NOTHING` and finds the row made the first time. The
//   server's id then replaces the negative one everywhere in one local transaction (renumber);
// - a changed row (team_dirty = 1) is `UPDATE … WHERE id = … AND version = <team_version>`: no row
//   means someone changed it meanwhile: a conflict (this app's values kept, the row left dirty and
//   not pushed again until the person settles it);
// - a refusal (an accountant changing a client, a staff member a team setting, a duplicate invoice
//   number) is kept in settings `team.records.refusals` until a push succeeds; nothing is lost here.
// Pull (pullRecords): rows whose change_seq is above the table's watermark (settings
// `team.watermark.<table>`), in change order, paged: a clean row takes the server's values and
// version, a dirty one with a newer server version becomes a conflict, a new one is inserted with
// the server's id. Rows this person may no longer see (row-level security) simply stop arriving:
// they stay here as last seen.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../../../shared/errors';
import {
  isTeamWideSetting,
  personalSettingFields,
  type TeamConflict,
  type TeamConflictField,
  type TeamRecordEntity,
  type TeamRecordRefusal,
} from '../../../shared/domain/team-records';
import { nowIso, type ServiceContext } from '../../core/context';
import type { Sqlite } from '../../db/open';
import { teamSchema } from '../schema-sql';
import { readTeamReplica, type TeamReplica } from './replica';
import type { VersionedTable } from './local-ids';

type Kind = 'text' | 'int' | 'bool';
type Value = string | number | boolean | null;
type Values = Record<string, Value>;

interface Spec {
  entity: Exclude<TeamRecordEntity, 'setting'>;
  table: VersionedTable;
  columns: readonly (readonly [string, Kind])[];
  /** the column naming this row's parent, which must be on the server first */
  parent?: { column: string; table: VersionedTable };
}

const specs: readonly Spec[] = [
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
const specOf = (entity: string): Spec | undefined => specs.find((x) => x.entity === entity);

const s = teamSchema;
const pageSize = 500;
const pendingUidsPrefix = 'team.pendingUid.';
const refusalsKey = 'team.records.refusals';
export const watermarkKey = (table: string) => `team.watermark.${table}`;

// ── values: the same record as SQLite stores it, as PostgreSQL returns it, and in between ────────

function fromLocal(spec: Spec, row: Record<string, unknown>): Values {
  const v: Values = {};
  for (const [c, k] of spec.columns) {
    const x = row[c];
    v[c] = x == null ? null : k === 'bool' ? x === 1 || x === true : k === 'int' ? Number(x) : String(x);
  }
  return v;
}
function fromServer(spec: Spec, row: Record<string, unknown>): Values {
  const v: Values = {};
  for (const [c, k] of spec.columns) {
    const x = row[c];
    v[c] = x == null ? null : k === 'bool' ? x === true : k === 'int' ? Number(x) : String(x);
  }
  return v;
}
const toLocal = (v: Value): string | number | null => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
const sameValues = (a: Values, b: Values) => Object.keys(a).every((k) => a[k] === b[k]);

/** A PostgreSQL refusal as the reason shown; anything else (the connection failing) is not a refusal. */
function refusalReason(e: unknown): TeamRecordRefusal['reason'] | null {
  const err = e as { code?: string; severity?: string };
  if (!err || typeof err.code !== 'string' || !err.severity) return null;
  if (err.code === '42501') return 'forbidden';
  if (err.code === 'P0002') return 'hidden';
  if (err.code === '23505') return 'duplicate';
  if (err.code.startsWith('22') || err.code.startsWith('23')) return 'invalid';
  return 'failed';
}

// ── the little state this file keeps in settings ──────────────────────────────────────────────

function readJsonSetting<T>(sqlite: Sqlite, key: string, fallback: T): T {
  const r = sqlite.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
  if (!r) return fallback;
  try {
    return JSON.parse(r.value) as T;
  } catch {
    return fallback;
  }
}
function writeJsonSetting(ctx: ServiceContext, key: string, value: unknown) {
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
function pendingUid(ctx: ServiceContext, table: string, id: number): string {
  const known = readJsonSetting<string | null>(ctx.sqlite, pendingUidKey(table, id), null);
  if (known) return known;
  const uid = randomUUID();
  writeJsonSetting(ctx, pendingUidKey(table, id), uid);
  return uid;
}
function forgetPendingUid(ctx: ServiceContext, table: string, id: number) {
  ctx.sqlite.prepare('DELETE FROM settings WHERE key = ?').run(pendingUidKey(table, id));
}

/** Changes this app could not push in its last round, with the server's reason. */
export function listRecordRefusals(sqlite: Sqlite): TeamRecordRefusal[] {
  return readJsonSetting<TeamRecordRefusal[]>(sqlite, refusalsKey, []);
}

// ── renumbering: the server's id replaces a negative one everywhere, in one transaction ─────────

function renumber(sqlite: Sqlite, table: VersionedTable, from: number, to: number) {
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
    run(`UPDATE team_outbox SET client_id = ?, payload = json_set(payload, '$.clientId', ?) WHERE client_id = ?`, to, to, from);
    run(
      `UPDATE team_outbox SET payload = json_set(payload, '$.clientId', ?) WHERE json_extract(payload, '$.clientId') = ?`,
      to,
      from,
    );
  } else if (table === 'invoices') {
    run('UPDATE payments SET invoice_id = ? WHERE invoice_id = ?', to, from);
  } else if (table === 'offboarding_cases') {
    run(
      `UPDATE team_outbox SET payload = json_set(payload, '$.caseId', ?) WHERE json_extract(payload, '$.caseId') = ?`,
      to,
      from,
    );
    run(
      `UPDATE offboarding_cases SET data = json_set(data, '$.escalatedToCaseId', ?) WHERE json_extract(data, '$.escalatedToCaseId') = ?`,
      to,
      from,
    );
  }
}

// ── conflicts ─────────────────────────────────────────────────────────────────────────────────

interface ConflictRow {
  id: number;
  entity: string;
  entity_id: number | null;
  entity_key: string | null;
  mine: string;
  theirs: string;
  base_version: number | null;
  their_version: number;
  their_author: string;
  detected_at: string;
  resolved_at: string | null;
}

function openConflictOf(sqlite: Sqlite, entity: TeamRecordEntity, ref: number | string): ConflictRow | undefined {
  return sqlite
    .prepare<[string, number | string], ConflictRow>(
      `SELECT * FROM team_conflicts WHERE resolved_at IS NULL AND entity = ? AND ${typeof ref === 'number' ? 'entity_id' : 'entity_key'} = ?`,
    )
    .get(entity, ref);
}

/** Records (or brings up to date) the open conflict of one record; true when it is new. */
function recordConflict(
  ctx: ServiceContext,
  c: {
    entity: TeamRecordEntity;
    ref: number | string;
    mine: Values;
    theirs: Values;
    baseVersion: number | null;
    theirVersion: number;
    theirAuthor: string;
  },
): boolean {
  const open = openConflictOf(ctx.sqlite, c.entity, c.ref);
  if (open) {
    ctx.sqlite
      .prepare('UPDATE team_conflicts SET mine = ?, theirs = ?, their_version = ?, their_author = ? WHERE id = ?')
      .run(JSON.stringify(c.mine), JSON.stringify(c.theirs), c.theirVersion, c.theirAuthor, open.id);
    return false;
  }
  ctx.sqlite
    .prepare(
      `INSERT INTO team_conflicts (entity, entity_id, entity_key, mine, theirs, base_version, their_version, their_author, detected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      c.entity,
      typeof c.ref === 'number' ? c.ref : null,
      typeof c.ref === 'string' ? c.ref : null,
      JSON.stringify(c.mine),
      JSON.stringify(c.theirs),
      c.baseVersion,
      c.theirVersion,
      c.theirAuthor,
      nowIso(ctx),
    );
  return true;
}

function hasOpenConflict(sqlite: Sqlite, entity: TeamRecordEntity, ref: number | string): boolean {
  return openConflictOf(sqlite, entity, ref) !== undefined;
}

// ── SQL for one table, both sides ─────────────────────────────────────────────────────────────

const cols = (spec: Spec) => spec.columns.map(([c]) => c);
const serverSelect = (spec: Spec) =>
  `SELECT id, uid, ${cols(spec).join(', ')}, version, change_seq, updated_by, ${s}.iso(created_at) AS created_at, ${s}.iso(updated_at) AS updated_at FROM ${s}.${spec.table}`;

interface LocalRow extends Record<string, unknown> {
  id: number;
  team_version: number | null;
  team_dirty: number;
}
interface ServerRow extends Record<string, unknown> {
  id: string;
  version: number;
  change_seq: string;
  updated_by: string;
  created_at: string;
  updated_at: string;
}

/** Writes `v` into the local row `id` only if it still holds `expect` (a change made meanwhile here is kept, dirty). */
function cleanIfUnchanged(sqlite: Sqlite, spec: Spec, id: number, expect: Values, version: number): boolean {
  const names = cols(spec);
  const r = sqlite
    .prepare(
      `UPDATE ${spec.table} SET team_version = ?, team_dirty = 0 WHERE id = ? AND ${names.map((c) => `${c} IS ?`).join(' AND ')}`,
    )
    .run(version, id, ...names.map((c) => toLocal(expect[c]!)));
  if (r.changes === 0) sqlite.prepare(`UPDATE ${spec.table} SET team_version = ? WHERE id = ?`).run(version, id);
  return r.changes > 0;
}

function writeLocal(sqlite: Sqlite, spec: Spec, id: number, v: Values, version: number, dirty: 0 | 1) {
  const names = cols(spec);
  sqlite
    .prepare(`UPDATE ${spec.table} SET ${names.map((c) => `${c} = ?`).join(', ')}, team_version = ?, team_dirty = ? WHERE id = ?`)
    .run(...names.map((c) => toLocal(v[c]!)), version, dirty, id);
}

// ── push ──────────────────────────────────────────────────────────────────────────────────────

export async function pushRecords(ctx: ServiceContext, c: pg.ClientBase): Promise<{ pushed: number; conflicts: number }> {
  const replica = readTeamReplica(ctx.sqlite);
  if (!replica) return { pushed: 0, conflicts: 0 };
  const refusals: TeamRecordRefusal[] = [];
  const refuse = (entity: TeamRecordEntity, ref: number | string, e: unknown) => {
    const reason = refusalReason(e);
    if (!reason) throw e;
    refusals.push({
      entity,
      entityId: typeof ref === 'number' ? ref : null,
      entityKey: typeof ref === 'string' ? ref : null,
      reason,
      message: (e as Error).message,
      at: nowIso(ctx),
    });
  };
  let pushed = 0;
  let conflicts = 0;
  for (const spec of specs) {
    if (spec.entity === 'case' && replica.role === 'accountant') continue;
    const r = await pushCreates(ctx, c, spec, refuse);
    const u = await pushChanges(ctx, c, spec, refuse);
    pushed += r.pushed + u.pushed;
    conflicts += r.conflicts + u.conflicts;
  }
  const st = await pushSettings(ctx, c, refuse, replica.role);
  pushed += st.pushed;
  conflicts += st.conflicts;
  writeJsonSetting(ctx, refusalsKey, refusals);
  return { pushed, conflicts };
}

type Refuse = (entity: TeamRecordEntity, ref: number | string, e: unknown) => void;

const localRows = (sqlite: Sqlite, spec: Spec, where: string) =>
  sqlite
    .prepare<[], LocalRow>(`SELECT id, ${cols(spec).join(', ')}, team_version, team_dirty FROM ${spec.table} WHERE ${where}`)
    .all();

/** A row that names a parent not yet on the server waits for it (its push was refused, or it is new). */
const waitsForParent = (spec: Spec, row: LocalRow) => spec.parent !== undefined && Number(row[spec.parent.column]) < 0;

async function pushCreates(ctx: ServiceContext, c: pg.ClientBase, spec: Spec, refuse: Refuse) {
  let pushed = 0;
  let conflicts = 0;
  // oldest first: -1 was made before -2
  for (const row of localRows(ctx.sqlite, spec, 'team_version IS NULL AND id < 0 ORDER BY id DESC')) {
    if (waitsForParent(spec, row)) continue;
    const sent = fromLocal(spec, row);
    const uid = pendingUid(ctx, spec.table, row.id);
    let server: ServerRow | undefined;
    let madeNow = true;
    try {
      const names = cols(spec);
      const ins = await c.query<ServerRow>(
        `INSERT INTO ${s}.${spec.table} (uid, ${names.join(', ')}) VALUES ($1, ${names.map((_, i) => `$${i + 2}`).join(', ')})
           ON CONFLICT (uid) DO NOTHING RETURNING id, version, change_seq, updated_by`,
        [uid, ...names.map((n) => sent[n])],
      );
      server = ins.rows[0];
      if (!server) {
        // made by an earlier attempt whose reply was lost
        madeNow = false;
        server = (await c.query<ServerRow>(`${serverSelect(spec)} WHERE uid = $1`, [uid])).rows[0];
        if (!server)
          throw Object.assign(new Error('the server has this record but does not show it to you'), {
            code: 'P0002',
            severity: 'ERROR',
          });
      }
    } catch (e) {
      refuse(spec.entity, row.id, e);
      continue;
    }
    const newId = Number(server.id);
    const version = server.version;
    const theirs = madeNow ? sent : fromServer(spec, server);
    const isNewConflict = ctx.sqlite.transaction(() => {
      renumber(ctx.sqlite, spec.table, row.id, newId);
      forgetPendingUid(ctx, spec.table, row.id);
      const now = fromLocal(spec, localRows(ctx.sqlite, spec, `id = ${newId}`)[0]!);
      if (sameValues(now, theirs)) {
        ctx.sqlite.prepare(`UPDATE ${spec.table} SET team_version = ?, team_dirty = 0 WHERE id = ?`).run(version, newId);
        return false;
      }
      // changed here since it was sent: pushed as a change next; someone else changed it too: a conflict
      ctx.sqlite
        .prepare(`UPDATE ${spec.table} SET team_version = ?, team_dirty = 1 WHERE id = ?`)
        .run(madeNow ? version : 1, newId);
      if (madeNow || version === 1) return false;
      return recordConflict(ctx, {
        entity: spec.entity,
        ref: newId,
        mine: now,
        theirs,
        baseVersion: 1,
        theirVersion: version,
        theirAuthor: server.updated_by,
      });
    })();
    pushed++;
    if (isNewConflict) conflicts++;
  }
  return { pushed, conflicts };
}

/** Sends this app's values of one row over `base`; returns the new version, or the server's row when it moved. */
async function sendChange(
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

const hiddenError = () =>
  Object.assign(new Error('the server no longer shows you this record'), { code: 'P0002', severity: 'ERROR' });

async function pushChanges(ctx: ServiceContext, c: pg.ClientBase, spec: Spec, refuse: Refuse) {
  let pushed = 0;
  let conflicts = 0;
  for (const row of localRows(ctx.sqlite, spec, 'team_dirty = 1 AND team_version IS NOT NULL AND id > 0 ORDER BY id')) {
    if (waitsForParent(spec, row) || hasOpenConflict(ctx.sqlite, spec.entity, row.id)) continue;
    const mine = fromLocal(spec, row);
    let out: Awaited<ReturnType<typeof sendChange>>;
    try {
      out = await sendChange(c, spec, row.id, mine, row.team_version!);
      if ('theirs' in out && !out.theirs) throw hiddenError();
    } catch (e) {
      refuse(spec.entity, row.id, e);
      continue;
    }
    if ('version' in out) {
      cleanIfUnchanged(ctx.sqlite, spec, row.id, mine, out.version);
      pushed++;
    } else {
      const t = out.theirs!;
      if (
        recordConflict(ctx, {
          entity: spec.entity,
          ref: row.id,
          mine,
          theirs: fromServer(spec, t),
          baseVersion: row.team_version,
          theirVersion: t.version,
          theirAuthor: t.updated_by,
        })
      )
        conflicts++;
    }
  }
  return { pushed, conflicts };
}

// settings: one row per key; only the team-wide keys (shared/domain/team-records.ts) ever leave
interface LocalSetting {
  key: string;
  value: string;
  team_version: number | null;
  team_dirty: number;
}
interface ServerSetting {
  key: string;
  value: string;
  version: number;
  change_seq: string;
  updated_by: string;
}
const settingValues = (value: string): Values => ({ value });

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
function incomingSetting(key: string, local: string | null, server: string): string {
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
const sameSetting = (key: string, local: string, server: string) => incomingSetting(key, local, server) === local;

async function pushSettings(ctx: ServiceContext, c: pg.ClientBase, refuse: Refuse, role: TeamReplica['role']) {
  let pushed = 0;
  let conflicts = 0;
  const rows = ctx.sqlite
    .prepare<[], LocalSetting>(
      'SELECT key, value, team_version, team_dirty FROM settings WHERE team_version IS NULL OR team_dirty = 1 ORDER BY key',
    )
    .all()
    .filter((r) => isTeamWideSetting(r.key));
  for (const row of rows) {
    if (hasOpenConflict(ctx.sqlite, 'setting', row.key)) continue;
    // the team's settings are the owner's: a copy made here by someone else (joining copies the
    // profile, for the app's language) waits for the team's own (pullSettings)
    if (row.team_version === null && role !== 'owner') continue;
    let version: number | null = null;
    let theirs: ServerSetting | undefined;
    try {
      if (row.team_version === null) {
        const r = await c.query<ServerSetting>(
          `INSERT INTO ${s}.settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING version`,
          [row.key, row.value],
        );
        if (r.rows[0]) version = r.rows[0].version;
      } else {
        const r = await c.query<ServerSetting>(
          `UPDATE ${s}.settings SET value = $2 WHERE key = $1 AND version = $3 RETURNING version`,
          [row.key, row.value, row.team_version],
        );
        if (r.rows[0]) version = r.rows[0].version;
      }
      if (version === null) {
        theirs = (
          await c.query<ServerSetting>(`SELECT key, value, version, change_seq, updated_by FROM ${s}.settings WHERE key = $1`, [
            row.key,
          ])
        ).rows[0];
        if (!theirs) throw hiddenError();
      }
    } catch (e) {
      refuse('setting', row.key, e);
      continue;
    }
    if (version !== null) {
      cleanSetting(ctx.sqlite, row.key, row.value, version);
      pushed++;
    } else if (sameSetting(row.key, row.value, theirs!.value)) {
      // the same value was set there too: nothing to settle
      cleanSetting(ctx.sqlite, row.key, row.value, theirs!.version);
    } else if (
      recordConflict(ctx, {
        entity: 'setting',
        ref: row.key,
        mine: settingValues(row.value),
        theirs: settingValues(incomingSetting(row.key, row.value, theirs!.value)),
        baseVersion: row.team_version,
        theirVersion: theirs!.version,
        theirAuthor: theirs!.updated_by,
      })
    )
      conflicts++;
  }
  return { pushed, conflicts };
}

function cleanSetting(sqlite: Sqlite, key: string, sent: string, version: number) {
  const r = sqlite
    .prepare('UPDATE settings SET team_version = ?, team_dirty = 0 WHERE key = ? AND value = ?')
    .run(version, key, sent);
  if (r.changes === 0) sqlite.prepare('UPDATE settings SET team_version = ?, team_dirty = 1 WHERE key = ?').run(version, key);
}

// ── pull ──────────────────────────────────────────────────────────────────────────────────────

function watermark(sqlite: Sqlite, table: string): number {
  return Number(readJsonSetting<number>(sqlite, watermarkKey(table), 0)) || 0;
}

export async function pullRecords(ctx: ServiceContext, c: pg.ClientBase): Promise<{ pulled: number; conflicts: number }> {
  const replica = readTeamReplica(ctx.sqlite);
  if (!replica) return { pulled: 0, conflicts: 0 };
  let pulled = 0;
  let conflicts = 0;
  for (const spec of specs) {
    // an accountant reads money, never a case (the server refuses it anyway)
    if (spec.entity === 'case' && replica.role === 'accountant') continue;
    const r = await pullTable(ctx, c, spec);
    pulled += r.pulled;
    conflicts += r.conflicts;
  }
  const st = await pullSettings(ctx, c, replica.role);
  return { pulled: pulled + st.pulled, conflicts: conflicts + st.conflicts };
}

async function pullTable(ctx: ServiceContext, c: pg.ClientBase, spec: Spec) {
  let pulled = 0;
  let conflicts = 0;
  const names = cols(spec);
  const byId = ctx.sqlite.prepare<[number], LocalRow>(
    `SELECT id, ${names.join(', ')}, team_version, team_dirty FROM ${spec.table} WHERE id = ?`,
  );
  const insert = ctx.sqlite.prepare(
    `INSERT INTO ${spec.table} (id, ${names.join(', ')}, team_version, team_dirty, created_at, updated_at)
     VALUES (?, ${names.map(() => '?').join(', ')}, ?, 0, ?, ?)`,
  );
  const parentHere = spec.parent
    ? ctx.sqlite.prepare<[number], { id: number }>(`SELECT id FROM ${spec.parent.table} WHERE id = ?`)
    : null;
  for (;;) {
    const from = watermark(ctx.sqlite, spec.table);
    const page = (
      await c.query<ServerRow>(`${serverSelect(spec)} WHERE change_seq > $1 ORDER BY change_seq LIMIT ${pageSize}`, [from])
    ).rows;
    if (page.length === 0) break;
    let stopped = false;
    ctx.sqlite.transaction(() => {
      let mark = from;
      for (const row of page) {
        const id = Number(row.id);
        const theirs = fromServer(spec, row);
        const local = byId.get(id);
        if (!local) {
          // its parent arrives in a later page of its own table: wait for the next round
          if (parentHere && !parentHere.get(Number(theirs[spec.parent!.column]))) {
            stopped = true;
            break;
          }
          try {
            insert.run(id, ...names.map((n) => toLocal(theirs[n]!)), row.version, row.created_at, row.updated_at);
          } catch (e) {
            // an invoice number a record made here holds too: that push is refused as a duplicate
            // (listed with the reason); this table waits here until the person renumbers theirs
            if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw e;
            stopped = true;
            break;
          }
          pulled++;
        } else if (local.team_version !== null && row.version <= local.team_version) {
          // this app's own push coming back, or older than what is here
        } else if (local.team_dirty === 0) {
          writeLocal(ctx.sqlite, spec, id, theirs, row.version, 0);
          pulled++;
        } else if (sameValues(fromLocal(spec, local), theirs)) {
          // the same change made on both sides: nothing to settle
          ctx.sqlite.prepare(`UPDATE ${spec.table} SET team_version = ?, team_dirty = 0 WHERE id = ?`).run(row.version, id);
        } else if (
          recordConflict(ctx, {
            entity: spec.entity,
            ref: id,
            mine: fromLocal(spec, local),
            theirs,
            baseVersion: local.team_version,
            theirVersion: row.version,
            theirAuthor: row.updated_by,
          })
        )
          conflicts++;
        mark = Number(row.change_seq);
      }
      writeJsonSetting(ctx, watermarkKey(spec.table), mark);
    })();
    if (stopped || page.length < pageSize) break;
  }
  return { pulled, conflicts };
}

async function pullSettings(ctx: ServiceContext, c: pg.ClientBase, role: TeamReplica['role']) {
  let pulled = 0;
  let conflicts = 0;
  const byKey = ctx.sqlite.prepare<[string], LocalSetting>(
    'SELECT key, value, team_version, team_dirty FROM settings WHERE key = ?',
  );
  const take = ctx.sqlite.prepare(
    `INSERT INTO settings (key, value, team_version, team_dirty, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, team_version = excluded.team_version, team_dirty = 0, updated_at = excluded.updated_at`,
  );
  for (;;) {
    const from = watermark(ctx.sqlite, 'settings');
    const page = (
      await c.query<ServerSetting>(
        `SELECT key, value, version, change_seq, updated_by FROM ${s}.settings WHERE change_seq > $1 ORDER BY change_seq LIMIT ${pageSize}`,
        [from],
      )
    ).rows;
    if (page.length === 0) break;
    ctx.sqlite.transaction(() => {
      const at = nowIso(ctx);
      for (const row of page) {
        if (!isTeamWideSetting(row.key)) continue;
        const local = byKey.get(row.key);
        const incoming = incomingSetting(row.key, local?.value ?? null, row.value);
        if (!local) {
          take.run(row.key, incoming, row.version, at, at);
          pulled++;
        } else if (local.team_version !== null && row.version <= local.team_version) {
          // already here
        } else if (local.value === incoming) {
          ctx.sqlite.prepare('UPDATE settings SET team_version = ?, team_dirty = 0 WHERE key = ?').run(row.version, row.key);
        } else if ((local.team_dirty === 0 && local.team_version !== null) || (local.team_version === null && role !== 'owner')) {
          // in step with the server until now, or a copy this person may not make the team's
          take.run(row.key, incoming, row.version, at, at);
          pulled++;
        } else if (
          // changed here (or set here before the team had it) and there: the person decides
          recordConflict(ctx, {
            entity: 'setting',
            ref: row.key,
            mine: settingValues(local.value),
            theirs: settingValues(incoming),
            baseVersion: local.team_version,
            theirVersion: row.version,
            theirAuthor: row.updated_by,
          })
        )
          conflicts++;
      }
      writeJsonSetting(ctx, watermarkKey('settings'), Number(page[page.length - 1]!.change_seq));
    })();
    if (page.length < pageSize) break;
  }
  return { pulled, conflicts };
}

// ── settling a conflict ───────────────────────────────────────────────────────────────────────

/** Settles one conflict: 'mine' pushes this app's values over the server's version; 'theirs' takes the server's. */
export async function resolveConflict(ctx: ServiceContext, c: pg.ClientBase, id: number, keep: 'mine' | 'theirs'): Promise<void> {
  const conflict = ctx.sqlite.prepare<[number], ConflictRow>('SELECT * FROM team_conflicts WHERE id = ?').get(id);
  if (!conflict) throw new AppError('NOT_FOUND', `No conflict with id ${id}`, { details: { id } });
  if (conflict.resolved_at) throw new AppError('INVALID_STATE', `conflict ${id} was settled already`);
  if (conflict.entity === 'setting') return resolveSetting(ctx, c, conflict, keep);
  const spec = specOf(conflict.entity);
  if (!spec || conflict.entity_id === null) throw new AppError('INVALID_STATE', `conflict ${id} names no record`);
  const rowId = conflict.entity_id;
  const current = (await c.query<ServerRow>(`${serverSelect(spec)} WHERE id = $1`, [rowId])).rows[0];
  if (!current) throw new AppError('NOT_FOUND', 'the team server no longer shows you this record', { details: { id } });
  const local = ctx.sqlite
    .prepare<[number], LocalRow>(`SELECT id, ${cols(spec).join(', ')}, team_version, team_dirty FROM ${spec.table} WHERE id = ?`)
    .get(rowId);
  if (!local) throw new AppError('NOT_FOUND', `No ${spec.entity} with id ${rowId} here`);
  const mine = fromLocal(spec, local);
  const theirs = fromServer(spec, current);
  const at = nowIso(ctx);
  const settle = (resolution: 'mine' | 'theirs', before: Values, after: Values) => {
    ctx.sqlite.prepare('UPDATE team_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?').run(at, resolution, id);
    ctx.sqlite
      .prepare(
        'INSERT INTO record_revisions (entity, entity_id, before, after, reason, changed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(spec.entity, rowId, JSON.stringify(before), JSON.stringify(after), `team-conflict:${resolution}`, at, at);
  };
  if (keep === 'theirs') {
    ctx.sqlite.transaction(() => {
      writeLocal(ctx.sqlite, spec, rowId, theirs, current.version, 0);
      settle('theirs', mine, theirs);
    })();
    return;
  }
  let out: Awaited<ReturnType<typeof sendChange>>;
  try {
    out = await sendChange(c, spec, rowId, mine, current.version);
  } catch (e) {
    throw refusalError(e);
  }
  ctx.sqlite.transaction(() => {
    if ('version' in out) {
      cleanIfUnchanged(ctx.sqlite, spec, rowId, mine, out.version);
      settle('mine', theirs, mine);
    } else if (out.theirs) {
      // it moved again while the person chose: this choice is on record, a new conflict is open
      settle('mine', theirs, mine);
      recordConflict(ctx, {
        entity: spec.entity,
        ref: rowId,
        mine,
        theirs: fromServer(spec, out.theirs),
        baseVersion: current.version,
        theirVersion: out.theirs.version,
        theirAuthor: out.theirs.updated_by,
      });
    }
  })();
}

async function resolveSetting(ctx: ServiceContext, c: pg.ClientBase, conflict: ConflictRow, keep: 'mine' | 'theirs') {
  const key = conflict.entity_key!;
  const current = (
    await c.query<ServerSetting>(`SELECT key, value, version, change_seq, updated_by FROM ${s}.settings WHERE key = $1`, [key])
  ).rows[0];
  if (!current) throw new AppError('NOT_FOUND', `the team server has no setting ${key}`);
  const local = ctx.sqlite
    .prepare<[string], LocalSetting>('SELECT key, value, team_version, team_dirty FROM settings WHERE key = ?')
    .get(key);
  const mine = local?.value ?? null;
  const at = nowIso(ctx);
  const settle = (resolution: 'mine' | 'theirs', before: string | null, after: string | null) => {
    ctx.sqlite.prepare('UPDATE team_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?').run(at, resolution, conflict.id);
    ctx.sqlite
      .prepare(
        'INSERT INTO record_revisions (entity, entity_id, before, after, reason, changed_at, created_at) VALUES (?, 0, ?, ?, ?, ?, ?)',
      )
      .run(
        'setting',
        JSON.stringify({ key, value: before }),
        JSON.stringify({ key, value: after }),
        `team-conflict:${resolution}`,
        at,
        at,
      );
  };
  if (keep === 'theirs' || mine === null) {
    ctx.sqlite.transaction(() => {
      ctx.sqlite
        .prepare(
          `INSERT INTO settings (key, value, team_version, team_dirty, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, team_version = excluded.team_version, team_dirty = 0, updated_at = excluded.updated_at`,
        )
        .run(key, incomingSetting(key, mine, current.value), current.version, at, at);
      settle('theirs', mine, incomingSetting(key, mine, current.value));
    })();
    return;
  }
  let r: pg.QueryResult<{ version: number }>;
  try {
    r = await c.query<{ version: number }>(
      `UPDATE ${s}.settings SET value = $2 WHERE key = $1 AND version = $3 RETURNING version`,
      [key, mine, current.version],
    );
  } catch (e) {
    throw refusalError(e);
  }
  ctx.sqlite.transaction(() => {
    settle('mine', current.value, mine);
    if (r.rows[0]) cleanSetting(ctx.sqlite, key, mine, r.rows[0].version);
    else
      recordConflict(ctx, {
        entity: 'setting',
        ref: key,
        mine: settingValues(mine),
        theirs: settingValues(current.value),
        baseVersion: current.version,
        theirVersion: current.version + 1,
        theirAuthor: '',
      });
  })();
}

function refusalError(e: unknown): Error {
  const reason = refusalReason(e);
  if (!reason) return e as Error;
  const code =
    reason === 'forbidden' ? 'FORBIDDEN' : reason === 'invalid' || reason === 'duplicate' ? 'VALIDATION' : 'INVALID_STATE';
  return new AppError(code, (e as Error).message, { details: { reason } });
}

// ── the Team screen's list ────────────────────────────────────────────────────────────────────

const camel = (column: string) => column.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());

/** The open conflicts, newest first, each with what the person recognises and only the fields that differ. */
export function listConflicts(sqlite: Sqlite): TeamConflict[] {
  const rows = sqlite
    .prepare<[], ConflictRow & { author_name: string | null }>(
      `SELECT k.*, p.name AS author_name FROM team_conflicts k LEFT JOIN team_people p ON p.role_name = k.their_author
        WHERE k.resolved_at IS NULL ORDER BY k.detected_at DESC, k.id DESC`,
    )
    .all();
  const clientName = sqlite.prepare<[number], { name: string }>('SELECT name FROM clients WHERE id = ?');
  const invoiceOf = sqlite.prepare<[number], { number: string; client_id: number }>(
    'SELECT number, client_id FROM invoices WHERE id = ?',
  );
  return rows.map((r) => {
    let mine = JSON.parse(r.mine) as Record<string, unknown>;
    let theirs = JSON.parse(r.theirs) as Record<string, unknown>;
    if (r.entity === 'setting') {
      // a setting is one JSON document: its own fields are what the person compares
      const doc = (v: unknown): Record<string, unknown> => {
        const x = typeof v === 'string' ? (JSON.parse(v) as unknown) : v;
        return x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : { value: x };
      };
      mine = doc(mine['value']);
      theirs = doc(theirs['value']);
    }
    const fields: TeamConflictField[] = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])]
      .filter((f) => JSON.stringify(mine[f]) !== JSON.stringify(theirs[f]))
      .map((f) => ({ field: camel(f), mine: mine[f] ?? null, theirs: theirs[f] ?? null }));
    let label = r.entity_key ?? String(r.entity_id);
    let clientId: number | null = null;
    if (r.entity === 'client' && r.entity_id !== null) {
      clientId = r.entity_id;
      label = clientName.get(r.entity_id)?.name ?? String(mine['name'] ?? label);
    } else if (r.entity === 'invoice') {
      label = String(mine['number'] ?? label);
      clientId = Number(mine['client_id']) || null;
    } else if (r.entity === 'payment') {
      const inv = invoiceOf.get(Number(mine['invoice_id']));
      label = `${inv?.number ?? '?'} · ${String(mine['paid_on'] ?? '')}`;
      clientId = inv?.client_id ?? null;
    } else if (r.entity === 'case') {
      clientId = Number(mine['client_id']) || null;
      label = `${clientId !== null ? (clientName.get(clientId)?.name ?? '') : ''} · ${String(mine['path'] ?? '')}`;
    }
    return {
      id: r.id,
      entity: r.entity as TeamRecordEntity,
      entityId: r.entity_id,
      entityKey: r.entity_key,
      label,
      clientId,
      fields,
      baseVersion: r.base_version,
      theirVersion: r.their_version,
      theirAuthor: r.their_author,
      theirAuthorName: r.author_name,
      detectedAt: r.detected_at,
    };
  });
}
