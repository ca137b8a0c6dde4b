import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** Written when the owner moves the data elsewhere (safety/relocate.ts), e.g. out of a sync folder. */
export const locationFileOf = (userDataDir: string) => join(userDataDir, 'data-location.json');

/** Where the owner's data lives: inside the OS user-data folder, unless it was moved. */
export function dataLocation(userDataDir: string) {
  try {
    const p = JSON.parse(readFileSync(locationFileOf(userDataDir), 'utf8')) as { databasePath?: unknown; dataDir?: unknown };
    if (typeof p.databasePath === 'string' && typeof p.dataDir === 'string' && isAbsolute(p.databasePath) && isAbsolute(p.dataDir)) {
      return { databasePath: p.databasePath, dataDir: p.dataDir };
    }
  } catch {
    // not moved
  }
  return {
    databasePath: join(userDataDir, 'client-dossier.db'),
    dataDir: join(userDataDir, 'data'),
  };
}

/** Which file is in use, the owner's own or a team file (team/pointer.ts), and the team passwords (sealed). */
export const teamPointerOf = (userDataDir: string) => join(userDataDir, 'team-file.json');
export const teamSecretsOf = (userDataDir: string) => join(userDataDir, 'team-secrets.json');
