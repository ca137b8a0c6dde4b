// The steps of a restore that touch the owner's database file, and how start-up finishes or
// undoes them after a crash. Nothing replaces the database unless it opened, migrated and
// passed the full check on a copy first (checkOnCopy); the swap itself is two renames with a
// marker file written before them and removed after the new file opened and checked:
//
//   <db>.incoming   the checked candidate, waiting
//   <db>.previous   the database that was open, moved aside until the new one is confirmed
//   data/restore-in-progress.json   the marker
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileVerification } from '../../shared/contract/safety';
import { AppError } from '../../shared/errors';
import { backupTo, syncFileAndDir } from '../db/backup-file';
import { quickCheck } from '../db/inspect';
import { latestSchemaVersion, openDatabase, refuseForeign, schemaVersionOf } from '../db/open';
import { schemaDifference } from '../db/schema-check';
import { verifyFile } from './backup';

export const restoreMarkerOf = (dataDir: string) => join(dataDir, 'restore-in-progress.json');
export const stagedPathOf = (databasePath: string) => `${databasePath}.incoming`;
export const previousPathOf = (databasePath: string) => `${databasePath}.previous`;

const sidecars = ['', '-wal', '-shm', '-journal'];

function removeDatabaseFile(path: string): void {
  for (const s of sidecars) rmSync(path + s, { force: true });
}

function moveDatabaseFile(from: string, to: string): void {
  removeDatabaseFile(to);
  for (const s of ['-wal', '-shm']) if (existsSync(from + s)) renameSync(from + s, to + s);
  renameSync(from, to);
  syncFileAndDir(to);
}

export interface RestoreMarker {
  databasePath: string;
  from: string;
  startedAt: string;
}

/**
 * Copies `source` to `staged`, opens the copy as the app would (refusing another program's
 * file or a newer schema, running migrations), then the full start-up check: the schema is
 * exactly ours, quick_check, every journal chain. Leaves `staged` only when it passed.
 */
export async function checkOnCopy(source: string, staged: string, attachmentsDir: string): Promise<FileVerification> {
  const refused = (problem: string, detail: string): FileVerification => {
    removeDatabaseFile(staged);
    return { ok: false, problem, detail, quickCheck: '', journal: null };
  };
  removeDatabaseFile(staged);
  try {
    const src = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await backupTo(src, staged);
    } finally {
      src.close();
    }
  } catch (e) {
    removeDatabaseFile(staged);
    // No room or no access for the copy says nothing about the candidate: the caller decides.
    if (e instanceof AppError && e.code === 'IO') throw e;
    return refused('damaged', (e as Error).message);
  }
  try {
    const opened = openDatabase(staged);
    try {
      const difference = schemaDifference(opened.sqlite);
      if (difference) return refused('unknown-schema', difference);
      const qc = quickCheck(opened.sqlite);
      if (qc !== 'ok') return refused('damaged', qc);
    } finally {
      opened.close();
    }
  } catch (e) {
    const code = e instanceof AppError ? e.code : '';
    if (code === 'DB_TOO_NEW') return refused('too-new', (e as Error).message);
    if (code === 'DB_FOREIGN') return refused('foreign', (e as Error).message);
    if (code === 'DB_DAMAGED') return refused('damaged', (e as Error).message);
    return refused('unknown-schema', `the database could not be updated to this version: ${(e as Error).message}`);
  }
  const { inspection: _inspection, ...verification } = await verifyFile(staged, attachmentsDir);
  if (!verification.ok) removeDatabaseFile(staged);
  return verification;
}

/** What a file already installed must be: ours, this version, our schema, whole. null = fine. */
export function problemWithInstalled(path: string): string | null {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    refuseForeign(sqlite);
    const version = schemaVersionOf(sqlite);
    if (version !== latestSchemaVersion) return `schema ${version}, this app expects ${latestSchemaVersion}`;
    const qc = quickCheck(sqlite);
    if (qc !== 'ok') return qc;
    return schemaDifference(sqlite);
  } catch (e) {
    return (e as Error).message;
  } finally {
    sqlite?.close();
  }
}

/**
 * The swap (the old connection is closed): marker first, then the open database moved aside
 * to <db>.previous, then the staged copy renamed into place.
 */
export function installStaged(databasePath: string, dataDir: string, from: string, now: Date): void {
  const staged = stagedPathOf(databasePath);
  if (!existsSync(staged)) throw new AppError('INVALID_STATE', 'The checked copy to restore is missing; nothing was changed.');
  const marker: RestoreMarker = { databasePath, from, startedAt: now.toISOString() };
  const markerPath = restoreMarkerOf(dataDir);
  writeFileSync(`${markerPath}.partial`, `${JSON.stringify(marker, null, 2)}\n`);
  syncFileAndDir(`${markerPath}.partial`);
  renameSync(`${markerPath}.partial`, markerPath);
  if (existsSync(databasePath)) moveDatabaseFile(databasePath, previousPathOf(databasePath));
  else removeDatabaseFile(databasePath);
  moveDatabaseFile(staged, databasePath);
}

/** After a failure past the swap: the new file goes, the previous database comes back. */
export function undoInstall(databasePath: string, dataDir: string): void {
  const previous = previousPathOf(databasePath);
  if (existsSync(previous)) moveDatabaseFile(previous, databasePath);
  else removeDatabaseFile(databasePath); // there was none (recovery): back to no database
  removeDatabaseFile(stagedPathOf(databasePath));
  rmSync(restoreMarkerOf(dataDir), { force: true });
}

/** The new file opened and checked: the previous one (also kept as a backup) and the marker go. */
export function finishInstall(databasePath: string, dataDir: string): void {
  removeDatabaseFile(previousPathOf(databasePath));
  rmSync(restoreMarkerOf(dataDir), { force: true });
}

export type InterruptedRestore = 'finished' | 'undone' | null;

/**
 * At start-up, before anything opens the database: a restore the app did not live to finish
 * is finished (the new file is in place and checks) or undone (the previous file is put back).
 * Renames are atomic, so which files exist says how far it got.
 */
export function recoverInterruptedRestore(databasePath: string, dataDir: string): InterruptedRestore {
  const staged = stagedPathOf(databasePath);
  const previous = previousPathOf(databasePath);
  rmSync(`${restoreMarkerOf(dataDir)}.partial`, { force: true });
  // a restore preview's probe copy (restore.ts), left by a crash during the preview
  removeDatabaseFile(`${databasePath}.check`);
  rmSync(`${databasePath}.check.partial`, { force: true });
  if (!existsSync(restoreMarkerOf(dataDir))) {
    // A restore interrupted before its marker: the database itself is still the old file.
    removeDatabaseFile(staged);
    rmSync(`${staged}.partial`, { force: true });
    return null;
  }
  rmSync(`${staged}.partial`, { force: true });
  const hasPrevious = existsSync(previous);
  const hasDatabase = existsSync(databasePath);
  if (existsSync(staged)) {
    // The new file never reached its place: the database (or, moved aside, previous) is the old one.
    if (!hasDatabase && hasPrevious) moveDatabaseFile(previous, databasePath);
    removeDatabaseFile(staged);
    rmSync(restoreMarkerOf(dataDir), { force: true });
    return 'undone';
  }
  if (!hasDatabase) {
    if (hasPrevious) moveDatabaseFile(previous, databasePath);
    undoInstall(databasePath, dataDir);
    return 'undone';
  }
  // The new file is in place but was never confirmed: keep it only if it checks.
  if (problemWithInstalled(databasePath) === null) {
    finishInstall(databasePath, dataDir);
    return 'finished';
  }
  if (hasPrevious) {
    undoInstall(databasePath, dataDir);
    return 'undone';
  }
  // Nothing to go back to (it was restored from the recovery screen): start-up's own checks decide.
  rmSync(restoreMarkerOf(dataDir), { force: true });
  return null;
}
