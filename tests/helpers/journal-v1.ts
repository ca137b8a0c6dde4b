// Writes journal entries as the app did before migration 0008: hash version 1 (no author), into
// a database at an older schema (no author or hash_version column). The upgrade tests build
// their "version before" fixtures with it; the app itself writes version 2 only.
import type { Database } from 'better-sqlite3';
import { GENESIS_HASH, canonicalEntry } from '../../src/shared/domain/journal-chain';
import { journalFields, rowValues, withDefaults } from '../../src/shared/domain/journal-fields';
import { sha256Hex, type JournalEntryRow, type NewJournalEntry } from '../../src/main/journal/chain';

const v1Fields = journalFields.filter((f) => !('since' in f));
const v1Columns = v1Fields.map((f) => f.column);

export function appendV1Entries(sqlite: Database, entries: readonly NewJournalEntry[], recordedAt: string): JournalEntryRow[] {
  const head = sqlite.prepare<[number], { seq: number; hash: string }>(
    'SELECT seq, hash FROM journal_entries WHERE client_id = ? ORDER BY seq DESC LIMIT 1',
  );
  const insert = sqlite.prepare(
    `INSERT INTO journal_entries (${v1Columns.join(', ')}, prev_hash, hash, created_at) VALUES (${v1Columns.map(() => '?').join(', ')}, ?, ?, ?)`,
  );
  const upsertHead = sqlite.prepare(
    `INSERT INTO journal_heads (client_id, seq, hash, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(client_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, updated_at = excluded.updated_at`,
  );
  return sqlite.transaction(() =>
    entries.map((e) => {
      const { attachments: _a, recordedAt: _r, ...fields } = e;
      const prev = head.get(e.clientId) ?? { seq: 0, hash: GENESIS_HASH };
      const chain = { ...withDefaults(fields, { seq: prev.seq + 1, recordedAt: e.recordedAt ?? recordedAt, hashVersion: 1 }), attachments: [] };
      const hash = sha256Hex(prev.hash + canonicalEntry(chain));
      // the version-1 columns only, in the table's order (author and hash_version come last)
      const values = rowValues(chain).slice(0, v1Columns.length);
      const id = Number(insert.run(...values, prev.hash, hash, chain.recordedAt).lastInsertRowid);
      upsertHead.run(e.clientId, chain.seq, hash, chain.recordedAt);
      return { ...chain, id, prevHash: prev.hash, hash };
    }),
  )();
}
