// Journal verification of any database file (the live one, a backup, a file offered for
// restore), through the journal core's verifyJournal — the one implementation of the canonical
// form — on a connection of its own. The same function runs in the worker thread and, when no
// worker can start, in this one.
import Database from 'better-sqlite3';
import type { ChainCheckView } from '../../shared/contract/safety';
import type { JournalVerification } from '../../shared/domain/journal-chain';
import { inspectFile, type FileInspection } from '../db/inspect';
import { latestSchemaVersion, schemaVersionOf, type Sqlite } from '../db/open';
import { verifyJournal } from './chain';

export interface VerifyRequest {
  databasePath: string;
  /** folder with the attachments (beside the database) */
  dataDir: string;
  /** one client's chain, or null for all of them */
  clientId: number | null;
}

export type VerifyProgress = (p: { entriesChecked: number; entriesTotal: number }) => void;

/** What verifying a file found. Crosses the worker boundary as it is. */
export type JournalCheck =
  | { state: 'verified'; verification: JournalVerification }
  /** nothing this app can verify: no journal tables, or an older schema the chain code does not read */
  | { state: 'no-journal' }
  /** the journal could not be read to its end (e.g. a row the chain code cannot parse) */
  | { state: 'unreadable'; reason: string };

/** Progress at most every `ms` (and always the last), so a fast check does not flood the thread's owner. */
function throttled(onProgress: VerifyProgress, ms = 100): VerifyProgress {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < ms && p.entriesChecked < p.entriesTotal) return;
    last = now;
    onProgress(p);
  };
}

export async function verifyJournalOf(
  sqlite: Sqlite,
  request: Omit<VerifyRequest, 'databasePath'>,
  onProgress?: VerifyProgress,
): Promise<JournalCheck> {
  const has = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'journal_entries'").get();
  if (!has) return { state: 'no-journal' };
  try {
    const verification = await verifyJournal(
      { sqlite, dataDir: request.dataDir, now: () => new Date() },
      {
        ...(request.clientId === null ? {} : { clientId: request.clientId }),
        // also how often an in-thread check yields to other work
        progressEvery: 2_000,
        ...(onProgress ? { onProgress: throttled(onProgress) } : {}),
      },
    );
    return { state: 'verified', verification };
  } catch (e) {
    if (schemaVersionOf(sqlite) < latestSchemaVersion) return { state: 'no-journal' };
    return { state: 'unreadable', reason: (e as Error).message };
  }
}

/** Verifies the file on a read-only connection of its own. Never writes. */
export async function verifyJournalFile(request: VerifyRequest, onProgress?: VerifyProgress): Promise<JournalCheck> {
  const sqlite = new Database(request.databasePath, { readonly: true, fileMustExist: true });
  try {
    return await verifyJournalOf(sqlite, request, onProgress);
  } finally {
    sqlite.close();
  }
}

/** The whole check of a database file (a backup, a file offered for restore). Crosses the worker boundary as it is. */
export interface FileCheck {
  /** header, quick_check, schema version and row counts */
  inspection: FileInspection;
  /** the journal, when the file opened and passed its inspection */
  journal: JournalCheck | null;
}

/** Header and quick_check first, then every journal chain; both take seconds on a large file. */
export async function checkDatabaseFile(request: VerifyRequest, onProgress?: VerifyProgress): Promise<FileCheck> {
  const inspection = inspectFile(request.databasePath);
  return { inspection, journal: inspection.ok ? await verifyJournalFile(request, onProgress) : null };
}

/** The short form health and backups show (null: the file has no journal to verify). */
export function chainCheckOf(check: JournalCheck): ChainCheckView | null {
  if (check.state === 'no-journal') return null;
  if (check.state === 'unreadable')
    return {
      ok: false,
      clientsChecked: 0,
      entriesChecked: 0,
      failure: { clientId: 0, seq: 0, entryId: null, reason: check.reason },
    };
  const v = check.verification;
  return {
    ok: v.ok,
    clientsChecked: v.clientsChecked,
    entriesChecked: v.entriesChecked,
    ...(v.failure
      ? { failure: { clientId: v.failure.clientId, seq: v.failure.seq, entryId: v.failure.entryId, reason: v.failure.detail } }
      : {}),
  };
}
