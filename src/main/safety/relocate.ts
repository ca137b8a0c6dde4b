// Moving the database and its data out of a file-sync folder. The open database is copied by
// SQLite's backup API (never a file copy of a live file) into a folder the owner picks, with
// attachments and backups beside it, verified, and a small pointer file in the app's own folder
// tells the next start where the data now is. The old files are left where they were.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import type { MoveDataResult } from '../../shared/contract/safety';
import { AppError } from '../../shared/errors';
import { backupTo, syncFileAndDir } from '../db/backup-file';
import { syncFolderOf } from '../health/sync-folder';
import type { Services } from '../core/services';
import { dialogText, ownerLanguage } from '../dialog-text';
import { verifyFile } from './backup';
import { isTeamReplica } from '../team/sync/replica';
import { teamError } from '../team/messages';

export interface DataLocationPointer {
  databasePath: string;
  dataDir: string;
  movedFrom: string;
  movedAt: string;
}

/** Where the database is kept when it is not in the app's own folder (read by paths.ts). */
export function writeLocationPointer(file: string, pointer: DataLocationPointer): void {
  if (!isAbsolute(pointer.databasePath) || !isAbsolute(pointer.dataDir)) throw new Error('the data location must be absolute');
  writeFileSync(`${file}.partial`, `${JSON.stringify(pointer, null, 2)}\n`);
  syncFileAndDir(`${file}.partial`);
  renameSync(`${file}.partial`, file);
}

export async function moveDataFolder(s: Services): Promise<MoveDataResult | null> {
  // the pointer says where the owner's own data is: a team file is not that (leave the team first)
  if (isTeamReplica(s.ctx.sqlite))
    throw teamError('INVALID_STATE', 'errors.moveTeamFile', {}, 'The open file is a team file: leave the team, then move your own data.');
  const rt = s.deps.runtime;
  const pointerFile = s.deps.locationFile;
  if (!rt || !pointerFile) throw new AppError('INVALID_STATE', 'Moving the data needs the running app.');
  if (rt.inRecovery()) throw new AppError('INVALID_STATE', 'No usable database is open: restore a backup first.');
  const folder = await s.dialogs.chooseFolder(dialogText(ownerLanguage(s.settings), 'moveData'));
  if (!folder) return null;
  const provider = syncFolderOf(folder);
  if (provider) {
    throw new AppError('VALIDATION', `That folder is synced by ${provider} too: choose a folder on this computer that is not synced.`, {
      details: { provider },
    });
  }
  const target = join(folder, 'Client Dossier');
  const databasePath = join(target, basename(rt.databasePath));
  const dataDir = join(target, 'data');
  if (existsSync(databasePath) || existsSync(dataDir)) {
    throw new AppError('CONFLICT', `${target} already holds Client Dossier data; choose another folder.`, { details: { path: target } });
  }
  mkdirSync(target, { recursive: true });
  try {
    if (existsSync(s.ctx.dataDir)) cpSync(s.ctx.dataDir, dataDir, { recursive: true });
    await backupTo(s.ctx.sqlite, databasePath);
    const v = await verifyFile(databasePath, dataDir);
    if (!v.ok) throw new AppError('DB_DAMAGED', `The moved copy did not verify (${v.detail ?? v.problem}); nothing was moved.`);
    writeLocationPointer(pointerFile, {
      databasePath,
      dataDir,
      movedFrom: rt.databasePath,
      movedAt: s.ctx.now().toISOString(),
    });
  } catch (e) {
    rmSync(target, { recursive: true, force: true });
    throw e instanceof AppError ? e : new AppError('IO', `Could not move the data to ${target}: ${(e as Error).message}`);
  }
  const restart = s.dialogs.restartApp;
  restart?.();
  return { movedTo: target, restarting: Boolean(restart) };
}
