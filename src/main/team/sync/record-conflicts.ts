// Conflicts of a team replica's records: a change made here and on the server to the same record,
// kept in team_conflicts with both values until the person settles it (sync/records.ts
// resolveConflict), and listed for the Team screen with only the fields that differ.
import type { TeamConflict, TeamConflictField, TeamRecordEntity } from '../../../shared/domain/team-records';
import { nowIso, type ServiceContext } from '../../core/context';
import type { Sqlite } from '../../db/open';
import type { Values } from './record-tables';

// ── conflicts ─────────────────────────────────────────────────────────────────────────────────

export interface ConflictRow {
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

export function openConflictOf(sqlite: Sqlite, entity: TeamRecordEntity, ref: number | string): ConflictRow | undefined {
  return sqlite
    .prepare<[string, number | string], ConflictRow>(
      `SELECT * FROM team_conflicts WHERE resolved_at IS NULL AND entity = ? AND ${typeof ref === 'number' ? 'entity_id' : 'entity_key'} = ?`,
    )
    .get(entity, ref);
}

/** Records (or brings up to date) the open conflict of one record; true when it is new. */
export function recordConflict(
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

export function hasOpenConflict(sqlite: Sqlite, entity: TeamRecordEntity, ref: number | string): boolean {
  return openConflictOf(sqlite, entity, ref) !== undefined;
}

// ── the Team screen's list ────────────────────────────────────────────────────────────────────

const camel = (column: string) => column.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());
/** the sync's bookkeeping, never a difference the person settles */
const bookkeeping = new Set(['teamVersion', 'teamDirty', 'updatedAt', 'createdAt']);
const parsed = (s: string): Record<string, unknown> => {
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : { value: v };
  } catch {
    return { value: s };
  }
};

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
    let mine = parsed(r.mine);
    let theirs = parsed(r.theirs);
    if (r.entity === 'setting' && 'value' in mine) {
      // a setting is one JSON document: its own fields are what the person compares
      const doc = (v: unknown): Record<string, unknown> =>
        typeof v === 'string' ? parsed(v) : parsed(JSON.stringify(v ?? null));
      mine = doc(mine['value']);
      theirs = doc(theirs['value']);
    }
    const fields: TeamConflictField[] = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])]
      .filter((f) => !bookkeeping.has(camel(f)) && JSON.stringify(mine[f]) !== JSON.stringify(theirs[f]))
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
