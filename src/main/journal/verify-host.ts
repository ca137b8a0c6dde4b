// Journal verification off the main thread. A large journal takes seconds to re-hash (about 10 s
// per million entries), so the Verify button, the start-up check and backups all verify in a
// worker thread on a read-only connection of its own, while the window keeps working. If no
// worker can start (a broken install, a missing bundle), the same check runs in this thread
// instead, in steps: slower for the UI, never a lost check.
import { workerScript } from '../workers/locate';
import { runWorker, type Reply } from '../workers/run';
import {
  checkDatabaseFile,
  verifyJournalFile,
  type FileCheck,
  type JournalCheck,
  type VerifyProgress,
  type VerifyRequest,
} from './verify';
import type { VerifyJob, VerifyMessage } from './verify.worker';

export interface VerifyRun {
  onProgress?: VerifyProgress;
  /** the worker file; default: the app's own (workers/locate.ts) */
  script?: string;
  /** let the process exit while it runs (the background start-up check) */
  background?: boolean;
}

/** Every journal chain of a database file, re-hashed on the worker thread. */
export function verifyInWorker(request: VerifyRequest, run: VerifyRun = {}): Promise<JournalCheck> {
  return inWorker(request, () => verifyJournalFile(request, run.onProgress), run);
}

/** A whole database file (header, quick_check, counts, then the journal) checked on the worker thread. */
export function checkFileInWorker(request: VerifyRequest, run: VerifyRun = {}): Promise<FileCheck> {
  return inWorker({ ...request, whole: true }, () => checkDatabaseFile(request, run.onProgress), run);
}

function inWorker<T extends JournalCheck | FileCheck>(job: VerifyJob, here: () => Promise<T>, run: VerifyRun): Promise<T> {
  return runWorker(
    {
      script: run.script ?? workerScript('verify-worker'),
      workerData: job,
      label: 'verify',
      ...(run.background ? { background: true } : {}),
    },
    (m: Reply<VerifyMessage>) => {
      if (m.type === 'progress') return void run.onProgress?.(m);
      return m.check as T;
    },
    here,
  );
}
