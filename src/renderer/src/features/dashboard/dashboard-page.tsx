import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../lib/empty-state';
import { useFormat } from '../../lib/format';
import { useClients } from '../clients/use-clients';
import { TodayPanel } from '../journal/today-panel';

export function DashboardPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const clients = useClients({ search: '', status: null, includeArchived: false });
  const all = clients.data ?? [];
  const stats = [
    { label: t('shell.dashboard.clientsCount'), value: all.length },
    { label: t('shell.dashboard.activeCount'), value: all.filter((c) => c.status === 'active').length },
    { label: t('shell.dashboard.atRiskCount'), value: all.filter((c) => c.status === 'at_risk').length },
  ];
  return (
    <Stack>
      <Title order={2}>{t('shell.dashboard.title')}</Title>
      <SimpleGrid cols={3}>
        {stats.map((s) => (
          <Paper key={s.label} withBorder p="md">
            <Text size="xs" c="dimmed">
              {s.label}
            </Text>
            <Text fz={28} fw={700}>
              {fmt.number(s.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <TodayPanel />
      <EmptyState>{t('shell.dashboard.empty')}</EmptyState>
    </Stack>
  );
}
