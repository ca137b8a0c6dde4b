// Start-up health, before the window opens: is the database file there, is it a database,
// is it whole? A damaged, truncated or foreign file is never overwritten or replaced: it is
// moved aside (quarantined) and the owner is told and offered the newest verified backup.
// A missing or emptied database where data existed before is reported, never started fresh.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { StartupProblem } from '../shared/contract/safety';
import { AppError } from '../shared/errors';
import { checkHeader, quickCheck } from './db/inspect';
import { latestSchemaVersion, openDatabase, schemaVersionOf, type OpenedDatabase } from './db/open';
import { hasMarker, writeMarker } from './health/marker';
import { schemaDifference } from './db/schema-check';
import { recoverInterruptedRestore } from './safety/restore-swap';
import type { StartupFindings } from './health/tracker';
import { backupBeforeMigrate, backupFolderOf, listBackupsIn, writeVerifiedBackup } from './safety/backup';

export interface StartupResult {
  /** the owner's database, or an in-memory stand-in when `findings.problem` is set */
  database: OpenedDatabase;
  findings: StartupFindings;
}

const sidecars = ['-wal', '-shm', '-journal'];

/** Moves the file (and its -wal/-shm) into data/quarantine/<time>/; returns the new path. */
export function quarantine(databasePath: string, dataDir: string, now: Date): string {
  const dir = join(dataDir, 'quarantine', now.toISOString().replace(/[:.]/g, '-'));
  mkdirSync(dir, { recursive: true });
  const target = join(dir, basename(databasePath));
  for (const s of sidecars) if (existsSync(databasePath + s)) renameSync(databasePath + s, target + s);
  renameSync(databasePath, target);
  return target;
}

function standIn(problem: StartupProblem, detail: string, quarantinedTo: string | null): StartupResult {
  return { database: openDatabase(':memory:'), findings: { problem, detail, quarantinedTo, quickCheck: '' } };
}

export async function openAtStartup(opts: { databasePath: string; dataDir: string; now?: () => Date }): Promise<StartupResult> {
  const { databasePath, dataDir } = opts;
  const now = opts.now ?? (() => new Date());
  mkdirSync(dataDir, { recursive: true });
  // A restore the app did not live to finish is finished or undone before anything opens the file.
  const interrupted = recoverInterruptedRestore(databasePath, dataDir);
  const dataExisted = hasMarker(dataDir) || listBackupsIn(backupFolderOf(dataDir)).length > 0;

  if (!existsSync(databasePath)) {
    if (dataExisted) {
      return standIn('missing', 'The database file is missing, but backups or a record of earlier use exist.', null);
    }
  } else {
    const header = checkHeader(databasePath);
    if (!header.ok && header.problem === 'empty' && !dataExisted) {
      // A zero-length file on a first run (e.g. a crash while creating it): set aside, start fresh.
      quarantine(databasePath, dataDir, now());
    } else if (!header.ok) {
      const moved = quarantine(databasePath, dataDir, now());
      return standIn(header.problem as StartupProblem, header.detail ?? '', moved);
    } else if (existsSync(`${databasePath}-shm`) && !existsSync(`${databasePath}-wal`)) {
      // After a crash both -wal and -shm remain; a clean close removes both. Only -shm left
      // means the -wal (with the newest committed writes) was deleted: the file is stale.
      const moved = quarantine(databasePath, dataDir, now());
      return standIn('wal-missing', 'The write-ahead log (-wal) was deleted after the app stopped unexpectedly.', moved);
    } else {
      const found = checkBeforeOpen(databasePath);
      if (found !== 'ok') {
        const moved = quarantine(databasePath, dataDir, now());
        return standIn('damaged', found, moved);
      }
    }
  }

  let database: OpenedDatabase;
  try {
    const backedUp = await backupIfMigrationPending(databasePath, dataDir, now());
    database = openDatabase(
      databasePath,
      backedUp ? {} : { beforeMigrate: (from, _to, sqlite) => void backupBeforeMigrate(sqlite, dataDir, now(), from) },
    );
  } catch (e) {
    if (e instanceof AppError && e.code === 'DB_DAMAGED') {
      const moved = quarantine(databasePath, dataDir, now());
      return standIn('damaged', e.message, moved);
    }
    if ((e as { code?: string }).code === 'SQLITE_ERROR') {
      // A migration met tables it does not expect: not a database this app wrote.
      const moved = quarantine(databasePath, dataDir, now());
      return standIn('unknown-schema', `The database could not be updated: ${(e as Error).message}`, moved);
    }
    throw e; // DB_TOO_NEW and the like: refuse, never touch
  }
  const difference = schemaDifference(database.sqlite);
  if (difference) {
    database.close();
    const moved = quarantine(databasePath, dataDir, now());
    return standIn('unknown-schema', difference, moved);
  }
  writeMarker(dataDir, databasePath, now());
  return {
    database,
    findings: {
      problem: null,
      detail: '',
      quarantinedTo: null,
      quickCheck: 'ok',
      ...(interrupted ? { interruptedRestore: interrupted } : {}),
    },
  };
}

/** Before the app updates an existing database's schema: a backup, verified in full. */
async function backupIfMigrationPending(path: string, dataDir: string, at: Date): Promise<boolean> {
  if (!existsSync(path)) return false;
  const sqlite = new Database(path, { fileMustExist: true });
  try {
    const version = schemaVersionOf(sqlite);
    if (version === 0 || version >= latestSchemaVersion) return false;
    const info = await writeVerifiedBackup(sqlite, backupFolderOf(dataDir), 'before-migration', at, dataDir);
    if (!info.verification.ok) {
      throw new AppError(
        'DB_DAMAGED',
        `The backup taken before updating the database did not verify (${info.verification.detail ?? info.verification.problem}).`,
      );
    }
    return true;
  } finally {
    sqlite.close();
  }
}

/** quick_check on a read-write connection (which replays a -wal left by a crash first). */
function checkBeforeOpen(path: string): string {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { fileMustExist: true });
    return quickCheck(sqlite);
  } catch (e) {
    return (e as Error).message;
  } finally {
    sqlite?.close();
  }
}
