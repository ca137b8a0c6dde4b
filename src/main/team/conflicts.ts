// The Conflicts view's rows: a change made here and on the server to the same record
// (team_conflicts, written by sync/records.ts), each with what the person recognises and only the
// fields that differ. The same list as the record sync's own (records branch:
// sync/record-conflicts.ts listConflicts), so either can serve the screen.
import type { TeamConflict, TeamConflictField } from '../../shared/contract/team';
import type { Sqlite } from '../db/open';

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
  author_name: string | null;
}

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

/** The open conflicts, newest first. */
export function openConflicts(sqlite: Sqlite): TeamConflict[] {
  const rows = sqlite
    .prepare<[], ConflictRow>(
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
      entity: r.entity,
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
