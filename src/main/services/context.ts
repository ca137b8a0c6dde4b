import type { Db, Sqlite } from '../db/open';

/** What every service is built from. `now` is injectable so tests freeze the clock. */
export interface ServiceContext {
  db: Db;
  sqlite: Sqlite;
  /** folder beside the database: attachments, backups, exports */
  dataDir: string;
  databasePath: string;
  now: () => Date;
}

export function nowIso(ctx: Pick<ServiceContext, 'now'>): string {
  return ctx.now().toISOString();
}

/**
 * A count that moves whenever anything is written on this connection (SQLite's
 * total_changes()): reads that are cached until the next write compare it.
 */
export function writesCounter(sqlite: Sqlite): () => number {
  const st = sqlite.prepare<[], number>('SELECT total_changes()').pluck();
  return () => st.get()!;
}

export function todayIso(ctx: Pick<ServiceContext, 'now'>): string {
  return ctx.now().toISOString().slice(0, 10);
}
