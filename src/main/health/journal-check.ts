// Journal verification off the main thread. A large journal takes seconds to re-hash (≈10 s
// per million entries), so it runs in a worker thread on a read-only connection of its own;
// the window opens and works meanwhile, and the health view shows progress. Backups of a
// large journal are verified the same way.
import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { verifyChainsOf, type ChainCheck, type ChainProgress } from './chain';
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

/** In this thread instead (verifyJournal yields every few thousand entries). */
async function inProcess(databasePath: string, dataDir: string, onProgress?: ChainProgress): Promise<ChainCheck | null> {
  const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return await verifyChainsOf(sqlite, dataDir, onProgress);
  } finally {
    sqlite.close();
  }
}

/** Verifies every chain of the file in a worker thread; falls back to this thread if no worker can start. */
export function checkChainsInWorker(
  databasePath: string,
  dataDir: string,
  onProgress?: ChainProgress,
): Promise<ChainCheck | null> {
  return new Promise((resolve, reject) => {
    const { file, execArgv } = workerFile();
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
    };
    let worker: Worker;
    try {
      worker = new Worker(file, { workerData: { databasePath, dataDir }, execArgv });
    } catch {
      inProcess(databasePath, dataDir, onProgress).then(resolve, reject);
      return;
    }
    worker.unref();
    let started = false;
    worker.on('message', (m: WorkerMessage) => {
      started = true;
      if (m.type === 'start' || m.type === 'progress') onProgress?.(m.type === 'start' ? 0 : m.checked, m.total);
      else if (m.type === 'done') settle(() => resolve(m.result));
      else settle(() => reject(new Error(m.message)));
    });
    worker.on('error', (e) => {
      // The worker could not start (e.g. a packaging problem): verify here instead.
      if (!started) settle(() => void inProcess(databasePath, dataDir, onProgress).then(resolve, reject));
      else settle(() => reject(e));
    });
    worker.on('exit', (code) => settle(() => reject(new Error(`verification stopped (exit ${code})`))));
  });
}

/** The start-up (and after-restore) check, reported into the health tracker. */
export async function startJournalCheck(databasePath: string, dataDir: string, health: HealthTracker): Promise<void> {
  health.journalStarted(0);
  try {
    const result = await checkChainsInWorker(databasePath, dataDir, (checked, total) =>
      checked === 0 ? health.journalStarted(total) : health.journalProgress(checked, total),
    );
    health.journalDone(result);
  } catch (e) {
    health.journalFailed((e as Error).message);
  }
}
