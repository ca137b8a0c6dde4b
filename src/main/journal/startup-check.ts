// The start-up (and after-restore) journal check: verified in a worker thread (journal/verify-host.ts),
// reported into the health tracker, so the window opens and works meanwhile and the health view
// shows progress.
import { chainCheckOf } from './verify';
import { verifyInWorker } from './verify-host';
import type { HealthTracker } from '../health/tracker';

export async function startJournalCheck(databasePath: string, dataDir: string, health: HealthTracker): Promise<void> {
  health.journalStarted(0);
  try {
    const check = await verifyInWorker(
      { databasePath, dataDir, clientId: null },
      { background: true, onProgress: (p) => health.journalProgress(p.entriesChecked, p.entriesTotal) },
    );
    health.journalDone(chainCheckOf(check));
  } catch (e) {
    health.journalFailed((e as Error).message);
  }
}
