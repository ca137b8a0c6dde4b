// `restore --db <path> --from <backup>`: for when the app itself cannot start. The same checks
// as the app's restore (ours, a schema it knows, opens and migrates and checks on a copy), a
// "before restore" copy of whatever is there now, and the same swap that undoes itself.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { refuseForeign } from '../db/open';
import { refuseOtherFileKind, teamReplicaOfFile } from '../safety/file-kind';
import { writeMarker } from '../health/marker';
import { backupFolderOf, copyAttachments, verifyFile, writeVerifiedBackup } from '../safety/backup';
import {
  checkOnCopy,
  finishInstall,
  installStaged,
  problemWithInstalled,
  recoverInterruptedRestore,
  stagedPathOf,
  undoInstall,
} from '../safety/restore-swap';
import { requireString, UsageError, type CliCommand, type CliIo } from './common';

/** The database as it is now, kept: a verified backup if SQLite can read it, else its bytes. */
async function keepBefore(db: string, dataDir: string, now: Date, io: CliIo): Promise<void> {
  if (!existsSync(db)) {
    io.out('before restore: there was no database to keep');
    return;
  }
  const folder = backupFolderOf(dataDir);
  try {
    const sqlite = new Database(db, { readonly: true, fileMustExist: true });
    try {
      const info = await writeVerifiedBackup(sqlite, folder, 'before-restore', now, dataDir);
      io.out(`before restore: ${join(folder, info.name)}${info.verification.ok ? '' : ' (it did not verify)'}`);
      return;
    } finally {
      sqlite.close();
    }
  } catch {
    // SQLite cannot read it: keep the file as it is, byte for byte.
  }
  mkdirSync(folder, { recursive: true });
  const copy = join(folder, `client-dossier-${now.toISOString().replace(/[:.]/g, '-')}-before-restore-unreadable.db`);
  for (const s of ['', '-wal', '-shm']) if (existsSync(db + s)) copyFileSync(db + s, copy + s);
  io.out(`before restore: ${copy} (a byte copy: SQLite could not read the file)`);
}

export const restoreCommand: CliCommand = {
  summary: 'put a backup in place of a database (when the app cannot start); keeps a before-restore copy',
  usage: 'restore --db <path> --from <backup>',
  options: { db: { type: 'string' }, from: { type: 'string' } },
  async run(values, io) {
    const db = resolve(requireString(values, 'db'));
    const from = resolve(requireString(values, 'from'));
    if (!existsSync(from)) throw new UsageError(`no backup at ${from}`);
    if (from === db) throw new UsageError('--from and --db are the same file');
    const dataDir = join(dirname(db), 'data');
    const now = new Date();
    mkdirSync(dataDir, { recursive: true });
    const interrupted = recoverInterruptedRestore(db, dataDir);
    if (interrupted) io.out(`an interrupted restore was ${interrupted}`);

    const attachments = existsSync(join(dirname(from), 'attachments')) ? dirname(from) : dataDir;
    try {
      const src = new Database(from, { readonly: true, fileMustExist: true });
      try {
        refuseForeign(src);
      } finally {
        src.close();
      }
    } catch (e) {
      if (e instanceof AppError) throw e;
      // not SQLite at all: the verification says so
    }
    // only a backup of the same kind of file: the owner's own, or this team copy
    if (existsSync(db)) refuseOtherFileKind(teamReplicaOfFile(from), teamReplicaOfFile(db));
    const original = await verifyFile(from, attachments);
    const v = original.ok ? await checkOnCopy(from, stagedPathOf(db), attachments) : original;
    if (!v.ok) {
      io.err(`refused: ${from} (${v.problem ?? 'damaged'}: ${v.detail ?? ''}); nothing was changed`);
      return 1;
    }
    io.out(`checked: ${from} (schema ${original.inspection.schemaVersion}, quick_check ${v.quickCheck})`);
    await keepBefore(db, dataDir, now, io);
    if (attachments !== dataDir) {
      const src = new Database(from, { readonly: true, fileMustExist: true });
      try {
        io.out(`attachments copied: ${copyAttachments(src, attachments, dataDir)}`);
      } finally {
        src.close();
      }
    }
    installStaged(db, dataDir, from, now);
    const problem = problemWithInstalled(db);
    if (problem) {
      undoInstall(db, dataDir);
      io.err(`the restored file did not check (${problem}); the previous database was put back`);
      return 1;
    }
    finishInstall(db, dataDir);
    writeMarker(dataDir, db, now);
    io.out(`restored: ${db}`);
    return 0;
  },
};
