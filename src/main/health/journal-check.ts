// Start-up journal verification in the background. A large journal takes seconds to re-hash
// (≈10 s per million entries), so it runs in a worker thread on its own read-only
// connection; the window opens and works meanwhile, and the health view shows progress.
import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { verifyChainsOf, type ChainCheck } from './chain';
import type { HealthTracker } from './tracker';

export type WorkerMessage =
  | { type: 'start'; total: number }
  | { type: 'progress'; checked: number; total: number }
  | { type: 'done'; result: ChainCheck | null }
  | { type: 'error'; message: string };

/** The worker file: bundled next to index.js in the app, the TypeScript source under tsx/vitest. */
function workerFile(): { file: string; execArgv: string[] } {
  const built = join(import.meta.dirname, 'journal-worker.js');
  if (existsSync(built)) return { file: built, execArgv: [] };
  return { file: join(import.meta.dirname, 'journal-worker.ts'), execArgv: ['--import', 'tsx'] };
}

export function startJournalCheck(databasePath: string, dataDir: string, health: HealthTracker): Promise<void> {
  health.journalStarted(0);
  return new Promise((resolve) => {
    const { file, execArgv } = workerFile();
    let settled = false;
    const finish = () => {
      settled = true;
      resolve();
    };
    const worker = new Worker(file, { workerData: { databasePath, dataDir }, execArgv });
    worker.unref();
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'start') health.journalStarted(m.total);
      else if (m.type === 'progress') health.journalProgress(m.checked, m.total);
      else if (m.type === 'done') {
        health.journalDone(m.result);
        finish();
      } else {
        health.journalFailed(m.message);
        finish();
      }
    });
    worker.on('error', (e) => {
      if (settled) return;
      // The worker could not start (e.g. a packaging problem): verify here instead, later,
      // so the window still opens first.
      // verifyJournal yields every few thousand entries, so the app stays responsive.
      setTimeout(() => {
        void (async () => {
          try {
            const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
            try {
              health.journalDone(await verifyChainsOf(sqlite, dataDir, (c, t) => health.journalProgress(c, t)));
            } finally {
              sqlite.close();
            }
          } catch (e2) {
            health.journalFailed(`${e.message}; ${(e2 as Error).message}`);
          }
          finish();
        })();
      }, 2_000).unref();
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) {
        health.journalFailed(`verification stopped (exit ${code})`);
        finish();
      }
    });
  });
}
