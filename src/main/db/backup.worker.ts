// The backup worker: copies a large database with VACUUM INTO on a read-only connection of its
// own (one read transaction: a consistent snapshot, whatever the app writes meanwhile) and
// flushes the copy to disk. At 1,000,000 journal entries SQLite's write and sync of the copy
// take seconds, which would otherwise block the main process. Bundled as
// out/main/backup-worker.js (workers/entries.ts); started by backup-file.ts.
import Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerMessage } from '../workers/run';

export interface BackupWorkerData {
  source: string;
  /** a new file (VACUUM INTO refuses to overwrite one) */
  dest: string;
}
export type BackupMessage = WorkerMessage;

const { source, dest } = workerData as BackupWorkerData;
// A failure is thrown: the caller sees the worker fail and copies in its own thread.
const sqlite = new Database(source, { readonly: true, fileMustExist: true });
try {
  sqlite.prepare('VACUUM INTO ?').run(dest);
} finally {
  sqlite.close();
}
const fd = openSync(dest, 'r+');
try {
  fsyncSync(fd);
} finally {
  closeSync(fd);
}
parentPort?.postMessage({ type: 'done' } satisfies BackupMessage);
