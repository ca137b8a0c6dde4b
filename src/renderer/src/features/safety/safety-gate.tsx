import { Center, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/error-alert';
import { UnlockPage } from './lock';
import { RecoveryPage } from './recovery-page';
import { useHealth, useLockNow, useLockState } from './use-safety';
import { useIdle } from '@mantine/hooks';

/** Before anything else: the lock screen when locked, the recovery screen when no usable database is open. */
export function SafetyGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const lock = useLockState();
  const health = useHealth();
  const problem = health.data?.status === 'problem';
  // Locks by itself after the chosen minutes without keyboard or mouse use.
  const idleMinutes = lock.data?.enabled && !lock.data.locked ? lock.data.idleMinutes : 0;
  const idle = useIdle(idleMinutes > 0 ? idleMinutes * 60_000 : 2 ** 31 - 1, { initialState: false });
  const lockNow = useLockNow();
  const lockNowMutate = lockNow.mutate;
  useEffect(() => {
    if (idle && idleMinutes > 0) lockNowMutate(undefined);
  }, [idle, idleMinutes, lockNowMutate]);
  // A problem found in the background (e.g. a changed journal entry) is said plainly, wherever
  // the owner is; Settings → Data safety has the details and the way back.
  useEffect(() => {
    if (problem) {
      notifications.show({
        id: 'health-problem',
        color: 'red',
        autoClose: false,
        title: t('safety.health.problem'),
        message: t('safety.health.seeSettings'),
      });
    }
  }, [problem, t]);
  if (lock.error) return <ErrorAlert error={lock.error} onRetry={() => void lock.refetch()} />;
  if (lock.data?.locked) return <UnlockPage />;
  if (health.error) return <ErrorAlert error={health.error} onRetry={() => void health.refetch()} />;
  if (!lock.data || !health.data) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (health.data.status === 'recovery') return <RecoveryPage health={health.data} />;
  return <>{children}</>;
}
