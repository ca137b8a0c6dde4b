// Entries in a team replica without a team server: the team's pull stores the server's numbered
// rows in the local journal (src/main/team/sync/journal.ts), and a replica refuses local chain
// writes. Tests that are about what those rows show (counts, dossiers, authors), not about the
// sync itself, write them through the local chain with the author's login, the replica mark
// lifted for the write only — the rows have the same fields and hash version a pull stores.
import type { Sqlite } from '../../src/main/db/open';
import { teamReplicaKey } from '../../src/main/team/sync/replica';

export function asPulledFromTeam<T>(sqlite: Sqlite, write: () => T): T {
  const mark = sqlite.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(teamReplicaKey);
  if (!mark) return write();
  sqlite.prepare('DELETE FROM settings WHERE key = ?').run(teamReplicaKey);
  try {
    return write();
  } finally {
    sqlite
      .prepare("INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, '', '')")
      .run(teamReplicaKey, mark.value);
  }
}
