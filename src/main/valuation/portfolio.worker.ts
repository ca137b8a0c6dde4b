// The portfolio worker: runs the portfolio's aggregate statement and values every client on a
// read-only connection of its own, so at 10,000 clients (~1.5 s) the main process keeps
// answering. Bundled as out/main/portfolio-worker.js (workers/entries.ts); started by the
// valuation service (valuation.ts: ready).
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerMessage } from '../workers/run';
import { computePortfolio, type ComputedPortfolio, type PortfolioJob } from './sql';

export interface PortfolioWorkerData {
  databasePath: string;
  job: PortfolioJob;
}
export type PortfolioMessage = WorkerMessage<{ result: ComputedPortfolio }>;

const { databasePath, job } = workerData as PortfolioWorkerData;
// A failure to open or read the file is thrown: the service sees the worker fail and computes in its own thread.
const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
try {
  parentPort?.postMessage({ type: 'done', result: computePortfolio(sqlite, job) } satisfies PortfolioMessage);
} finally {
  sqlite.close();
}
