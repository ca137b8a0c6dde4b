// Settling a conflict of a team replica's records (the Team screen's "Keep mine" / "Take theirs"):
// both choices are put on record in record_revisions with the values before and after.
import type pg from 'pg';
import { AppError } from '../../../shared/errors';
import { nowIso, type ServiceContext } from '../../core/context';
import { teamSchema } from '../schema-sql';
import { recordConflict, type ConflictRow } from './record-conflicts';
import {
  cleanIfUnchanged,
  cleanSetting,
  cols,
  fromLocal,
  fromServer,
  incomingSetting,
  refusalReason,
  sendChange,
  serverSelect,
  settingValues,
  specOf,
  writeLocal,
  type LocalRow,
  type LocalSetting,
  type ServerRow,
  type ServerSetting,
  type Values,
} from './record-tables';

const s = teamSchema;

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
