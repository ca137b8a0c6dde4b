import type { OpenedDatabase } from '../db/open';
import type { ServiceContext } from './context';
import { noDialogs, type Dialogs } from './dialogs';
import { createClientsService } from './clients';
import { createSettingsService } from './settings';
import { createMoneyService } from './money';
import { createValuationService } from './valuation';
import { createScreeningService } from './screening';
import { createSampleDataService } from './sample-data';
import { createOffboardingService } from './offboarding';

export interface AppDeps {
  database: OpenedDatabase;
  /** folder for attachments, backups and exports; beside the database */
  dataDir: string;
  now?: () => Date;
  version?: string;
  /** OS dialogs (Electron's in the app; a stand-in in tests; none in the CLI) */
  dialogs?: Dialogs;
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
  const dialogs = deps.dialogs ?? noDialogs;
  const money = createMoneyService(ctx, { clients, settings });
  const valuation = createValuationService(ctx, { clients, settings });
  const screening = createScreeningService(ctx, { clients });
  const sampleData = createSampleDataService(ctx, { settings });
  const offboarding = createOffboardingService(ctx, { clients, settings, money, valuation });
  return { ctx, deps, dialogs, version: deps.version ?? '0.0.0', settings, clients, money, valuation, screening, sampleData, offboarding };
}
export type Services = ReturnType<typeof createServices>;
