import { Alert, Button, Container, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import type { HealthView } from '@shared/contract/safety';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { BackupRow, useRestoreFlow } from './backups-section';
import { useBackups, useStartFresh } from './use-safety';

/**
 * Shown instead of the app when no usable database is open: says plainly what happened,
 * that nothing was deleted, and offers the newest verified backup first.
 */
export function RecoveryPage({ health }: { health: HealthView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const backups = useBackups();
  const restore = useRestoreFlow();
  const startFresh = useStartFresh();
  const [confirmFresh, setConfirmFresh] = useState(false);
  const problem = health.startup.problem ?? 'damaged';
  const newest = health.newestVerifiedBackup;

  return (
    <Container size="md" py="xl">
      <Stack>
        <Title order={1}>{t('safety.recovery.title')}</Title>
        <Alert color="orange" role="alert">
          <Text>{t(`safety.recovery.problems.${problem}`)}</Text>
          {health.startup.quarantinedTo && (
            <Text size="sm" mt="xs">
              {t('safety.recovery.quarantined', { path: health.startup.quarantinedTo })}
            </Text>
          )}
        </Alert>
        {newest ? (
          <Group>
            <Text>{t('safety.recovery.offer', { date: f.dateTime(newest.createdAt) })}</Text>
            <Button onClick={() => restore.open({ backup: newest.name })} loading={restore.pending}>
              {t('safety.recovery.restoreNewest')}
            </Button>
          </Group>
        ) : (
          <Text>{t('safety.recovery.noBackups')}</Text>
        )}
        <Group>
          {health.startup.quarantinedTo && (
            <Button variant="default" onClick={() => restore.open({ quarantined: true })}>
              {t('safety.recovery.useSetAside')}
            </Button>
          )}
          <Button variant="default" onClick={() => restore.open({ pickFile: true })}>
            {t('safety.backups.restoreFromFile')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setConfirmFresh(true)}>
            {t('safety.recovery.startFresh')}
          </Button>
        </Group>
        {restore.error && <ErrorAlert error={restore.error} />}
        {backups.data && backups.data.length > 0 && (
          <>
            <Title order={3}>{t('safety.recovery.otherBackups')}</Title>
            <Table striped>
              <Table.Tbody>
                {backups.data.map((b) => (
                  <BackupRow key={b.name} b={b} onRestore={() => restore.open({ backup: b.name })} />
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
      {restore.modal}
      <Modal opened={confirmFresh} onClose={() => setConfirmFresh(false)} title={t('safety.recovery.startFresh')}>
        <Stack>
          <Text>{t('safety.recovery.startFreshConfirm')}</Text>
          {startFresh.error && <ErrorAlert error={startFresh.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmFresh(false)}>
              {t('actions.cancel')}
            </Button>
            <Button color="red" loading={startFresh.isPending} onClick={() => startFresh.mutate()}>
              {t('safety.recovery.startFresh')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  );
}
