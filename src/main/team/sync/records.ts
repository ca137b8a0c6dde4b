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
import type pg from 'pg';
import { isTeamWideSetting, type TeamRecordEntity, type TeamRecordRefusal } from '../../../shared/domain/team-records';
import { nowIso, type ServiceContext } from '../../core/context';
import type { Sqlite } from '../../db/open';
import { teamSchema } from '../schema-sql';
import { readTeamReplica, type TeamReplica } from './replica';
import { hasOpenConflict, recordConflict } from './record-conflicts';
import {
  cleanIfUnchanged,
  cleanSetting,
  cols,
  forgetPendingUid,
  fromLocal,
  fromServer,
  incomingSetting,
  pendingUid,
  readJsonSetting,
  refusalReason,
  refusalsKey,
  renumber,
  sendChange,
  sameSetting,
  sameValues,
  serverSelect,
  settingValues,
  specs,
  toLocal,
  watermarkKey,
  writeJsonSetting,
  writeLocal,
  type LocalRow,
  type LocalSetting,
  type ServerRow,
  type ServerSetting,
  type Spec,
} from './record-tables';

export { listConflicts } from './record-conflicts';
export { resolveConflict } from './record-resolve';
export { listRecordRefusals, watermarkKey } from './record-tables';

const s = teamSchema;
const pageSize = 500;

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
