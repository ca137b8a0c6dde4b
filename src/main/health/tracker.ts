// What the app knows about the health of its data: what start-up found, and how far the
// background journal verification has got. Lives as long as the process (across restores).
import type { BackupInfo, ChainCheckView, HealthView, StartupProblem } from '../../shared/contract/safety';

export interface StartupFindings {
  problem: StartupProblem | null;
  detail: string;
  quarantinedTo: string | null;
  quickCheck: string;
  /** a restore the app did not live to finish, found at this start: finished or undone */
  interruptedRestore?: 'finished' | 'undone';
}

export function createHealthTracker(initial: StartupFindings) {
  let startup = initial;
  let recovery = initial.problem !== null;
  // 'skipped' until a check is started (the app starts one at launch and after a restore).
  let journal: HealthView['journal'] = { state: 'skipped', checked: 0, total: 0, result: null, error: null };

  return {
    get inRecovery() {
      return recovery;
    },
    quarantined: () => startup.quarantinedTo,
    /** a usable database is open again (restored or started fresh) */
    recovered(quickCheck = 'ok') {
      recovery = false;
      const { interruptedRestore: _done, ...rest } = startup;
      startup = { ...rest, quickCheck };
      journal = { state: 'skipped', checked: 0, total: 0, result: null, error: null };
    },
    /** no usable database could be reopened (after a failed restore): the recovery screen */
    lost(detail: string) {
      recovery = true;
      startup = { problem: 'damaged', detail, quarantinedTo: null, quickCheck: '' };
    },
    journalStarted(total: number) {
      journal = { state: 'running', checked: 0, total, result: null, error: null };
    },
    journalProgress(checked: number, total: number) {
      journal = { ...journal, state: 'running', checked, total };
    },
    journalDone(result: ChainCheckView | null) {
      journal = result
        ? { state: 'done', checked: result.entriesChecked, total: result.entriesChecked, result, error: null }
        : { state: 'skipped', checked: 0, total: 0, result: null, error: null };
    },
    journalFailed(error: string) {
      journal = { ...journal, state: 'failed', error };
    },
    view(newestVerifiedBackup: BackupInfo | null): HealthView {
      const chainBroken = journal.state === 'done' && journal.result !== null && !journal.result.ok;
      const status = recovery
        ? 'recovery'
        : chainBroken || journal.state === 'failed' || startup.quickCheck !== 'ok'
          ? 'problem'
          : journal.state === 'running' || journal.state === 'pending'
            ? 'checking'
            : 'ok';
      return { status, startup, journal, newestVerifiedBackup };
    },
  };
}
export type HealthTracker = ReturnType<typeof createHealthTracker>;
