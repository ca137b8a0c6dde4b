// Writing and checking database copies. A plain file copy of a live WAL database is not a
// backup (committed pages may still sit in the -wal file): copies are made by SQLite itself,
// with the online backup API, or with VACUUM INTO where a synchronous copy is needed.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Sqlite } from './open';
import type { BackupMessage, BackupWorkerData } from './backup.worker';
import { workerScript } from '../workers/locate';
import { runWorker, type Reply } from '../workers/run';

/** fsync a file and its folder, so a rename survives a power cut. */
export function syncFileAndDir(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    const dfd = openSync(dirname(path), 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // Windows cannot open a folder for fsync; NTFS orders the rename itself.
  }
}

/**
 * A copy is a single self-contained file: switch it out of WAL mode so it opens read-only
 * anywhere, without -wal or -shm files beside it.
 */
function makeStandalone(path: string): void {
  const copy = new Database(path);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

function ioError(e: unknown, dest: string): AppError {
  const code = (e as { code?: string }).code ?? '';
  const full = code === 'ENOSPC' || code === 'SQLITE_FULL' || /disk is full|ENOSPC/i.test(String((e as Error).message));
  return new AppError(
    'IO',
    full
      ? `Not enough disk space to write ${dest}. Nothing was written; free some space and try again.`
      : `Could not write ${dest}: ${(e as Error).message}`,
    { details: { diskFull: full } },
  );
}

/** Writes `dest` through a temporary file: it either appears complete and verified-ready, or not at all. */
async function atomically(dest: string, write: (tmp: string) => Promise<void> | void): Promise<void> {
  const tmp = `${dest}.partial`;
  try {
    await write(tmp);
    makeStandalone(tmp);
    syncFileAndDir(tmp);
    renameSync(tmp, dest);
    syncFileAndDir(dest);
  } catch (e) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    throw e instanceof AppError ? e : ioError(e, dest);
  }
}

/** From this size on, copies are made and checked on worker threads (backup-worker, verify-worker). */
export const largeFileBytes = 8 * 1024 * 1024;

/**
 * Online backup of a live database: SQLite's backup API, in steps, for a small file; a large one
 * is copied on a worker thread (backup-worker: VACUUM INTO, then flushed), because the backup
 * API's last step writes and syncs the whole copy at once (0.4 s at 1,000,000 entries) and a
 * worker's connection cannot be blocked by nor block the app's. The app keeps working meanwhile.
 */
export function backupTo(
  sqlite: Sqlite,
  dest: string,
  {
    script = workerScript('backup-worker'),
    workerFromBytes = largeFileBytes,
  }: { script?: string; workerFromBytes?: number } = {},
): Promise<void> {
  const source = sqlite.name;
  const large = source !== ':memory:' && existsSync(source) && statSync(source).size >= workerFromBytes;
  return atomically(dest, async (tmp) => {
    if (!large) {
      await sqlite.backup(tmp);
      return;
    }
    rmSync(tmp, { force: true });
    await runWorker(
      { script, workerData: { source, dest: tmp } satisfies BackupWorkerData, label: 'backup' },
      (m: Reply<BackupMessage>) => m.type === 'done' || undefined,
      async () => {
        rmSync(tmp, { force: true });
        await sqlite.backup(tmp);
        return true;
      },
    );
  });
}

/** Synchronous copy for the migration hook (which cannot await): VACUUM INTO, also done by SQLite. */
export function snapshotSync(sqlite: Sqlite, dest: string): void {
  const tmp = `${dest}.partial`;
  try {
    rmSync(tmp, { force: true });
    sqlite.prepare('VACUUM INTO ?').run(tmp);
    makeStandalone(tmp);
    syncFileAndDir(tmp);
    renameSync(tmp, dest);
    syncFileAndDir(dest);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e instanceof AppError ? e : ioError(e, dest);
  }
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (c) => h.update(c))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}

export function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}
