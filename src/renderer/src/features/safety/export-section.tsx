import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { csvTables } from '@shared/contract/transfer';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';

/** Settings → Export: everything to a folder, or one table as CSV. */
export function ExportSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const all = useApiMutation('exportAll');
  const csv = useApiMutation('exportCsv');
  return (
    <Stack>
      <Title order={3}>{t('safety.export.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('safety.export.help')}
      </Text>
      <Group>
        <Button
          loading={all.isPending}
          onClick={() =>
            all.mutate(undefined, {
              onSuccess: (r) => {
                if (!r) return;
                notifications.show({
                  color: 'green',
                  message: t('safety.export.doneAll', { files: f.number(r.files), count: r.files, folder: r.folder }),
                });
                if (!r.journalOk) notifications.show({ color: 'red', message: t('safety.export.chainWarning') });
              },
            })
          }
        >
          {t('safety.export.all')}
        </Button>
        {csvTables.map((table) => (
          <Button
            key={table}
            variant="default"
            disabled={csv.isPending}
            onClick={() =>
              csv.mutate(
                { table },
                {
                  onSuccess: (r) =>
                    r &&
                    notifications.show({
                      color: 'green',
                      message: t('safety.export.doneCsv', { rows: f.number(r.rows), count: r.rows, path: r.path }),
                    }),
                },
              )
            }
          >
            {t('safety.export.csv', { table: t(`safety.export.tables.${table}`) })}
          </Button>
        ))}
      </Group>
      {all.error && <ErrorAlert error={all.error} />}
      {csv.error && <ErrorAlert error={csv.error} />}
    </Stack>
  );
}
