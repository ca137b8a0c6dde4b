// What the services may ask of the running app around their database: a leaf module (types
// only), so services depend on it without depending on runtime.ts, which builds them.
import type { Dialogs } from './dialogs';
import type { HealthTracker } from '../health/tracker';

export interface RuntimeControl {
  /** the database file in use (even while the recovery stand-in is open): the owner's, or a team file */
  readonly databasePath: string;
  /** the data folder beside it (attachments, backups) */
  readonly dataDir: string;
  readonly dialogs: Dialogs;
  readonly health: HealthTracker;
  /** true while no usable database is open and the recovery screen is shown */
  inRecovery(): boolean;
  isLocked(): boolean;
  setLocked(locked: boolean): void;
  /**
   * Verifies every journal chain in the background (a worker thread) and records the result
   * in `health`. Once started, it runs again after every restore.
   */
  checkJournal(): Promise<void>;
  /**
   * Closes the open database, runs `install` (which must leave a complete file at
   * databasePath, or throw having changed nothing), reopens it, checks it (quick_check, our
   * schema) and rebuilds the services. If the new file fails to open or check, `steps.undo`
   * puts the previous file back and it is reopened; `steps.finish` runs once it passed.
   */
  swapDatabase(install: () => Promise<void> | void, steps?: SwapSteps): Promise<void>;
  /**
   * Closes the open database and opens another file in its place (joining, leaving or re-opening
   * a team file), checked as a restore's is; when it fails to open, the previous file returns.
   * `sync`: a first team sync is started on the new file.
   */
  switchFile(target: { databasePath: string; dataDir: string }, opts?: { sync?: boolean }): Promise<void>;
}

export interface SwapSteps {
  undo(): void;
  finish(): void;
}
