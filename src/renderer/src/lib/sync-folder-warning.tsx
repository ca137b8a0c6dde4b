import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from './api';
import { ErrorAlert } from './error-alert';

/**
 * The database sits in a file-sync folder (Dropbox, OneDrive…), which can damage an open
 * database: said on the dashboard and in Settings, with the offer to move the data.
 */
export function SyncFolderWarning() {
  const { t } = useTranslation();
  const health = useApiQuery('getHealth');
  const move = useApiMutation('moveDataFolder');
  const sync = health.data?.syncFolder;
  if (!sync) return null;
  return (
    <Alert color="orange" title={t('safety.syncFolder.title', { provider: sync.provider })} data-testid="sync-folder">
      <Text size="sm">{t('safety.syncFolder.body', { provider: sync.provider, path: sync.path })}</Text>
      {move.data && (
        <Text size="sm" mt="xs" role="status">
          {t('safety.syncFolder.moved', { path: move.data.movedTo })}
        </Text>
      )}
      {move.error && <ErrorAlert error={move.error} />}
      {!move.data && (
        <Group mt="sm">
          <Button size="xs" color="orange" loading={move.isPending} onClick={() => move.mutate({ confirm: true })}>
            {t('safety.syncFolder.move')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
