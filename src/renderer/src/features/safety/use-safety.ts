import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, useApiMutation, useApiQuery } from '../../lib/api';

export const healthKey = ['health'] as const;
export const backupsKey = ['backups'] as const;
export const lockKey = ['lock'] as const;

/** Health, polled every second while the background journal check runs. */
export function useHealth() {
  return useQuery({
    queryKey: healthKey,
    queryFn: () => call('getHealth'),
    refetchInterval: (q) => (q.state.data?.status === 'checking' ? 1_000 : false),
  });
}

export function useBackups() {
  return useApiQuery(backupsKey, 'listBackups');
}

export function useBackupNow() {
  return useApiMutation('backupNow', [backupsKey, healthKey]);
}

export function usePreviewRestore() {
  return useMutation({ mutationFn: (input: Parameters<typeof call<'previewRestore'>>[1]) => call('previewRestore', input) });
}

/** After a restore every screen shows another database: forget every cached answer. */
export function useRestore() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => call('restoreBackup', { token, confirm: true }),
    onSuccess: () => qc.invalidateQueries(),
  });
}

export function useStartFresh() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => call('startFresh', { confirm: true }), onSuccess: () => qc.invalidateQueries() });
}

export function useLockState() {
  return useApiQuery(lockKey, 'getLockState');
}

function useLockMutation<K extends 'setLockPassphrase' | 'removeLock' | 'lockNow' | 'unlock' | 'setLockIdle'>(name: K) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Parameters<typeof call<K>>[1]) => call(name, input),
    onSuccess: () => qc.invalidateQueries(),
  });
}
export const useSetPassphrase = () => useLockMutation('setLockPassphrase');
export const useRemoveLock = () => useLockMutation('removeLock');
export const useLockNow = () => useLockMutation('lockNow');
export const useUnlock = () => useLockMutation('unlock');
export const useSetLockIdle = () => useLockMutation('setLockIdle');
