import { Button, Center, Group, Paper, PasswordInput, Select, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { useLockNow, useLockState, useRemoveLock, useSetLockIdle, useSetPassphrase, useUnlock } from './use-safety';

/** A wrong passphrase, and how long until the next try is heard (the wait doubles each time). */
function unlockError(error: unknown, t: (key: string, o?: Record<string, unknown>) => string): string | undefined {
  if (!(error instanceof ApiError) || error.code !== 'LOCKED') return undefined;
  const ms = Number(error.details?.['retryAfterMs'] ?? 0);
  const wait = ms > 0 ? t('safety.lock.wait', { seconds: Math.ceil(ms / 1000) }) : '';
  // Refused without a check (still waiting) carries no `wrong`.
  if (error.details?.['wrong'] !== true && ms > 0) return wait;
  return wait ? `${t('safety.lock.wrong')} ${wait}` : t('safety.lock.wrong');
}

export function UnlockPage() {
  const { t } = useTranslation();
  const unlock = useUnlock();
  const [passphrase, setPassphrase] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    unlock.mutate({ passphrase }, { onSettled: () => setPassphrase('') });
  };
  return (
    <Center h="100vh">
      <Paper withBorder p="xl" w={380} component="form" onSubmit={submit}>
        <Stack>
          <Title order={2}>{t('safety.lock.lockedTitle')}</Title>
          <PasswordInput
            label={t('safety.lock.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            error={unlockError(unlock.error, t)}
            autoFocus
          />
          <Button type="submit" loading={unlock.isPending}>
            {t('safety.lock.unlock')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}

/** Settings → App lock: turn on, change, turn off, lock now. */
export function LockSection() {
  const { t } = useTranslation();
  const state = useLockState();
  const set = useSetPassphrase();
  const remove = useRemoveLock();
  const lockNow = useLockNow();
  const setIdle = useSetLockIdle();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const enabled = state.data?.enabled ?? false;
  const mismatch = repeat.length > 0 && next !== repeat;
  const reset = () => {
    setCurrent('');
    setNext('');
    setRepeat('');
  };
  const error = set.error ?? remove.error ?? lockNow.error ?? setIdle.error;
  return (
    <Stack maw={480}>
      <Title order={3}>{t('safety.lock.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('safety.lock.help')}
      </Text>
      <Text size="sm" data-testid="lock-state">
        {enabled ? t('safety.lock.enabled') : t('safety.lock.disabled')}
      </Text>
      {enabled && (
        <Select
          label={t('safety.lock.idle')}
          data={[0, 5, 15, 30, 60].map((m) => ({
            value: String(m),
            label: m === 0 ? t('safety.lock.idleNever') : t('safety.lock.idleAfter', { minutes: m, count: m }),
          }))}
          value={String(state.data?.idleMinutes ?? 0)}
          allowDeselect={false}
          onChange={(v) => v !== null && setIdle.mutate({ minutes: Number(v) })}
        />
      )}
      {enabled && (
        <PasswordInput label={t('safety.lock.current')} value={current} onChange={(e) => setCurrent(e.currentTarget.value)} />
      )}
      <PasswordInput label={t('safety.lock.passphrase')} value={next} onChange={(e) => setNext(e.currentTarget.value)} />
      <PasswordInput
        label={t('safety.lock.repeat')}
        value={repeat}
        onChange={(e) => setRepeat(e.currentTarget.value)}
        error={mismatch ? t('safety.lock.mismatch') : undefined}
      />
      {error && <ErrorAlert error={error} />}
      <Group>
        <Button
          disabled={next.length === 0 || next !== repeat}
          loading={set.isPending}
          onClick={() => set.mutate({ passphrase: next, ...(enabled ? { current } : {}) }, { onSuccess: reset })}
        >
          {enabled ? t('safety.lock.change') : t('safety.lock.set')}
        </Button>
        {enabled && (
          <>
            <Button variant="default" onClick={() => remove.mutate({ current }, { onSuccess: reset })}>
              {t('safety.lock.remove')}
            </Button>
            <Button variant="default" onClick={() => lockNow.mutate(undefined)}>
              {t('safety.lock.lockNow')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
