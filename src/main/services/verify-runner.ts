// Where a verification runs: on a worker thread in the app (its own read-only connection), or
// in-process in steps (setImmediate between chunks) for the CLI and tests.
import { Worker } from 'node:worker_threads';
import type { JournalVerification } from '../../shared/domain/journal-chain';
import type { VerifyWorkerData, VerifyWorkerMessage } from '../verify-worker';
import { nowIso, type ServiceContext } from './context';
import { verifyJournal } from './journal-chain';

export type VerifyRunner = (
  clientId: number | null,
  onProgress: (p: { entriesChecked: number; entriesTotal: number }) => void,
) => Promise<JournalVerification>;

export interface VerifyWorkerOptions {
  /** the built worker file (out/main/verify-worker.js) */
  path: string;
  execArgv?: string[];
}

export function inProcessRunner(ctx: ServiceContext): VerifyRunner {
  return (clientId, onProgress) =>
    verifyJournal(ctx, { ...(clientId === null ? {} : { clientId }), progressEvery: 2_000, onProgress });
}

export function workerRunner(ctx: ServiceContext, opts: VerifyWorkerOptions): VerifyRunner {
  return (clientId, onProgress) =>
    new Promise((resolve, reject) => {
      const data: VerifyWorkerData = { databasePath: ctx.databasePath, dataDir: ctx.dataDir, clientId };
      const worker = new Worker(opts.path, { workerData: data, ...(opts.execArgv ? { execArgv: opts.execArgv } : {}) });
      let settled = false;
      let heard = false;
      worker.on('message', (m: VerifyWorkerMessage) => {
        heard = true;
        if (m.type === 'progress') onProgress(m);
        else if (m.type === 'done') {
          settled = true;
          // the app's clock stamps the check, as for every other record
          resolve({ ...m.result, checkedAt: nowIso(ctx) });
        } else {
          settled = true;
          reject(new Error(m.message));
        }
      });
      worker.on('error', (e) => {
        if (settled) return;
        settled = true;
        // A worker that cannot start (e.g. a packaging problem) must not cost the owner the
        // check: run it here instead, in steps.
        if (!heard) inProcessRunner(ctx)(clientId, onProgress).then(resolve, reject);
        else reject(e);
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`verification stopped (exit code ${code})`));
      });
    });
}
