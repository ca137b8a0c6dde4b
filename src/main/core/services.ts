import type { OpenedDatabase } from '../db/open';
import type { RuntimeControl } from './runtime-control';
import { contextOf } from './context';
import { systemTimeZone } from '../../shared/domain/local-time';
import { createBackupService } from '../safety/backup';
import { createClientsService } from '../clients/service';
import { noDialogs, type Dialogs } from './dialogs';
import { createImportService } from '../transfer/import';
import { createLockService } from '../safety/lock';
import { createRestoreService } from '../safety/restore';
import { createSettingsService } from '../settings/service';
import { createReportsService } from '../reports/service';
import { createReceiptsService } from '../reports/receipts';
import { sourceFontsDir } from '../pdf/fonts';
import { renderReport } from '../pdf/render';
import { createWorkerRenderer } from '../pdf/worker-host';
import { createMoneyService } from '../money/service';
import { createValuationService } from '../valuation/service';
import { createScreeningService } from '../valuation/screening';
import { createSampleDataService } from '../sample/service';
import { createJournalService } from '../journal/service';
import { entryAuthor } from '../journal/author';
import { createComplaintsService } from '../journal/complaints';
import { createComplaintUpdates } from '../journal/complaint-update';
import { workerScript, type WorkerPlace } from '../workers/locate';
import { createOffboardingService } from '../offboarding/service';
import { ownerLanguage } from '../dialog-text';
import { createPeopleCounts } from '../team/people-counts';
import { createTeamService, type TeamServiceOptions } from '../team/service';
import { fileSecrets, type Secrets } from '../team/secrets';
import { dirname, join } from 'node:path';

export interface AppDeps {
  database: OpenedDatabase;
  /** folder for attachments, backups and exports; beside the database */
  dataDir: string;
  now?: () => Date;
  version?: string;
  /** OS dialogs (Electron's in the app; a stand-in in tests; none in the CLI) */
  dialogs?: Dialogs;
  /** folder with the PDF fonts; default: resources/fonts of the source tree */
  fontsDir?: string;
  /**
   * where the worker threads are (the app: its own bundle, workers/locate.ts); without it the
   * Verify button and PDFs run in-process (CLI, tests). The start-up check and backups of large
   * journals always use a worker.
   */
  workers?: WorkerPlace;
  /** IANA time zone in which PDFs print times; default: this machine's */
  timeZone?: string;
  /** largest attachment accepted, in bytes (default 100 MB) */
  attachmentMaxBytes?: number;
  /** set by createRuntime: restore, health and lock state that outlive one database */
  runtime?: RuntimeControl;
  /** the pointer file that says where the data was moved (paths.ts); the app sets it */
  locationFile?: string;
  /** where team passwords are kept (the shell: safeStorage); default a 0600 file beside the data */
  secrets?: Secrets;
  /** the file that remembers the owner's own file and the team file (Settings → Team) */
  teamPointerFile?: string;
  /** run the team sync loop on a replica (the app); off in the CLI and tests unless asked */
  teamLoop?: boolean;
  /** the loop's timings and the connect timeout (tests shorten them) */
  teamTiming?: TeamServiceOptions['timing'] & { connectTimeoutMs?: number };
  /** tests only: faults injected at points that cannot be reached otherwise */
  testHooks?: {
    /** after a restore's new file was swapped in and opened (throw to simulate a failure there) */
    afterSwap?: (database: OpenedDatabase) => void;
  };
}

/** Builds every service on one database. The app, the CLI and the tests all start here. */
export function createServices(deps: AppDeps) {
  const ctx = contextOf(deps.database, deps.dataDir, deps.now);
  const settings = createSettingsService(ctx);
  // The owner's clock: the profile's zone, else the computer's (issue 14 defect 3).
  const machineZone = deps.timeZone ?? systemTimeZone();
  ctx.timeZone = () => settings.profile()?.timeZone ?? machineZone;
  const clients = createClientsService(ctx);
  const backup = createBackupService(ctx);
  const language = () => ownerLanguage(settings);
  const restore = createRestoreService(
    ctx,
    backup,
    deps.runtime,
    () => deps.runtime?.health.quarantined() ?? null,
    language,
  );
  const lock = createLockService(ctx);
  const dialogs = deps.dialogs ?? noDialogs;
  const version = deps.version ?? '0.0.0';
  const money = createMoneyService(ctx, { clients, settings });
  const valuation = createValuationService(ctx, { clients, settings, money }, deps.workers ? { workers: deps.workers } : {});
  const screening = createScreeningService(ctx, { clients });
  const sampleData = createSampleDataService(ctx, { settings });
  const journal = createJournalService(ctx, {
    dialogs,
    language,
    author: () => entryAuthor(settings.profile()),
    ...(deps.attachmentMaxBytes ? { attachmentMaxBytes: deps.attachmentMaxBytes } : {}),
    ...(deps.workers ? { workers: deps.workers } : {}),
  });
  const complaints = createComplaintsService(ctx, journal.reader);
  const complaintUpdates = createComplaintUpdates({ journal, complaints, language });
  const offboarding = createOffboardingService(ctx, {
    clients,
    settings,
    money,
    valuation,
    journal,
    dialogs,
    fontsDir: deps.fontsDir ?? sourceFontsDir(),
    timeZone: deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const importer = createImportService(ctx, {
    dialogs,
    backup,
    settings,
    money,
    ...(deps.workers ? { workers: deps.workers } : {}),
  });
  const receipts = createReceiptsService(ctx, { settings, dialogs, fontsDir: deps.fontsDir ?? sourceFontsDir() });
  const reports = createReportsService(ctx, {
    receipts,
    settings,
    clients,
    valuation,
    version,
    fontsDir: deps.fontsDir ?? sourceFontsDir(),
    timeZone: deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    dialogs,
    render: deps.workers ? createWorkerRenderer(workerScript('pdf-worker', deps.workers), renderReport) : renderReport,
  });
  const peopleCounts = createPeopleCounts(ctx, { valuation });
  const team = createTeamService(ctx, {
    secrets: deps.secrets ?? fileSecrets(join(dirname(deps.dataDir), 'team-secrets.json')),
    runtime: deps.runtime,
    pointerFile: deps.teamPointerFile ?? join(dirname(deps.dataDir), 'team-file.json'),
    loop: deps.teamLoop ?? false,
    ...(deps.teamTiming ? { timing: deps.teamTiming } : {}),
    ...(deps.teamTiming?.connectTimeoutMs ? { connectTimeoutMs: deps.teamTiming.connectTimeoutMs } : {}),
  });
  return {
    ctx,
    deps,
    team,
    dialogs,
    version,
    settings,
    clients,
    money,
    valuation,
    screening,
    sampleData,
    journal,
    complaints,
    complaintUpdates,
    backup,
    restore,
    lock,
    importer,
    reports,
    receipts,
    offboarding,
    peopleCounts,
  };
}
export type Services = ReturnType<typeof createServices>;
