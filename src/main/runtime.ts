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
import { duringOneRead } from './core/context';
import type { RuntimeControl, SwapSteps } from './core/runtime-control';
import { quickCheck } from './db/inspect';
import { schemaDifference } from './db/schema-check';
import { methodEffects } from '../shared/contract/effects';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileSecrets } from './team/secrets';

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

/** Methods that only read: their synchronous part reads other connections' commits once (duringOneRead). */
const readOnly = new Set<MethodName>(methodNames.filter((n) => methodEffects[n].kind === 'read'));

/** Methods after which a team replica pushes soon (a journal write, debounced by the team service). */
const journalWriters = new Set<MethodName>(
  methodNames.filter((n) => {
    const e = methodEffects[n];
    return e.kind === 'write' && (e.data as readonly string[]).includes('journal') && !n.toLowerCase().includes('team');
  }),
);

export function createRuntime(appDeps: AppDeps, build: (s: Services) => ApiImpl, opts: RuntimeOptions = {}) {
  // what outlives one database: where the team file is remembered, and the team passwords
  const deps: AppDeps = {
    ...appDeps,
    teamPointerFile: appDeps.teamPointerFile ?? join(dirname(appDeps.dataDir), 'team-file.json'),
    secrets: appDeps.secrets ?? fileSecrets(join(dirname(appDeps.dataDir), 'team-secrets.json')),
  };
  let current = { databasePath: opts.databasePath ?? deps.database.path, dataDir: deps.dataDir };
  const health = createHealthTracker(opts.startup ?? { problem: null, detail: '', quarantinedTo: null, quickCheck: 'ok' });
  let swapping = false;
  let locked = false;
  const control: RuntimeControl = {
    get databasePath() {
      return current.databasePath;
    },
    get dataDir() {
      return current.dataDir;
    },
    dialogs: deps.dialogs ?? noDialogs,
    health,
    inRecovery: () => health.inRecovery,
    isLocked: () => locked,
    setLocked: (l) => void (locked = l),
    swapDatabase,
    switchFile,
    checkJournal,
  };
  let checksJournal = false;
  function checkJournal(): Promise<void> {
    checksJournal = true;
    if (health.inRecovery) return Promise.resolve();
    return startJournalCheck(control.databasePath, current.dataDir, health);
  }
  let services = createServices({ ...deps, runtime: control });
  let impl = build(services);
  locked = !health.inRecovery && services.lock.enabled();
  if (!health.inRecovery) services.team.start();

  /** The services of the open file stop: the team connection and timers go with them. */
  function closeOpen() {
    services.team.stop();
    services.deps.database.close();
  }

  function reopen(database: OpenedDatabase) {
    if (database.path !== ':memory:') writeMarker(current.dataDir, database.path, services.ctx.now());
    services = createServices({ ...deps, database, dataDir: current.dataDir, runtime: control });
    impl = build(services);
    if (database.path !== ':memory:') services.team.start();
  }

  const openOwn = () => {
    const now = services.ctx.now;
    const dataDir = current.dataDir;
    return openDatabase(control.databasePath, {
      beforeMigrate: (from, _to, sqlite) => void backupBeforeMigrate(sqlite, dataDir, now(), from),
    });
  };

  /** What start-up would insist on: whole, and exactly our schema. */
  function checkOpened(database: OpenedDatabase): void {
    const qc = quickCheck(database.sqlite);
    if (qc !== 'ok') throw new AppError('DB_DAMAGED', qc);
    const difference = schemaDifference(database.sqlite);
    if (difference) throw new AppError('DB_DAMAGED', difference);
    deps.testHooks?.afterSwap?.(database);
  }

  async function swapDatabase(install: () => Promise<void> | void, steps?: SwapSteps): Promise<void> {
    if (swapping) throw new AppError('INVALID_STATE', 'A restore is already running.');
    swapping = true;
    const wasRecovery = health.inRecovery;
    try {
      await services.team.quiesce();
      closeOpen();
      try {
        await install();
      } catch (e) {
        // A failed install changed nothing: the old file (or, in recovery, the stand-in) returns.
        reopen(wasRecovery ? openDatabase(':memory:') : openOwn());
        throw e;
      }
      let database: OpenedDatabase | undefined;
      try {
        database = openOwn();
        checkOpened(database);
      } catch (e) {
        database?.close();
        putBack(wasRecovery, steps);
        throw new AppError(
          'DB_DAMAGED',
          `The restored database could not be opened (${(e as Error).message}); the previous database was put back.`,
        );
      }
      steps?.finish();
      reopen(database);
      health.recovered();
      if (checksJournal) void checkJournal();
    } finally {
      swapping = false;
    }
  }

  async function switchFile(target: { databasePath: string; dataDir: string }, o: { sync?: boolean } = {}): Promise<void> {
    if (swapping) throw new AppError('INVALID_STATE', 'A restore is already running.');
    if (health.inRecovery) throw new AppError('INVALID_STATE', 'No usable database is open: restore a backup first.');
    swapping = true;
    const previous = current;
    try {
      await services.team.quiesce();
      closeOpen();
      let database: OpenedDatabase | undefined;
      try {
        mkdirSync(target.dataDir, { recursive: true });
        current = target;
        database = openOwn();
        checkOpened(database);
      } catch (e) {
        database?.close();
        current = previous;
        reopen(openOwn());
        throw new AppError(
          'DB_DAMAGED',
          `${target.databasePath} could not be opened (${(e as Error).message}); the previous file is open again.`,
        );
      }
      reopen(database);
      if (checksJournal) void checkJournal();
      if (o.sync) void services.team.syncNow();
    } finally {
      swapping = false;
    }
  }

  /** After a failure past the swap: the previous file is reopened, and the app keeps answering. */
  function putBack(wasRecovery: boolean, steps: SwapSteps | undefined): void {
    try {
      steps?.undo();
      reopen(wasRecovery ? openDatabase(':memory:') : openOwn());
    } catch (e) {
      // Even the previous file would not open: the recovery screen, never a closed connection.
      reopen(openDatabase(':memory:'));
      health.lost((e as Error).message);
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
        const call = impl[name] as (i: unknown) => unknown;
        const result = readOnly.has(name) ? duringOneRead(() => call(input)) : call(input);
        if (journalWriters.has(name)) {
          const team = services.team;
          if (result instanceof Promise)
            void result.then(
              () => team.nudge(),
              () => {},
            );
          else team.nudge();
        }
        return result;
      },
    ]),
  ) as ApiImpl;

  return {
    api,
    control,
    /** the services of the database open right now */
    services: () => services,
    close: () => closeOpen(),
  };
}
export type Runtime = ReturnType<typeof createRuntime>;
