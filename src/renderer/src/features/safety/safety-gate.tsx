import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../lib/error-alert';
import { UnlockPage } from './lock';
import { RecoveryPage } from './recovery-page';
import { useHealth, useLockState } from './use-safety';

/** Before anything else: the lock screen when locked, the recovery screen when no usable database is open. */
export function SafetyGate({ children }: { children: ReactNode }) {
  const lock = useLockState();
  const health = useHealth();
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
