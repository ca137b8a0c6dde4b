// The PDF worker thread: renders one job off the main thread so a 1,000-entry dossier never
// freezes the window. The app bundles it as out/main/pdf-worker.js (workers/entries.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { renderReport, type ReportJob } from './render';

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: Uint8Array; pages: number; documentId: string }
  | { type: 'error'; message: string };

// The job comes as workerData, so a worker that cannot start is known before any work is lost.
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
renderReport(workerData as ReportJob, (done, total) => post({ type: 'progress', done, total })).then(
  (r) => post({ type: 'done', bytes: new Uint8Array(r.bytes), pages: r.pages, documentId: r.documentId }),
  (e: unknown) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
);
