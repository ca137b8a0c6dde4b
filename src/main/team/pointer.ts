// Which file the app opens: the owner's own, or the team file joined from Settings → Team. A small
// JSON file in the app's folder (beside data-location.json) remembers both, so "Leave this team"
// and "Open the team file again" switch between them, and the next start opens the one in use.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { TeamFileInfo } from '../../shared/contract/team';

export interface FilePlace {
  databasePath: string;
  dataDir: string;
}

export interface TeamPointer {
  own: FilePlace;
  team: FilePlace & TeamFileInfo;
  active: 'own' | 'team';
}

const isPlace = (p: unknown): p is FilePlace =>
  !!p &&
  typeof (p as FilePlace).databasePath === 'string' &&
  typeof (p as FilePlace).dataDir === 'string' &&
  isAbsolute((p as FilePlace).databasePath) &&
  isAbsolute((p as FilePlace).dataDir);

export function readTeamPointer(file: string): TeamPointer | null {
  try {
    const p = JSON.parse(readFileSync(file, 'utf8')) as Partial<TeamPointer>;
    if (!isPlace(p.own) || !isPlace(p.team) || (p.active !== 'own' && p.active !== 'team')) return null;
    return p as TeamPointer;
  } catch {
    return null;
  }
}

export function writeTeamPointer(file: string, pointer: TeamPointer): void {
  writeFileSync(`${file}.partial`, `${JSON.stringify(pointer, null, 2)}\n`);
  renameSync(`${file}.partial`, file);
}

/** What start-up opens: the team file when it was in use and is still there, else `own`. */
export function startupPlace(file: string, own: FilePlace): FilePlace {
  const p = readTeamPointer(file);
  if (p?.active === 'team' && existsSync(p.team.databasePath))
    return { databasePath: p.team.databasePath, dataDir: p.team.dataDir };
  return own;
}
