import type { OpenedDatabase } from '../db/open';
import type { ServiceContext } from './context';
import { createClientsService } from './clients';
import { createSettingsService } from './settings';

export interface AppDeps {
  database: OpenedDatabase;
  /** folder for attachments, backups and exports; beside the database */
  dataDir: string;
  now?: () => Date;
  version?: string;
}

/** Builds every service on one database. The app, the CLI and the tests all start here. */
export function createServices(deps: AppDeps) {
  const ctx: ServiceContext = {
    db: deps.database.db,
    sqlite: deps.database.sqlite,
    dataDir: deps.dataDir,
    databasePath: deps.database.path,
    now: deps.now ?? (() => new Date()),
  };
  const settings = createSettingsService(ctx);
  const clients = createClientsService(ctx);
  return { ctx, deps, version: deps.version ?? '0.0.0', settings, clients };
}
export type Services = ReturnType<typeof createServices>;
