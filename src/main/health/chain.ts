// Journal chain verification for any open database (the live one, a backup, a file offered
// for restore), through the journal core's verifyJournal on a connection of its own.
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../db/schema';
import { latestSchemaVersion, schemaVersionOf, type Sqlite } from '../db/open';
import { verifyJournal } from '../services/journal-chain';

export interface ChainCheck {
  ok: boolean;
  clientsChecked: number;
  entriesChecked: number;
  failure?: { clientId: number; seq: number; entryId: number | null; reason: string };
}

export type ChainProgress = (checked: number, total: number) => void;

/**
 * null when there is nothing this app can verify (no journal tables, or an older schema
 * whose rows the current chain code does not read).
 */
export async function verifyChainsOf(sqlite: Sqlite, dataDir: string, onProgress?: ChainProgress): Promise<ChainCheck | null> {
  const has = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'journal_entries'").get();
  if (!has) return null;
  const ctx = { sqlite, db: drizzle(sqlite, { schema }), dataDir, databasePath: sqlite.name, now: () => new Date() };
  try {
    const v = await verifyJournal(ctx, {
      progressEvery: 5_000,
      ...(onProgress ? { onProgress: (p) => onProgress(p.entriesChecked, p.entriesTotal) } : {}),
    });
    return {
      ok: v.ok,
      clientsChecked: v.clientsChecked,
      entriesChecked: v.entriesChecked,
      ...(v.failure
        ? { failure: { clientId: v.failure.clientId, seq: v.failure.seq, entryId: v.failure.entryId, reason: v.failure.detail } }
        : {}),
    };
  } catch (e) {
    if (schemaVersionOf(sqlite) < latestSchemaVersion) return null;
    return {
      ok: false,
      clientsChecked: 0,
      entriesChecked: 0,
      failure: { clientId: 0, seq: 0, entryId: null, reason: (e as Error).message },
    };
  }
}
