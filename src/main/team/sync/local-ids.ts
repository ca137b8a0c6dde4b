// Ids of rows created in a team replica before the server has given them theirs: negative, so
// they never meet a server id (sync/replica.ts). Every insert path of the versioned tables asks
// here first (clients service and CSV import, money service, offboarding store); a file that is
// not a replica gets null, and SQLite's autoincrement as before.
import type { Sqlite } from '../../db/open';
import { isTeamReplica } from './replica';

export type VersionedTable = 'clients' | 'invoices' | 'payments' | 'offboarding_cases';

const statements = new WeakMap<Sqlite, Map<VersionedTable, { get: () => { m: number | null } | undefined }>>();

/** The id for a new row of `table`: min(min(id), 0) - 1 in a replica, null (autoincrement) otherwise. Call inside the insert's transaction. */
export function newRecordId(sqlite: Sqlite, table: VersionedTable): number | null {
  if (!isTeamReplica(sqlite)) return null;
  let byTable = statements.get(sqlite);
  if (!byTable) statements.set(sqlite, (byTable = new Map()));
  let st = byTable.get(table);
  if (!st) byTable.set(table, (st = sqlite.prepare<[], { m: number | null }>(`SELECT min(id) AS m FROM ${table}`)));
  return Math.min(st.get()?.m ?? 0, 0) - 1;
}
