// The running app around one database at a time. The API object handed to IPC never changes;
// it forwards each call to the services of the database open right now, so a restore can
// close the file, put another in its place, reopen it and rebuild the services behind it.
// It also holds what outlives a database: the health findings and the lock.
import { methodNames, type ApiImpl, type MethodName } from '../shared/contract';
import { AppError } from '../shared/errors';
import { openDatabase, type OpenedDatabase } from './db/open';
import { createHealthTracker, type StartupFindings } from './health/tracker';
import { noDialogs } from './core/dialogs';
import { backupBeforeMigrate } from './safety/backup';
import { writeMarker } from './health/marker';
import { startJournalCheck } from './journal/startup-check';
import { createServices, type AppDeps, type Services } from './core/services';
import type { RuntimeControl } from './core/runtime-control';



// Callable while locked, and while no usable database is open.
const whileLocked = new Set<MethodName>(['getLockState', 'unlock', 'getHealth']);
const inRecovery = new Set<MethodName>([
  'getHealth',
  'listBackups',
  'previewRestore',
  'restoreBackup',
  'startFresh',
  'getLockState',
  'unlock',
  'getAppInfo',
]);

export interface RuntimeOptions {
  /** what start-up found; a non-null problem means `deps.database` is the in-memory stand-in */
  startup?: StartupFindings;
  /** the real file when deps.database is the stand-in */
  databasePath?: string;
}

export function createRuntime(deps: AppDeps, build: (s: Services) => ApiImpl, opts: RuntimeOptions = {}) {
  const health = createHealthTracker(opts.startup ?? { problem: null, detail: '', quarantinedTo: null, quickCheck: 'ok' });
  let swapping = false;
  let locked = false;
  const control: RuntimeControl = {
    databasePath: opts.databasePath ?? deps.database.path,
    dialogs: deps.dialogs ?? noDialogs,
    health,
    inRecovery: () => health.inRecovery,
    isLocked: () => locked,
    setLocked: (l) => void (locked = l),
    swapDatabase,
    checkJournal,
  };
  let checksJournal = false;
  function checkJournal(): Promise<void> {
    checksJournal = true;
    if (health.inRecovery) return Promise.resolve();
    return startJournalCheck(control.databasePath, deps.dataDir, health);
  }
  let services = createServices({ ...deps, runtime: control });
  let impl = build(services);
  locked = !health.inRecovery && services.lock.enabled();

  function reopen(database: OpenedDatabase) {
    if (database.path !== ':memory:') writeMarker(deps.dataDir, database.path, services.ctx.now());
    services = createServices({ ...deps, database, runtime: control });
    impl = build(services);
  }

  async function swapDatabase(install: () => Promise<void>): Promise<void> {
    if (swapping) throw new AppError('INVALID_STATE', 'A restore is already running.');
    swapping = true;
    const wasRecovery = health.inRecovery;
    const now = services.ctx.now;
    try {
      services.deps.database.close();
      let installed = false;
      try {
        await install();
        installed = true;
      } finally {
        // After a failed install the old file is still in place (install changes nothing
        // until its final rename); in recovery there is no old file, so the stand-in returns.
        const database =
          !installed && wasRecovery
            ? openDatabase(':memory:')
            : openDatabase(control.databasePath, {
                beforeMigrate: (from, _to, sqlite) => void backupBeforeMigrate(sqlite, deps.dataDir, now(), from),
              });
        reopen(database);
        if (installed) {
          health.recovered();
          if (checksJournal) void checkJournal();
        }
      }
    } finally {
      swapping = false;
    }
  }
  const api = Object.fromEntries(
    methodNames.map((name) => [
      name,
      (input: unknown) => {
        if (swapping) throw new AppError('INVALID_STATE', 'The database is being replaced; try again in a moment.');
        if (locked && !whileLocked.has(name)) throw new AppError('LOCKED', 'The app is locked.');
        if (health.inRecovery && !inRecovery.has(name)) {
          throw new AppError('DB_DAMAGED', 'No usable database is open: restore a backup first.');
        }
        return (impl[name] as (i: unknown) => unknown)(input);
      },
    ]),
  ) as ApiImpl;

  return {
    api,
    control,
    /** the services of the database open right now */
    services: () => services,
    close: () => services.deps.database.close(),
  };
}
export type Runtime = ReturnType<typeof createRuntime>;
