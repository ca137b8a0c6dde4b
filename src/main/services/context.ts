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

export function todayIso(ctx: Pick<ServiceContext, 'now'>): string {
  return ctx.now().toISOString().slice(0, 10);
}
