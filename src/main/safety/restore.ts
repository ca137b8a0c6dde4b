// Restore: preview a backup (date, counts, verification), then — after the owner confirms —
// keep the open database as a backup (the way back) and put the chosen copy in its place.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo, RestorePreview, RestoreResult } from '../../shared/contract/safety';
import { AppError } from '../../shared/errors';
import { backupTo, syncFileAndDir } from '../db/backup-file';
import { countRows } from '../db/inspect';
import { refuseForeign } from '../db/open';
import type { RuntimeControl } from '../core/runtime-control';
import { copyAttachments, readBackupRecord, verifyFile, type BackupService } from './backup';
import type { ServiceContext } from '../core/context';
import type { Language } from '../../shared/domain/format';
import { defaultLanguage } from '../../shared/i18n';
import { dialogText, fileFilter } from '../dialog-text';

type Source = { backup: string } | { pickFile: true } | { quarantined: true };

interface Pending {
  path: string;
  name: string;
}

// Tokens outlive one set of services (a restore rebuilds them), so they live in the module.
const pending = new Map<string, Pending>();

/** Copies `source` into `target` with SQLite's backup API, then swaps it into place atomically. */
async function installCopy(source: string, target: string): Promise<void> {
  const incoming = `${target}.incoming`;
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await backupTo(src, incoming);
  } finally {
    src.close();
  }
  // The old connection is closed (its -wal checkpointed and removed); stale ones must not
  // be replayed onto the new file.
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(incoming, target);
  syncFileAndDir(target);
}

export function createRestoreService(
  ctx: ServiceContext,
  backups: BackupService,
  runtime: RuntimeControl | undefined,
  quarantinedFile: () => string | null,
  /** the owner's language, for the file dialog */
  language: () => Language = () => defaultLanguage,
) {
  async function resolve(source: Source): Promise<Pending | null> {
    if ('backup' in source) {
      const path = join(backups.folder, source.backup);
      if (basename(path) !== source.backup || !existsSync(path)) {
        throw new AppError('NOT_FOUND', `No backup named ${source.backup}`);
      }
      return { path, name: source.backup };
    }
    if ('quarantined' in source) {
      const q = quarantinedFile();
      if (!q || !existsSync(q)) throw new AppError('NOT_FOUND', 'There is no quarantined database.');
      return { path: q, name: basename(q) };
    }
    if (!runtime) throw new AppError('INVALID_STATE', 'No file dialog is available here.');
    const lang = language();
    const [picked] = await runtime.dialogs.chooseOpenFiles({
      ...dialogText(lang, 'restoreFile'),
      filters: [fileFilter(lang, 'database', ['db', 'sqlite'])],
    });
    return picked ? { path: picked, name: basename(picked) } : null;
  }

  /** A backup on a USB stick carries its attachments beside it; the app's own use data/attachments. */
  const attachmentsFor = (path: string) => (existsSync(join(dirname(path), 'attachments')) ? dirname(path) : ctx.dataDir);

  /** Another program's SQLite file is refused before anything else looks at it. */
  function refuseNotOurs(path: string): void {
    let src: Database.Database | null = null;
    try {
      src = new Database(path, { readonly: true, fileMustExist: true });
      refuseForeign(src);
    } catch (e) {
      // A file that is no SQLite database at all is left to the verification's own message.
      if (e instanceof AppError) throw e;
    } finally {
      src?.close();
    }
  }

  async function preview(source: Source): Promise<RestorePreview | null> {
    const p = await resolve(source);
    if (!p) return null;
    refuseNotOurs(p.path);
    const { inspection, ...verification } = await verifyFile(p.path, attachmentsFor(p.path));
    const record: BackupInfo | null = readBackupRecord(p.path);
    const token = randomBytes(16).toString('hex');
    pending.set(token, p);
    return {
      token,
      name: p.name,
      createdAt: record?.createdAt ?? null,
      newestRecordAt: inspection.newestRecordAt,
      sizeBytes: inspection.sizeBytes,
      schemaVersion: inspection.schemaVersion,
      counts: inspection.counts,
      verification,
      canRestore: verification.ok,
      currentCounts: runtime?.inRecovery() ? null : countRows(ctx.sqlite),
    };
  }

  async function restore(token: string): Promise<RestoreResult> {
    const p = pending.get(token);
    if (!p) throw new AppError('NOT_FOUND', 'That restore preview has expired; preview the backup again.');
    if (!runtime) throw new AppError('INVALID_STATE', 'Restoring needs the running app.');
    // Checked again: the file may have changed since the preview.
    refuseNotOurs(p.path);
    const v = await verifyFile(p.path, attachmentsFor(p.path));
    if (!v.ok) {
      throw new AppError('DB_DAMAGED', `This backup did not pass verification (${v.detail ?? v.problem}); it was not restored.`);
    }
    const safetyBackup = runtime.inRecovery() ? null : await backups.create('before-restore');
    const from = attachmentsFor(p.path);
    if (from !== ctx.dataDir) {
      const src = new Database(p.path, { readonly: true, fileMustExist: true });
      try {
        copyAttachments(src, from, ctx.dataDir);
      } finally {
        src.close();
      }
    }
    await runtime.swapDatabase(() => installCopy(p.path, runtime.databasePath));
    pending.delete(token);
    return { restoredFrom: p.name, safetyBackup };
  }

  return { preview, restore };
}
export type RestoreService = ReturnType<typeof createRestoreService>;
