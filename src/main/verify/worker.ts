// The journal verification worker: re-hashes a database file's chains on a read-only connection
// of its own, off the main thread, and reports progress. Never writes. Bundled as
// out/main/verify-worker.js (workers/entries.ts); started by verify/host.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { verifyJournalFile, type JournalCheck, type VerifyRequest } from './chains';

export type VerifyMessage =
  { type: 'progress'; entriesChecked: number; entriesTotal: number } | { type: 'done'; check: JournalCheck };

const post = (m: VerifyMessage) => parentPort?.postMessage(m);

// A failure to open the file is thrown: the host sees the worker fail and verifies in its own thread.
void verifyJournalFile(workerData as VerifyRequest, (p) => post({ type: 'progress', ...p })).then((check) =>
  post({ type: 'done', check }),
);
