// Runs in a worker thread: verifies every journal chain on a read-only connection of its own
// and reports progress to the main thread. Never writes.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { verifyChainsOf } from './chain';
import type { WorkerMessage } from './journal-check';

const post = (m: WorkerMessage) => parentPort?.postMessage(m);
const { databasePath, dataDir } = workerData as { databasePath: string; dataDir: string };

async function run(): Promise<void> {
  const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    let lastPost = 0;
    const result = await verifyChainsOf(sqlite, dataDir, (checked, total) => {
      if (checked === 0) post({ type: 'start', total });
      const now = Date.now();
      if (now - lastPost > 200 || checked === total) {
        lastPost = now;
        post({ type: 'progress', checked, total });
      }
    });
    post({ type: 'done', result });
  } finally {
    sqlite.close();
  }
}

run().catch((e: unknown) => post({ type: 'error', message: (e as Error).message }));
