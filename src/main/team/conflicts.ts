// The Conflicts view's rows: a change made here and on the server to the same record
// (team_conflicts, written by sync/records.ts), shown as the record's name and the fields that differ.
import type { TeamConflict, TeamConflictField } from '../../shared/contract/team';
import type { Sqlite } from '../db/open';

const skipFields = new Set([
  'team_version',
  'team_dirty',
  'teamVersion',
  'teamDirty',
  'updated_at',
  'updatedAt',
  'created_at',
  'createdAt',
]);
type Scalar = string | number | boolean | null;
const scalar = (v: unknown): Scalar =>
  v === undefined ? null : v === null || ['string', 'number', 'boolean'].includes(typeof v) ? (v as Scalar) : JSON.stringify(v);

function labelOf(sqlite: Sqlite, kind: string, id: number | null, key: string | null): string {
  const one = (sql: string) =>
    id === null ? undefined : sqlite.prepare<[number], { v: string | number | null }>(sql).get(id)?.v;
  let v: string | number | null | undefined;
  if (kind === 'client') v = one('SELECT name AS v FROM clients WHERE id = ?');
  else if (kind === 'invoice') v = one('SELECT number AS v FROM invoices WHERE id = ?');
  else if (kind === 'payment') v = one("SELECT paid_on || ' · ' || amount_minor AS v FROM payments WHERE id = ?");
  else if (kind === 'offboarding')
    v = one('SELECT c.name AS v FROM offboarding_cases o JOIN clients c ON c.id = o.client_id WHERE o.id = ?');
  if (v !== undefined && v !== null) return String(v);
  return key ?? (id === null ? '' : `#${id}`);
}

/** The open conflicts, each with what the person knows the record by and the fields that differ. */
export function openConflicts(sqlite: Sqlite): TeamConflict[] {
  const rows = sqlite
    .prepare<
      [],
      {
        id: number;
        entity: string;
        entity_id: number | null;
        entity_key: string | null;
        mine: string;
        theirs: string;
        their_author: string;
        detected_at: string;
      }
    >(
      `SELECT id, entity, entity_id, entity_key, mine, theirs, their_author, detected_at
         FROM team_conflicts WHERE resolved_at IS NULL ORDER BY id`,
    )
    .all();
  return rows.map((r) => {
    const kind = r.entity.replace(/_cases?$/, '').replace(/s$/, '');
    const parse = (s: string): unknown => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        return s;
      }
    };
    const mine = parse(r.mine);
    const theirs = parse(r.theirs);
    const fields: TeamConflictField[] = [];
    if (mine && theirs && typeof mine === 'object' && typeof theirs === 'object' && !Array.isArray(mine)) {
      const m = mine as Record<string, unknown>;
      const t = theirs as Record<string, unknown>;
      for (const f of new Set([...Object.keys(m), ...Object.keys(t)]))
        if (!skipFields.has(f) && JSON.stringify(m[f]) !== JSON.stringify(t[f]))
          fields.push({ field: f, mine: scalar(m[f]), theirs: scalar(t[f]) });
    } else if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
      fields.push({ field: r.entity_key ?? 'value', mine: scalar(mine), theirs: scalar(theirs) });
    }
    return {
      id: r.id,
      entity: kind,
      entityId: r.entity_id,
      label: labelOf(sqlite, kind, r.entity_id, r.entity_key),
      fields,
      theirAuthor: r.their_author,
      detectedAt: r.detected_at,
    };
  });
}
