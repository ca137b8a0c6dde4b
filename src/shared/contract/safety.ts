import { z } from 'zod';
import { method } from './define';

// Backups, restore, start-up health and the app lock. The renderer never sends a file path:
// folders and files are picked in main (native dialogs), backups are named by their file
// name inside the app's backup folder, and a picked file is referred to by a one-time token.

export const backupReasons = ['scheduled', 'manual', 'before-migration', 'before-restore', 'before-import'] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface ChainCheckView {
  ok: boolean;
  clientsChecked: number;
  entriesChecked: number;
  failure?: { clientId: number; seq: number; entryId: number | null; reason: string };
}

export interface FileVerification {
  ok: boolean;
  /** why it is not usable: missing, empty, not-a-database, truncated, damaged, too-new, chain-broken, foreign, unknown-schema */
  problem?: string;
  detail?: string;
  quickCheck: string;
  /** null: the file has no journal (old schema or empty) */
  journal: ChainCheckView | null;
}

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  schemaVersion: number;
  counts: Record<string, number>;
  sha256: string;
  verification: FileVerification;
  /** the folder it was written to */
  folder: string;
}

export interface RestorePreview {
  token: string;
  name: string;
  /** when the backup was made (from its record), else the newest entry in it */
  createdAt: string | null;
  newestRecordAt: string | null;
  sizeBytes: number;
  schemaVersion: number;
  counts: Record<string, number>;
  verification: FileVerification;
  canRestore: boolean;
  /** the open database's counts, to compare with */
  currentCounts: Record<string, number> | null;
}

export interface RestoreResult {
  restoredFrom: string;
  /** the database that was open before, kept as a backup: the way back */
  safetyBackup: BackupInfo | null;
}

export type StartupProblem = 'missing' | 'empty' | 'not-a-database' | 'truncated' | 'damaged' | 'wal-missing' | 'unknown-schema';

export interface HealthView {
  /** ok; checking (journal verification still running); problem (found something); recovery (no usable database open) */
  status: 'ok' | 'checking' | 'problem' | 'recovery';
  startup: {
    problem: StartupProblem | null;
    detail: string;
    /** where the damaged file was moved */
    quarantinedTo: string | null;
    quickCheck: string;
    /** a restore interrupted by a crash, found at this start: finished (the new file checked) or undone */
    interruptedRestore?: 'finished' | 'undone';
  };
  journal: {
    state: 'pending' | 'running' | 'done' | 'failed' | 'skipped';
    checked: number;
    total: number;
    result: ChainCheckView | null;
    error: string | null;
  };
  /** the newest backup that passed verification, offered for restore */
  newestVerifiedBackup: BackupInfo | null;
  /** set when the database sits in a file-sync folder (Dropbox, OneDrive…), which can damage it */
  syncFolder?: { provider: string; path: string };
}

export interface MoveDataResult {
  /** the new folder of the database and its data */
  movedTo: string;
  /** the app restarts by itself to open the moved copy */
  restarting: boolean;
}

export interface LockState {
  enabled: boolean;
  locked: boolean;
  /** lock by itself after this many minutes without use; 0 = never */
  idleMinutes: number;
}

const backupName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.db$/, { message: 'validation.invalid' });
const token = z.string().regex(/^[a-f0-9]{32}$/, { message: 'validation.invalid' });
// Passphrases are checked for length only; any Unicode is fine (it is hashed, never stored).
const passphrase = z.string().min(8, { message: 'validation.passphraseShort' }).max(1024, { message: 'validation.tooLong' });

export const safetyContract = {
  listBackups: method<BackupInfo[]>()(z.undefined()),
  /** `app`: into the app's backup folder; `folder`: a folder the owner picks (null if cancelled) */
  backupNow: method<BackupInfo | null>()(z.strictObject({ destination: z.enum(['app', 'folder']) })),
  /** a backup from the list by name, a file the owner picks (null if cancelled), or the quarantined file */
  previewRestore: method<RestorePreview | null>()(
    z.union([
      z.strictObject({ backup: backupName }),
      z.strictObject({ pickFile: z.literal(true) }),
      z.strictObject({ quarantined: z.literal(true) }),
    ]),
  ),
  restoreBackup: method<RestoreResult>()(z.strictObject({ token, confirm: z.literal(true) })),
  getHealth: method<HealthView>()(z.undefined()),
  /** out of a file-sync folder: a verified copy of the data into a folder the owner picks, then a restart */
  moveDataFolder: method<MoveDataResult | null>()(z.strictObject({ confirm: z.literal(true) })),
  /** recovery only: begin with an empty database (the damaged file stays in quarantine) */
  startFresh: method<HealthView>()(z.strictObject({ confirm: z.literal(true) })),
  getLockState: method<LockState>()(z.undefined()),
  setLockPassphrase: method<LockState>()(z.strictObject({ passphrase, current: z.string().max(1024).optional() })),
  removeLock: method<LockState>()(z.strictObject({ current: z.string().max(1024) })),
  lockNow: method<LockState>()(z.undefined()),
  setLockIdle: method<LockState>()(
    z.strictObject({
      minutes: z.number().int({ message: 'validation.wholeNumber' }).min(0).max(240, { message: 'validation.invalid' }),
    }),
  ),
  unlock: method<LockState>()(z.strictObject({ passphrase: z.string().max(1024) })),
};
