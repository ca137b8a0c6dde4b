// Journal verification on its own thread, with its own read-only connection, so a large
// journal is re-hashed without holding up the main process (which answers the window).
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './db/open';
import { verifyJournal } from './services/journal-chain';

export interface VerifyWorkerData {
  databasePath: string;
  dataDir: string;
  clientId: number | null;
}

export type VerifyWorkerMessage =
  | { type: 'progress'; entriesChecked: number; entriesTotal: number }
  | { type: 'done'; result: Awaited<ReturnType<typeof verifyJournal>> }
  | { type: 'error'; message: string };

async function run(): Promise<void> {
  const { databasePath, dataDir, clientId } = workerData as VerifyWorkerData;
  const post = (m: VerifyWorkerMessage) => parentPort?.postMessage(m);
  const database = openDatabase(databasePath, { readonly: true });
  try {
    const ctx = { db: database.db, sqlite: database.sqlite, dataDir, databasePath, now: () => new Date() };
    const result = await verifyJournal(ctx, {
      ...(clientId === null ? {} : { clientId }),
      progressEvery: 5_000,
      onProgress: (p) => post({ type: 'progress', ...p }),
    });
    post({ type: 'done', result });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  } finally {
    database.close();
  }
}

void run();
