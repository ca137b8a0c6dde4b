import type { Db, OpenedDatabase, Sqlite } from '../db/open';
import { localDay } from '../../shared/domain/local-time';

/** What every service is built from. `now` is injectable so tests freeze the clock. */
export interface ServiceContext {
  db: Db;
  sqlite: Sqlite;
  /** folder beside the database: attachments, backups, exports */
  dataDir: string;
  databasePath: string;
  now: () => Date;
  /** the owner's IANA time zone (profile, else the computer's); UTC when absent */
  timeZone?: () => string;
}

/** The context of one opened database: what createServices and every worker build on. */
export function contextOf(database: OpenedDatabase, dataDir: string, now: () => Date = () => new Date()): ServiceContext {
  return { db: database.db, sqlite: database.sqlite, dataDir, databasePath: database.path, now };
}

export function nowIso(ctx: Pick<ServiceContext, 'now'>): string {
  return ctx.now().toISOString();
}

/**
 * A mark that moves whenever the database may have changed: a write on this connection
 * (SQLite's total_changes()) or a commit by any other connection — another process on the same
 * file (PRAGMA data_version). Reads cached until the next change compare it.
 */
export function writesCounter(sqlite: Sqlite): () => string {
  const st = sqlite.prepare<[], { t: number; d: number }>(
    'SELECT total_changes() AS t, (SELECT data_version FROM pragma_data_version()) AS d',
  );
  return () => {
    const { t, d } = st.get()!;
    return `${t}.${d}`;
  };
}

/** The owner's time zone: their profile's, else the computer's (UTC for a bare context). */
export function ownerTimeZone(ctx: Pick<ServiceContext, 'timeZone'>): string {
  return ctx.timeZone?.() ?? 'UTC';
}

/** Today's date on the owner's calendar (issue 14 defect 3: not UTC's). */
export function todayIso(ctx: Pick<ServiceContext, 'now' | 'timeZone'>): string {
  const zone = ownerTimeZone(ctx);
  return zone === 'UTC' ? ctx.now().toISOString().slice(0, 10) : localDay(ctx.now(), zone);
}
