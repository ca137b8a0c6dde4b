// Runs renderReport in a worker thread: one thread per document, ended when it is done.
// The app passes its bundled worker (workers/locate.ts); tests may pass the .ts source.
import { runWorker, type Reply } from '../workers/run';
import type { RenderedReport, ReportJob, ReportProgress } from './render';
import type { PdfMessage } from './pdf.worker';

/**
 * Renders in a worker; if the worker cannot run at all (a broken install, a missing bundle),
 * `fallback` renders in-process instead — the same bytes, only without the free UI thread.
 * A document the worker started and could not finish fails as it is: rendering it again here
 * would fail the same way.
 */
export function createWorkerRenderer(
  script: string,
  fallback?: (job: ReportJob, onProgress?: ReportProgress) => Promise<RenderedReport>,
) {
  return (job: ReportJob, onProgress?: ReportProgress): Promise<RenderedReport> =>
    runWorker(
      { script, workerData: job, label: 'reports' },
      (m: Reply<PdfMessage>) => {
        if (m.type === 'progress') return void onProgress?.(m.done, m.total);
        return {
          bytes: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength),
          pages: m.pages,
          documentId: m.documentId,
        };
      },
      () => (fallback ? fallback(job, onProgress) : Promise.reject(new Error('The PDF worker could not start.'))),
    );
}
