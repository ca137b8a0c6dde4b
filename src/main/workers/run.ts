// One way to run a job on a worker thread with a fallback: if the worker cannot run at all (it
// does not start, or fails before it has said anything: a broken install, a missing bundle),
// the same work is done in this thread instead — slower for the window, never lost.
import type { Worker } from 'node:worker_threads';
import { startWorker } from './locate';
import { AppError, type ApiErrorShape } from '../../shared/errors';

/**
 * What every worker posts to the thread that started it: progress reports while it works,
 * then one `done` with its result, or one `failed` (a worker may also just throw: the host sees
 * it fail). Each worker names its own result and progress fields.
 */
export type WorkerMessage<Done extends object = object, Progress extends object | null = null> =
  | ({ type: 'done' } & Done)
  | (Progress extends object ? { type: 'progress' } & Progress : never)
  | { type: 'failed'; message: string; code?: ApiErrorShape['code']; details?: ApiErrorShape['details'] };

export interface WorkerJob {
  /** the worker file (workers/locate.ts: workerScript) */
  script: string;
  workerData: unknown;
  /** names the job in the log line when it falls back to this thread */
  label: string;
  /** let the process exit while it runs (a background check) */
  background?: boolean;
}

type Failed = Extract<WorkerMessage, { type: 'failed' }>;
/** The messages `take` sees: all but `failed`, which runWorker turns into a rejection. */
export type Reply<M> = Exclude<M, Failed>;

/**
 * Resolves with the first result `take` finds in the worker's messages (`undefined`: not yet,
 * e.g. a progress report; a throw: the job failed); the worker is ended then. A `failed`
 * message rejects with its code and details (an AppError), without reaching `take`.
 */
export function runWorker<T, M extends { type: string }>(
  job: WorkerJob,
  take: (message: Reply<M>) => T | undefined,
  here: () => Promise<T>,
): Promise<T> {
  const inThisThread = (why: unknown) => {
    console.error(`[${job.label}] no worker thread (${(why as Error).message}); working in this thread instead`);
    return here();
  };
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker(job.script, { workerData: job.workerData });
    } catch (e) {
      inThisThread(e).then(resolve, reject);
      return;
    }
    if (job.background) worker.unref();
    let settled = false;
    let heard = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
      void worker.terminate();
    };
    worker.on('message', (m: M) => {
      heard = true;
      try {
        if (m.type === 'failed') {
          const f = m as unknown as Failed;
          throw new AppError(f.code ?? 'INTERNAL', f.message, f.details ? { details: f.details } : {});
        }
        const result = take(m as Reply<M>);
        if (result !== undefined) settle(() => resolve(result));
      } catch (e) {
        settle(() => reject(e as Error));
      }
    });
    worker.on('error', (e) => settle(() => (heard ? reject(e) : void inThisThread(e).then(resolve, reject))));
    worker.on('exit', (code) => settle(() => reject(new Error(`${job.label} worker stopped (exit code ${code})`))));
  });
}
