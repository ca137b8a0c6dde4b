// Which file a backup is of: the owner's own, or one person's copy of one team (a team replica,
// src/main/team/sync/replica.ts). A restore puts a backup in place of the open file only when it
// is of the same kind: the owner's own file never becomes a team's copy (its history would be
// gone from this computer's own file), a team's copy never becomes the owner's own file or
// another team's, and nothing about either is changed by the refusal.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import type { Sqlite } from '../db/open';
import { readTeamReplica, type TeamReplica } from '../team/sync/replica';

const teamOf = (r: TeamReplica) => `${r.database} @ ${r.host}:${r.port}, ${r.roleName}`;
const sameTeamCopy = (a: TeamReplica, b: TeamReplica) =>
  a.host === b.host &&
  a.port === b.port &&
  a.database === b.database &&
  a.teamCreatedAt === b.teamCreatedAt &&
  a.roleName === b.roleName;

/** The team copy a file on disk is of (null: the owner's own file, or not readable as ours — the verification says so). */
export function teamReplicaOfFile(path: string): TeamReplica | null {
  if (!existsSync(path)) return null;
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return readTeamReplica(db as unknown as Sqlite);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Refuses, in the owner's language (details.messageKey), a backup that is not of the same kind of file as the open one. */
export function refuseOtherFileKind(backup: TeamReplica | null, open: TeamReplica | null): void {
  if (!backup && !open) return;
  if (backup && open && sameTeamCopy(backup, open)) return;
  if (backup && !open)
    throw new AppError(
      'INVALID_STATE',
      `This backup is of a team's file (${teamOf(backup)}), not of your own file; your own file was kept. Open the team file (Settings → Team) and restore it there.`,
      { details: { messageKey: 'errors.restoreKind.teamIntoOwn', team: teamOf(backup) } },
    );
  if (!backup && open)
    throw new AppError(
      'INVALID_STATE',
      `This backup is of your own file, not of this team's file (${teamOf(open!)}); the team file was kept. Leave the team (Settings → Team) to restore your own file.`,
      { details: { messageKey: 'errors.restoreKind.ownIntoTeam', team: teamOf(open!) } },
    );
  throw new AppError(
    'INVALID_STATE',
    `This backup is of another team's file or another person's (${teamOf(backup!)}), not of this one (${teamOf(open!)}); this file was kept.`,
    { details: { messageKey: 'errors.restoreKind.otherTeam', team: teamOf(backup!) } },
  );
}
