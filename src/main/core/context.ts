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
  const ownWrites = sqlite.prepare<[], number>('SELECT total_changes()').pluck();
  return () => {
    // during one read-only API call (duringOneRead): this connection's writes are still read each
    // time (a tenth of the cost), other connections' commits once per call (see duringOneRead)
    const seen = readCall?.get(sqlite);
    if (seen !== undefined) return `${ownWrites.get()!}.${seen}`;
    const { t, d } = st.get()!;
    readCall?.set(sqlite, d);
    return `${t}.${d}`;
  };
}

let readCall: Map<Sqlite, number> | null = null;

/**
 * Runs the synchronous part of one read-only API call with other connections' commits read once
 * for it (PRAGMA data_version; a client's page read it ~27 times per visit, once per cache): a
 * commit by another process while the call runs is seen by the next call, as one that lands just
 * after the call would be. Writes on this connection move the mark as before (total_changes()).
 * The part after an `await` is outside (a later turn reads the mark afresh).
 */
export function duringOneRead<T>(fn: () => T): T {
  if (readCall) return fn();
  readCall = new Map();
  try {
    return fn();
  } finally {
    readCall = null;
  }
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
