// A team replica: the local SQLite file of one person's app that is joined to a team server.
// The file mirrors what the server lets this person see, with the server's own ids, so the
// server's journal rows are stored here byte for byte and verify with the same code (the chain's
// canonical form names the client's id). What is written here and not yet on the server:
// - journal entries wait in team_outbox ("not yet in the team journal"), known to the app as
//   id -(outbox id), pushed in order through append_entry (sync/journal.ts);
// - clients, invoices, payments and offboarding cases created here have a negative id until the
//   server gives them theirs (team_version NULL); rows changed here are team_dirty = 1 (a trigger,
//   migration 0009); both are pushed with their version, and a change made meanwhile on the
//   server becomes a team_conflicts row, never an overwrite (sync/records.ts).
// A file that is not a replica (no `team.replica` setting) is the single-user app, unchanged.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../db/open';

/** The settings key that makes a file a team replica (written when the person joins a team). */
export const teamReplicaKey = 'team.replica';

export interface TeamReplica {
  /** the server and database this file mirrors (a file never mirrors two) */
  host: string;
  port: number;
  database: string;
  /** the team's identity: dossier.meta createdAt on the server, checked on every connect */
  teamCreatedAt: string;
  /** this person's login role on the server, and their name and role there */
  roleName: string;
  personName: string;
  role: 'owner' | 'staff' | 'accountant';
  joinedAt: string;
}

// Asked on every journal write, export and count: the statement is prepared once per connection.
const markStatements = new WeakMap<Sqlite, Statement<[string], { value: string }>>();

export function readTeamReplica(sqlite: Sqlite): TeamReplica | null {
  let st = markStatements.get(sqlite);
  if (!st) {
    st = sqlite.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
    markStatements.set(sqlite, st);
  }
  const r = st.get(teamReplicaKey);
  if (!r) return null;
  try {
    const v = JSON.parse(r.value) as Partial<TeamReplica> | null;
    return v && typeof v.roleName === 'string' && typeof v.host === 'string' ? (v as TeamReplica) : null;
  } catch {
    return null;
  }
}

export const isTeamReplica = (sqlite: Sqlite): boolean => readTeamReplica(sqlite) !== null;

/** The id the app knows a queued entry by, and back. */
export const pendingEntryId = (outboxId: number): number => -outboxId;
export const outboxIdOf = (pendingId: number): number => -pendingId;

export interface QueueState {
  /** entries written here that the server has not numbered yet */
  pending: number;
  oldestQueuedAt: string | null;
  /** the first entry's last refusal, when the server refused it (the queue waits behind it) */
  lastError: string | null;
  /** open conflicts: changes made here and on the server to the same record */
  conflicts: number;
}

export function queueState(sqlite: Sqlite): QueueState {
  const q = sqlite
    .prepare<[], { n: number; oldest: string | null }>('SELECT count(*) AS n, min(queued_at) AS oldest FROM team_outbox')
    .get()!;
  const first = sqlite.prepare<[], { last_error: string | null }>('SELECT last_error FROM team_outbox ORDER BY id LIMIT 1').get();
  const c = sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM team_conflicts WHERE resolved_at IS NULL').get()!;
  return { pending: q.n, oldestQueuedAt: q.oldest, lastError: first?.last_error ?? null, conflicts: c.n };
}
