// Restore: preview a backup (date, counts, verification), then — after the owner confirms —
// keep the open database as a backup (the way back) and put the chosen copy in its place.
// The copy is opened, migrated and checked as start-up would before it replaces anything, and
// a failure after the swap puts the previous database back (restore-swap.ts).
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo, RestorePreview, RestoreResult } from '../../shared/contract/safety';
import { AppError } from '../../shared/errors';
import { countRows } from '../db/inspect';
import { checkOnCopy, finishInstall, installStaged, stagedPathOf, undoInstall } from './restore-swap';
import { refuseForeign } from '../db/open';
import { readTeamReplica } from '../team/sync/replica';
import { refuseOtherFileKind, teamReplicaOfFile } from './file-kind';
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

  const databasePath = () => runtime?.databasePath ?? ctx.databasePath;
  const removeFile = (path: string) => {
    for (const s of ['', '-wal', '-shm', '-journal']) rmSync(path + s, { force: true });
  };

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

  /** Only a backup of the same kind of file: the owner's own, or this team copy (safety/file-kind.ts). */
  function refuseKind(path: string): void {
    // a damaged open file (recovery) cannot say what it was: the backup's own check stands
    if (runtime?.inRecovery()) return;
    refuseOtherFileKind(teamReplicaOfFile(path), readTeamReplica(ctx.sqlite));
  }

  async function preview(source: Source): Promise<RestorePreview | null> {
    const p = await resolve(source);
    if (!p) return null;
    refuseNotOurs(p.path);
    refuseKind(p.path);
    const { inspection, ...checked } = await verifyFile(p.path, attachmentsFor(p.path));
    // A file that passes on its own must also open, update and check as the app's database.
    let verification = checked;
    if (checked.ok) {
      const probe = `${databasePath()}.check`;
      try {
        const onCopy = await checkOnCopy(p.path, probe, attachmentsFor(p.path));
        if (!onCopy.ok) verification = { ...onCopy, quickCheck: checked.quickCheck || onCopy.quickCheck };
      } catch (e) {
        // No room for the probe (a full disk): the restore itself checks again, and says so.
        if (!(e instanceof AppError && e.code === 'IO')) throw e;
      } finally {
        removeFile(probe);
      }
    }
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
    const target = runtime.databasePath;
    // Checked again (the file may have changed since the preview), on a copy that is opened,
    // migrated and checked in full; only that copy is ever swapped in.
    refuseNotOurs(p.path);
    refuseKind(p.path);
    const original = await verifyFile(p.path, attachmentsFor(p.path));
    const v = original.ok ? await checkOnCopy(p.path, stagedPathOf(target), attachmentsFor(p.path)) : original;
    if (!v.ok) {
      throw new AppError('DB_DAMAGED', `This backup did not pass verification (${v.detail ?? v.problem}); it was not restored.`, {
        details: { problem: v.problem ?? 'damaged' },
      });
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
    const dataDir = ctx.dataDir;
    await runtime.swapDatabase(() => installStaged(target, dataDir, p.path, ctx.now()), {
      undo: () => undoInstall(target, dataDir),
      finish: () => finishInstall(target, dataDir),
    });
    pending.delete(token);
    return { restoredFrom: p.name, safetyBackup };
  }

  return { preview, restore };
}
export type RestoreService = ReturnType<typeof createRestoreService>;
