// The import worker: writes a large CSV import's checked rows, all or none, on a connection of
// its own, so the main process keeps answering while SQLite holds the write (~0.5 s for 10,000
// invoices at 10,000 clients). The rows were checked by the import service; the money service
// applies its rules again as it writes. Bundled as out/main/import-worker.js
// (workers/entries.ts); started by import.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportKind } from '../../shared/domain/csv-import';
import { AppError } from '../../shared/errors';
import { openDatabase } from '../db/open';
import type { WorkerMessage } from '../workers/run';
import { contextOf } from '../core/context';
import { createClientsService } from '../clients/service';
import { createMoneyService } from '../money/service';
import { createSettingsService } from '../settings/service';
import { writeImportRows } from './import-rows';

export interface ImportWorkerData {
  databasePath: string;
  dataDir: string;
  kind: ImportKind;
  rows: Record<string, unknown>[];
  /** the import's time, from the app's clock */
  at: string;
}
export type ImportMessage = WorkerMessage;

const { databasePath, dataDir, kind, rows, at } = workerData as ImportWorkerData;
// Opening is not caught: a worker that cannot open the file fails unheard, and the import writes in its own thread.
const database = openDatabase(databasePath);
try {
  // only what the rows are written through: the money service and what it reads
  const ctx = contextOf(database, dataDir);
  const money = createMoneyService(ctx, { clients: createClientsService(ctx), settings: createSettingsService(ctx) });
  writeImportRows(ctx, money, kind, rows, at);
  parentPort?.postMessage({ type: 'done' } satisfies ImportMessage);
} catch (e) {
  const failed: ImportMessage =
    e instanceof AppError
      ? { type: 'failed', code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) }
      : { type: 'failed', code: 'IO', message: (e as Error).message };
  parentPort?.postMessage(failed);
} finally {
  database.close();
}
