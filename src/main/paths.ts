import { join } from 'node:path';

/** Where the owner's data lives inside the OS user-data folder. */
export function dataLocation(userDataDir: string) {
  return {
    databasePath: join(userDataDir, 'client-dossier.db'),
    dataDir: join(userDataDir, 'data'),
  };
}
