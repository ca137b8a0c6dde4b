// Runs renderReport in a worker thread: one thread per document, ended when it is done.
// The app passes its bundled worker (workers/locate.ts); tests may pass the .ts source.
import { startWorker } from '../workers/locate';
import type { RenderedReport, ReportJob, ReportProgress } from './render';
import type { WorkerMessage } from './worker';

/**
 * Renders in a worker; if the worker cannot run at all (a broken install, a missing bundle),
 * `fallback` renders in-process instead — the same bytes, only without the free UI thread.
 */
export function createWorkerRenderer(
  script: string,
  fallback?: (job: ReportJob, onProgress?: ReportProgress) => Promise<RenderedReport>,
) {
  const inWorker = (job: ReportJob, onProgress?: ReportProgress): Promise<RenderedReport> =>
    new Promise((ok, fail) => {
      const worker = startWorker(script);
      let settled = false;
      const finish = (f: () => void) => {
        if (settled) return;
        settled = true;
        f();
        void worker.terminate();
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') onProgress?.(m.done, m.total);
        else if (m.type === 'done')
          finish(() =>
            ok({
              bytes: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength),
              pages: m.pages,
              documentId: m.documentId,
            }),
          );
        else finish(() => fail(new Error(`PDF worker: ${m.message}`)));
      });
      worker.on('error', (e) => finish(() => fail(e)));
      worker.on('exit', (code) => finish(() => fail(new Error(`PDF worker stopped (exit ${code}) before finishing`))));
      worker.postMessage(job);
    });
  return async (job: ReportJob, onProgress?: ReportProgress): Promise<RenderedReport> => {
    try {
      return await inWorker(job, onProgress);
    } catch (e) {
      if (!fallback) throw e;
      console.error(`[reports] ${(e as Error).message}; rendering in-process instead`);
      return fallback(job, onProgress);
    }
  };
}
