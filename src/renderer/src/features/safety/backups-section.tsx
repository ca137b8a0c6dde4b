import { Alert, Badge, Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BackupInfo, HealthView, RestorePreview, RestoreResult } from '@shared/contract/safety';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { SyncFolderWarning } from '../../lib/sync-folder-warning';
import { RestoreModal } from './restore-modal';
import { useBackupNow, useBackups, useHealth, usePreviewRestore } from './use-safety';

export function HealthLine({ health, onRestore }: { health: HealthView; onRestore?: (backupName: string) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const j = health.journal;
  if (health.status === 'checking') {
    return (
      <Stack gap={4} data-testid="health">
        <Text size="sm">
          {t('safety.health.checking', { checked: f.number(j.checked), total: f.number(j.total), count: j.total })}
        </Text>
        <Progress value={j.total > 0 ? (100 * j.checked) / j.total : 0} aria-label={t('safety.title')} />
      </Stack>
    );
  }
  if (health.status === 'problem') {
    const failure = j.result?.failure;
    return (
      <Alert color="red" title={t('safety.health.problem')} role="alert" data-testid="health">
        {failure
          ? t('safety.health.chainBroken', { seq: failure.seq, clientId: failure.clientId, reason: failure.reason })
          : j.error
            ? t('safety.health.checkFailed', { error: j.error })
            : health.startup.quickCheck}
        {health.newestVerifiedBackup && onRestore && (
          <Group mt="sm">
            <Button size="xs" color="red" variant="light" onClick={() => onRestore(health.newestVerifiedBackup!.name)}>
              {t('safety.recovery.restoreNewest')}
            </Button>
          </Group>
        )}
      </Alert>
    );
  }
  const interrupted = health.startup.interruptedRestore;
  return (
    <Stack gap={4}>
      {interrupted && (
        <Alert color="yellow" data-testid="interrupted-restore">
          {t(interrupted === 'finished' ? 'safety.health.restoreFinished' : 'safety.health.restoreUndone')}
        </Alert>
      )}
      <Text size="sm" c="green" data-testid="health">
        {t('safety.health.ok')}
      </Text>
    </Stack>
  );
}

export function useRestoreFlow() {
  const { t } = useTranslation();
  const previewer = usePreviewRestore();
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const open = (input: Parameters<typeof previewer.mutate>[0]) => previewer.mutate(input, { onSuccess: (p) => setPreview(p) });
  const done = (r: RestoreResult) => {
    setPreview(null);
    notifications.show({
      color: 'green',
      message: r.safetyBackup
        ? t('safety.restore.done', { name: r.restoredFrom, safety: r.safetyBackup.name })
        : t('safety.restore.doneNoSafety', { name: r.restoredFrom }),
    });
  };
  const modal = <RestoreModal preview={preview} onClose={() => setPreview(null)} onRestored={done} />;
  return { open, modal, error: previewer.error, pending: previewer.isPending };
}

export function BackupRow({ b, onRestore }: { b: BackupInfo; onRestore: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table.Tr>
      <Table.Td>{f.dateTime(b.createdAt)}</Table.Td>
      <Table.Td>{t(`safety.backups.reasons.${b.reason}`)}</Table.Td>
      <Table.Td>
        {t('safety.backups.counts', {
          clients: f.number(b.counts['clients'] ?? 0),
          invoices: f.number(b.counts['invoices'] ?? 0),
          entries: f.number(b.counts['journal_entries'] ?? 0),
        })}
      </Table.Td>
      <Table.Td>
        {b.verification.ok ? (
          <Badge color="green">{t('safety.backups.verified')}</Badge>
        ) : (
          <Badge color="red">{t('safety.backups.notVerified')}</Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          onClick={onRestore}
          aria-label={`${t('safety.backups.restore')} ${f.dateTime(b.createdAt)}`}
        >
          {t('safety.backups.restore')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** Settings → Data safety: health, backups, back up now, restore. */
export function BackupsSection() {
  const { t } = useTranslation();
  const health = useHealth();
  const backups = useBackups();
  const backupNow = useBackupNow();
  const restore = useRestoreFlow();

  const make = (destination: 'app' | 'folder') =>
    backupNow.mutate(
      { destination },
      {
        onSuccess: (b) => {
          if (!b) return;
          notifications.show(
            b.verification.ok
              ? { color: 'green', message: t('safety.backups.made', { name: b.name }) }
              : { color: 'red', message: t('safety.backups.madeUnverified', { problem: b.verification.detail ?? '' }) },
          );
        },
      },
    );

  return (
    <Stack>
      <Title order={3}>{t('safety.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('safety.intro')}
      </Text>
      {health.data && <HealthLine health={health.data} onRestore={(backup) => restore.open({ backup })} />}
      <SyncFolderWarning />
      <Group>
        <Button onClick={() => make('app')} loading={backupNow.isPending}>
          {t('safety.backups.backUpNow')}
        </Button>
        <Button variant="default" onClick={() => make('folder')} disabled={backupNow.isPending}>
          {t('safety.backups.backUpToFolder')}
        </Button>
        <Button variant="default" onClick={() => restore.open({ pickFile: true })} loading={restore.pending}>
          {t('safety.backups.restoreFromFile')}
        </Button>
      </Group>
      {backupNow.error && <ErrorAlert error={backupNow.error} />}
      {restore.error && <ErrorAlert error={restore.error} />}
      {backups.error && <ErrorAlert error={backups.error} onRetry={() => void backups.refetch()} />}
      <Title order={4}>{t('safety.backups.title')}</Title>
      {backups.data && backups.data.length === 0 && <EmptyState>{t('safety.backups.none')}</EmptyState>}
      {backups.data && backups.data.length > 0 && (
        <Table striped data-testid="backups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('safety.backups.date')}</Table.Th>
              <Table.Th>{t('safety.backups.reason')}</Table.Th>
              <Table.Th>{t('safety.backups.contents')}</Table.Th>
              <Table.Th>{t('safety.backups.check')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.data.map((b) => (
              <BackupRow key={b.name} b={b} onRestore={() => restore.open({ backup: b.name })} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {restore.modal}
    </Stack>
  );
}
