// Backups: written with SQLite's backup API, verified after writing (quick_check + journal
// chain), described by a small JSON record beside each file, rotated (see
// shared/domain/backup-rotation.ts). The app's backup folder is data/backups.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { backupsToKeep } from '../../shared/domain/backup-rotation';
import {
  backupReasons,
  type BackupInfo,
  type BackupReason,
  type ChainCheckView,
  type FileVerification,
} from '../../shared/contract/safety';
import { AppError } from '../../shared/errors';
import { backupTo, largeFileBytes, sha256File, snapshotSync, syncFileAndDir } from '../db/backup-file';
import { inspectFile, type FileInspection } from '../db/inspect';
import type { Sqlite } from '../db/open';
import { chainCheckOf, checkDatabaseFile } from '../journal/verify';
import { checkFileInWorker } from '../journal/verify-host';
import { attachmentPath } from '../journal/chain';
import { writesCounter, type ServiceContext } from '../core/context';
import { accessDetail, recordAccess } from '../team/access-log';

export const backupFolderOf = (dataDir: string) => join(dataDir, 'backups');

type Verified = FileVerification & { inspection: FileInspection };

function combine(inspection: FileInspection, chain: ChainCheckView | null): Verified {
  const chainBroken = chain !== null && !chain.ok;
  return {
    ok: inspection.ok && !chainBroken,
    ...(inspection.problem ? { problem: inspection.problem } : chainBroken ? { problem: 'chain-broken' } : {}),
    ...(inspection.detail ? { detail: inspection.detail } : chainBroken ? { detail: chain.failure?.reason ?? '' } : {}),
    quickCheck: inspection.quickCheck,
    journal: chain,
    inspection,
  };
}

/** Header + quick_check + every journal chain of a file, on a read-only connection. */
export async function verifyFile(path: string, dataDir: string): Promise<Verified> {
  const request = { databasePath: path, dataDir, clientId: null };
  // large files on a worker: at 1,000,000 journal entries quick_check takes ~2 s and re-hashing ~7 s
  const large = existsSync(path) && statSync(path).size > largeFileBytes;
  const { inspection, journal } = await (large ? checkFileInWorker(request) : checkDatabaseFile(request));
  return combine(inspection, journal && chainCheckOf(journal));
}

function stampOf(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

function uniquePath(folder: string, base: string): string {
  let p = join(folder, `${base}.db`);
  for (let i = 2; existsSync(p) || existsSync(`${p}.json`); i++) p = join(folder, `${base}-${i}.db`);
  return p;
}

function writeRecord(path: string, info: BackupInfo): void {
  const tmp = `${path}.json.partial`;
  writeFileSync(tmp, `${JSON.stringify(info, null, 2)}\n`);
  syncFileAndDir(tmp);
  renameSync(tmp, `${path}.json`);
}

async function describe(
  path: string,
  reason: BackupReason,
  createdAt: string,
  folder: string,
  dataDir: string,
): Promise<BackupInfo> {
  const v = await verifyFile(path, dataDir);
  const { inspection, ...verification } = v;
  return {
    name: basename(path),
    createdAt,
    reason,
    sizeBytes: inspection.sizeBytes,
    schemaVersion: inspection.schemaVersion,
    counts: inspection.counts,
    sha256: await sha256File(path),
    verification,
    folder,
  };
}

/**
 * The migration hook's backup, taken before services exist. Synchronous (the hook cannot
 * await), so it uses VACUUM INTO — still a consistent copy made by SQLite, not a file copy.
 */
export function backupBeforeMigrate(sqlite: Sqlite, dataDir: string, now: Date, fromVersion: number): string | null {
  if (fromVersion === 0) return null; // a brand-new file has nothing to lose
  const folder = backupFolderOf(dataDir);
  mkdirSync(folder, { recursive: true });
  const path = uniquePath(folder, `client-dossier-${stampOf(now)}-before-migration`);
  snapshotSync(sqlite, path);
  // The hook cannot await the chain verification: quick_check only. At start-up
  // openAtStartup takes this backup itself beforehand, fully verified; this path serves a
  // restore of an older backup.
  const { inspection, ...verification } = combine(inspectFile(path), null);
  writeRecord(path, {
    name: basename(path),
    createdAt: now.toISOString(),
    reason: 'before-migration',
    sizeBytes: inspection.sizeBytes,
    schemaVersion: inspection.schemaVersion,
    counts: inspection.counts,
    sha256: '',
    verification,
    folder,
  });
  if (!verification.ok) {
    throw new AppError(
      'DB_DAMAGED',
      `The backup taken before updating the database did not verify (${verification.detail ?? verification.problem}). Nothing was changed.`,
    );
  }
  return path;
}

/**
 * Copies the attachment files a database refers to from one data folder's attachments/ to
 * another's, skipping those already there (they are named by their SHA-256, never changed).
 * Returns how many were copied; a file whose content does not match its name is not copied.
 */
export function copyAttachments(sqlite: Sqlite, fromDataDir: string, toDataDir: string): number {
  const has = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'journal_attachments'").get();
  if (!has) return 0;
  let copied = 0;
  for (const { sha256 } of sqlite.prepare('SELECT DISTINCT sha256 FROM journal_attachments').all() as { sha256: string }[]) {
    const src = attachmentPath(fromDataDir, sha256);
    const dest = attachmentPath(toDataDir, sha256);
    if (existsSync(dest) || !existsSync(src)) continue;
    mkdirSync(dirname(dest), { recursive: true });
    const buf = readFileSync(src);
    if (createHash('sha256').update(buf).digest('hex') !== sha256) continue;
    writeFileSync(`${dest}.partial`, buf);
    syncFileAndDir(`${dest}.partial`);
    renameSync(`${dest}.partial`, dest);
    copied++;
  }
  return copied;
}

/** Backup API copy into `into`, verified, with its record beside it. */
export async function writeVerifiedBackup(
  sqlite: Sqlite,
  into: string,
  reason: BackupReason,
  at: Date,
  dataDir: string,
): Promise<BackupInfo> {
  mkdirSync(into, { recursive: true });
  const path = uniquePath(into, `client-dossier-${stampOf(at)}-${reason}`);
  await backupTo(sqlite, path);
  const info = await describe(path, reason, at.toISOString(), into, dataDir);
  try {
    writeRecord(path, info);
  } catch (e) {
    rmSync(path, { force: true });
    rmSync(`${path}.json.partial`, { force: true });
    throw new AppError('IO', `Could not write the backup record: ${(e as Error).message}`);
  }
  return info;
}

/**
 * Leftovers of a backup interrupted by a crash or power cut (`….partial`): never a usable
 * backup, removed once they are an hour old (a younger one may still be being written).
 */
export function removePartials(folder: string, now: Date): number {
  if (!existsSync(folder)) return 0;
  let n = 0;
  for (const f of readdirSync(folder)) {
    if (!/\.partial(-journal)?$/.test(f)) continue;
    const p = join(folder, f);
    if (now.getTime() - statSync(p).mtimeMs > 3_600_000) {
      rmSync(p, { force: true });
      n++;
    }
  }
  return n;
}

export function readBackupRecord(path: string): BackupInfo | null {
  try {
    const info = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as BackupInfo;
    if (typeof info.name !== 'string' || !backupReasons.includes(info.reason)) return null;
    return info;
  } catch {
    return null;
  }
}

/** Backups in a folder, newest first. Files without a record are listed as unverified. */
export function listBackupsIn(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  const out: BackupInfo[] = [];
  for (const f of readdirSync(folder)) {
    if (!f.endsWith('.db')) continue;
    const rec = readBackupRecord(join(folder, f));
    if (rec) out.push({ ...rec, name: f, folder });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

export function createBackupService(ctx: ServiceContext) {
  const folder = backupFolderOf(ctx.dataDir);
  let changesAtLastBackup: string | null = null;
  const totalChanges = writesCounter(ctx.sqlite);

  async function create(reason: BackupReason, into = folder): Promise<BackupInfo> {
    if (ctx.databasePath === ':memory:') throw new AppError('INVALID_STATE', 'No database is open to back up.');
    const changes = totalChanges();
    // Outside the app's folder (a USB stick) the attachment files go along, so the copy is
    // complete on its own; inside, they are already beside it in data/attachments.
    if (into !== folder) copyAttachments(ctx.sqlite, ctx.dataDir, into);
    const info = await writeVerifiedBackup(ctx.sqlite, into, reason, ctx.now(), into === folder ? ctx.dataDir : into);
    if (into === folder) {
      changesAtLastBackup = changes;
      rotate();
    } else {
      removePartials(into, ctx.now());
    }
    if (reason === 'manual') {
      // a copy of everything, made by a person: a team's access log has it (never the timer's own
      // backups, which would otherwise see the log's write and back up again)
      const before = totalChanges();
      recordAccess(ctx, {
        action: 'backup',
        detail: accessDetail(info.name, `${info.counts['journal_entries'] ?? 0} entries, ${info.sizeBytes} bytes`),
      });
      if (into === folder && changesAtLastBackup === before) changesAtLastBackup = totalChanges();
    }
    return info;
  }

  function list(): BackupInfo[] {
    return listBackupsIn(folder);
  }

  /** Deletes automatic backups the rotation no longer keeps. Returns the names removed. */
  function rotate(): string[] {
    const all = list();
    const keep = backupsToKeep(
      all.map((b) => ({ name: b.name, createdAt: b.createdAt, verified: b.verification.ok })),
      ctx.now(),
    );
    const removed: string[] = [];
    for (const b of all) {
      if (keep.has(b.name)) continue;
      rmSync(join(folder, b.name), { force: true });
      rmSync(join(folder, `${b.name}.json`), { force: true });
      removed.push(b.name);
    }
    removePartials(folder, ctx.now());
    return removed;
  }

  const hasData = () =>
    ctx.sqlite.prepare('SELECT (SELECT count(*) FROM clients) + (SELECT count(*) FROM settings) AS n').get() as { n: number };

  /**
   * The timer's job. The first run of a session backs up whatever is there (changes made
   * after the last backup of the previous session are covered); later runs only when
   * something was written since.
   */
  async function runScheduled(): Promise<BackupInfo | null> {
    if (changesAtLastBackup === null) return hasData().n > 0 ? create('scheduled') : null;
    if (totalChanges() === changesAtLastBackup) return null;
    return create('scheduled');
  }

  function newestVerified(): BackupInfo | null {
    return list().find((b) => b.verification.ok) ?? null;
  }

  return { folder, create, list, rotate, runScheduled, newestVerified };
}
export type BackupService = ReturnType<typeof createBackupService>;
