import type { OpenedDatabase } from '../db/open';
import type { ServiceContext } from './context';
import { createClientsService } from './clients';
import { createSettingsService } from './settings';
import { createJournalService } from './journal';
import { createComplaintsService } from './complaints';
import { noDialogs, noOpenFile, type Dialogs, type OpenFile } from './os';

export interface AppDeps {
  database: OpenedDatabase;
  /** folder for attachments, backups and exports; beside the database */
  dataDir: string;
  now?: () => Date;
  version?: string;
  /** OS file dialogs (Electron's in the app, stand-ins in tests; none in the CLI) */
  dialogs?: Dialogs;
  /** opens a file the main process resolved, with the OS viewer */
  openFile?: OpenFile;
  attachmentMaxBytes?: number;
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
  const journal = createJournalService(ctx, {
    dialogs: deps.dialogs ?? noDialogs,
    openFile: deps.openFile ?? noOpenFile,
    ...(deps.attachmentMaxBytes ? { attachmentMaxBytes: deps.attachmentMaxBytes } : {}),
  });
  const complaints = createComplaintsService(ctx, journal.reader);
  return { ctx, deps, version: deps.version ?? '0.0.0', settings, clients, journal, complaints };
}
export type Services = ReturnType<typeof createServices>;
