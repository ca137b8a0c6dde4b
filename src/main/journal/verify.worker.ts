// The verification worker: re-hashes a database file's chains (or, for a backup or a file offered
// for restore, first inspects the whole file: header, quick_check, counts) on a read-only
// connection of its own, off the main thread, and reports progress. Never writes. Bundled as
// out/main/verify-worker.js (workers/entries.ts); started by journal/verify-host.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerMessage } from '../workers/run';
import { checkDatabaseFile, verifyJournalFile, type FileCheck, type JournalCheck, type VerifyRequest } from './verify';

/** What the worker is asked: a journal, or (`whole`) the whole file. */
export type VerifyJob = VerifyRequest & { whole?: boolean };

export type VerifyMessage = WorkerMessage<{ check: JournalCheck | FileCheck }, { entriesChecked: number; entriesTotal: number }>;

const post = (m: VerifyMessage) => parentPort?.postMessage(m);
const job = workerData as VerifyJob;
const onProgress = (p: { entriesChecked: number; entriesTotal: number }) => post({ type: 'progress', ...p });

// A failure to open the file is thrown: the host sees the worker fail and checks in its own thread.
void (job.whole ? checkDatabaseFile(job, onProgress) : verifyJournalFile(job, onProgress)).then((check) =>
  post({ type: 'done', check }),
);
