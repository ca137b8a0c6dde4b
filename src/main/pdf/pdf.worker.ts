// The PDF worker thread: renders one job off the main thread so a 1,000-entry dossier never
// freezes the window. The app bundles it as out/main/pdf-worker.js (workers/entries.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { renderReport, type ReportJob } from './render';
import type { WorkerMessage } from '../workers/run';
import { loadIntlPolyfills } from '../../shared/intl-polyfill';

export type PdfMessage = WorkerMessage<{ bytes: Uint8Array; pages: number; documentId: string }, { done: number; total: number }>;

// The job comes as workerData, so a worker that cannot start is known before any work is lost.
const post = (m: PdfMessage) => parentPort?.postMessage(m);
// A worker has its own Intl: the same number and date data as the main thread, first.
loadIntlPolyfills()
  .then(() => renderReport(workerData as ReportJob, (done, total) => post({ type: 'progress', done, total })))
  .then(
    (r) => post({ type: 'done', bytes: new Uint8Array(r.bytes), pages: r.pages, documentId: r.documentId }),
    (e: unknown) => post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
