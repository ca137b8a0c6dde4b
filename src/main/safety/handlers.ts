import type { ApiImpl } from '../../shared/contract';
import type { LockState } from '../../shared/contract/safety';
import type { safetyContract } from '../../shared/contract/safety';
import { AppError } from '../../shared/errors';
import type { Services } from '../core/services';
import { dialogText, ownerLanguage } from '../dialog-text';
import { dirname } from 'node:path';
import { syncFolderOf } from '../health/sync-folder';
import { moveDataFolder } from './relocate';

function runtimeOf(s: Services) {
  const rt = s.deps.runtime;
  if (!rt) throw new AppError('INVALID_STATE', 'This needs the running app.');
  return rt;
}

export function healthView(s: Services) {
  const rt = runtimeOf(s);
  const view = rt.health.view(s.backup.newestVerified());
  const provider = rt.inRecovery() ? null : syncFolderOf(rt.databasePath);
  return provider ? { ...view, syncFolder: { provider, path: dirname(rt.databasePath) } } : view;
}

function lockState(s: Services): LockState {
  const rt = s.deps.runtime;
  const enabled = !rt?.inRecovery() && s.lock.enabled();
  return { enabled, locked: rt?.isLocked() ?? false, idleMinutes: enabled ? s.lock.idleMinutes() : 0 };
}

export function safetyHandlers(s: Services) {
  return {
    listBackups: () => s.backup.list(),
    backupNow: async ({ destination }) => {
      if (destination === 'app') return s.backup.create('manual');
      const folder = await s.dialogs.chooseFolder(dialogText(ownerLanguage(s.settings), 'backupFolder'));
      return folder ? s.backup.create('manual', folder) : null;
    },
    previewRestore: (source) => s.restore.preview(source),
    restoreBackup: ({ token }) => s.restore.restore(token),
    getHealth: () => healthView(s),
    moveDataFolder: () => moveDataFolder(s),
    startFresh: async () => {
      const rt = runtimeOf(s);
      if (!rt.inRecovery()) throw new AppError('INVALID_STATE', 'A database is already open.');
      await rt.swapDatabase(async () => {});
      return rt.health.view(null);
    },
    getLockState: () => lockState(s),
    setLockPassphrase: async ({ passphrase, current }) => {
      await s.lock.setPassphrase(passphrase, current);
      return lockState(s);
    },
    removeLock: async ({ current }) => {
      await s.lock.remove(current);
      runtimeOf(s).setLocked(false);
      return lockState(s);
    },
    lockNow: () => {
      if (!s.lock.enabled()) throw new AppError('INVALID_STATE', 'Set a passphrase first.');
      runtimeOf(s).setLocked(true);
      return lockState(s);
    },
    setLockIdle: ({ minutes }) => {
      if (!s.lock.enabled()) throw new AppError('INVALID_STATE', 'Set a passphrase first.');
      s.lock.setIdleMinutes(minutes);
      return lockState(s);
    },
    unlock: async ({ passphrase }) => {
      await s.lock.unlock(passphrase);
      runtimeOf(s).setLocked(false);
      return lockState(s);
    },
  } satisfies Pick<ApiImpl, keyof typeof safetyContract>;
}
