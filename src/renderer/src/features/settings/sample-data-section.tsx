import { Button, Group, Modal, Paper, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/error-alert';
import { useRemoveSample, useSampleStatus } from './use-value-settings';

/** Sample data is clearly marked and goes in one step, after a confirmation; without any, the view says so. */
export function SampleDataSection() {
  const { t } = useTranslation();
  const status = useSampleStatus();
  const remove = useRemoveSample();
  const [confirming, confirm] = useDisclosure(false);
  const n = status.data?.sampleClients ?? 0;
  if (!status.data) return status.error ? <ErrorAlert error={status.error} /> : null;
  if (n === 0) {
    return (
      <Paper withBorder p="md" data-testid="sample-data">
        <Title order={3} mb={4}>
          {t('value.sample.title')}
        </Title>
        <Text>{t('value.sample.none')}</Text>
        <Text size="sm" c="dimmed">
          {t('value.sample.noneHint')}
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" data-testid="sample-data">
      <Title order={3} mb={4}>
        {t('value.sample.title')}
      </Title>
      <Group justify="space-between">
        <Text>{t('value.sample.present', { count: n })}</Text>
        <Button color="red" variant="light" onClick={confirm.open}>
          {t('value.sample.remove')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={confirm.close} title={t('value.sample.remove')}>
        <Text mb="md">{t('value.sample.removeConfirm')}</Text>
        {remove.error ? <ErrorAlert error={remove.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={confirm.close}>
            {t('actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={async () => {
              await remove.mutateAsync(undefined);
              confirm.close();
              notifications.show({ message: t('value.sample.removed'), color: 'green' });
            }}
          >
            {t('value.sample.remove')}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
