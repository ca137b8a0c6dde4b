import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../lib/api';
import { useFormat } from '../../lib/format';

/** Where an export was saved, with a way to open it (the main process opens the file it saved). */
export function SavedNotice({ pages, path, testId }: { pages: number; path: string; testId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const open = useApiMutation('openLastReport');
  return (
    <Alert color="green" role="status" data-testid={testId}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {t('reports.screen.saved', { pages: fmt.number(pages), count: pages, path })}
        </Text>
        <Button size="xs" variant="light" color="green" loading={open.isPending} onClick={() => open.mutate(undefined)}>
          {t('reports.screen.open')}
        </Button>
      </Group>
    </Alert>
  );
}
