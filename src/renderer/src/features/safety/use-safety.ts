import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call, refreshAfter, useApiMutation, useApiQuery } from '../../lib/api';

/** Health, polled every second while the background journal check runs. */
export function useHealth() {
  return useApiQuery('getHealth', undefined, {
    refetchInterval: (q) => (q.state.data?.status === 'checking' ? 1_000 : false),
  });
}

export function useBackups() {
  return useApiQuery('listBackups');
}

export function useBackupNow() {
  return useApiMutation('backupNow');
}

export function usePreviewRestore() {
  return useApiMutation('previewRestore');
}

/** After a restore every screen shows another database: the contract says it writes everything. */
export function useRestore() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => call('restoreBackup', { token, confirm: true }),
    onSuccess: () => refreshAfter(qc, 'restoreBackup'),
  });
}

export function useStartFresh() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => call('startFresh', { confirm: true }), onSuccess: () => refreshAfter(qc, 'startFresh') });
}

export function useLockState() {
  return useApiQuery('getLockState');
}

export const useSetPassphrase = () => useApiMutation('setLockPassphrase');
export const useRemoveLock = () => useApiMutation('removeLock');
export const useLockNow = () => useApiMutation('lockNow');
export const useUnlock = () => useApiMutation('unlock');
export const useSetLockIdle = () => useApiMutation('setLockIdle');

/** Every journal receipt made, each checked against today's journal, and the reminder. */
export const useReceipts = () => useApiQuery('listReceipts');
export const useReceiptReminder = () => useApiQuery('getReceiptReminder');
export const useMakeReceipt = () => useApiMutation('makeReceipt');
/** A receipt (PDF or JSON) or a dossier the owner picks, checked per client. */
export const useCheckAgainstReceipt = () => useApiMutation('verifyAgainstDossier');
/** The RFC 3161 timestamp authority receipts are stamped by (none by default), and the queue. */
export const useTimestampSettings = () => useApiQuery('getTimestampSettings');
export const useSetTimestampAuthority = () => useApiMutation('setTimestampAuthority');
export const useRetryTimestamps = () => useApiMutation('retryTimestamps');
