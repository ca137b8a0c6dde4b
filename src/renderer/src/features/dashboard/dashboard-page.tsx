import { Anchor, Badge, Button, Grid, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { otherCurrencyLine } from '@shared/domain/conversion';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { useApiQuery } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { SyncFolderWarning } from '../../lib/sync-folder-warning';
import { Ageing, HealthDistribution, RevenueVsCost, WhaleCurve } from './portfolio-charts';
import type { ReactNode } from 'react';

const bandColor = { green: 'green', amber: 'yellow', red: 'red' } as const;

/** The portfolio at a glance: who earns you money, who costs you, what needs attention. */
/** `today`: what needs the owner today (the journal's panel, placed here by app/routes). */
/** `lessons`: what lost clients taught (offboarding's panel, placed here by app/routes). */
/** `team`: who met the difficult clients and faced abuse (the people feature's panel; shown only for a team). */
export function DashboardPage({ today, lessons, team }: { today?: ReactNode; lessons?: ReactNode; team?: ReactNode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const portfolio = useApiQuery('portfolio');
  if (portfolio.error) return <ErrorAlert error={portfolio.error} onRetry={() => void portfolio.refetch()} />;
  const p = portfolio.data;
  if (!p) return null;
  const stats = [
    { label: t('portfolio.totals.revenue'), value: fmt.money(p.totals.revenueMinor, p.currency) },
    { label: t('portfolio.totals.cost'), value: fmt.money(p.totals.costToServeMinor, p.currency) },
    { label: t('portfolio.totals.margin'), value: fmt.money(p.totals.marginMinor, p.currency) },
  ];
  const cap = p.capacity;
  return (
    <Stack>
      <div>
        <Title order={2}>{t('shell.dashboard.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('portfolio.window', { months: fmt.number(p.window.months), count: p.window.months, to: fmt.date(p.window.to) })}
        </Text>
        {p.otherCurrencies.map((o) => {
          const line = otherCurrencyLine(o, p.currency, fmt.lang);
          return (
            <Text key={o.currency} size="sm" c={o.rate ? 'dimmed' : 'orange'} data-testid={`portfolio-currency-${o.currency}`}>
              {t(line.key, line.params)}
            </Text>
          );
        })}
      </div>
      <SyncFolderWarning />
      {today}
      {p.rows.length === 0 ? (
        <EmptyState
          title={t('portfolio.emptyTitle')}
          action={
            <Button component={Link} to="/clients?new=1">
              {t('portfolio.emptyAction')}
            </Button>
          }
        >
          {t('portfolio.empty')}
        </EmptyState>
      ) : (
        <>
          <SimpleGrid cols={3}>
            {stats.map((s) => (
              <Paper key={s.label} withBorder p="md">
                <Text size="xs" c="dimmed">
                  {s.label}
                </Text>
                <Text fz={24} fw={700}>
                  {s.value}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('portfolio.totals.notProfit')}
          </Text>
          {cap && (
            <Paper withBorder p="md" data-testid="capacity">
              <Title order={4} mb={4}>
                {t('portfolio.capacity.title')}
              </Title>
              <Text size="sm">
                {cap.coveredShare === null
                  ? t('portfolio.capacity.noHours')
                  : t('portfolio.capacity.covered', {
                      assigned: fmt.number(cap.assignedHours, 1),
                      logged: fmt.number(cap.loggedHours, 1),
                      delivery: fmt.number(cap.deliveryHours, 1),
                      paid: fmt.number(cap.paidHours, 1),
                      share: fmt.percent(cap.coveredShare),
                    })}
              </Text>
              <Text size="sm">
                {t('portfolio.capacity.unassigned', {
                  hours: fmt.number(cap.unassignedHours, 1),
                  cost: fmt.money(cap.unassignedCostMinor, p.currency),
                })}
              </Text>
              <Text size="sm" fw={700} c={cap.marginAfterUnassignedMinor < 0 ? 'red' : undefined}>
                {t('portfolio.capacity.afterUnassigned', {
                  amount: fmt.money(cap.marginAfterUnassignedMinor, p.currency),
                })}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {t('portfolio.capacity.help')}
              </Text>
            </Paper>
          )}
          <Grid>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <WhaleCurve p={p} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <RevenueVsCost p={p} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Ageing p={p} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <HealthDistribution p={p} />
            </Grid.Col>
          </Grid>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">
              {t('portfolio.atRisk.title')}
            </Title>
            {p.atRisk.length === 0 ? (
              <Text c="dimmed">{t('portfolio.atRisk.none')}</Text>
            ) : (
              <Table aria-label={t('portfolio.atRisk.title')}>
                <Table.Thead>
                  <Table.Tr>
                    {(['client', 'health', 'margin', 'overdue', 'action'] as const).map((c) => (
                      <Table.Th key={c}>{t(`portfolio.atRisk.${c}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.atRisk.map((r) => (
                    <Table.Tr key={r.clientId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/clients/${r.clientId}?tab=value`}>
                          {r.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={bandColor[r.band]}>{r.health}</Badge>
                      </Table.Td>
                      <Table.Td c={r.marginMinor < 0 ? 'red' : undefined}>{fmt.money(r.marginMinor, p.currency)}</Table.Td>
                      <Table.Td>{fmt.money(r.overdueMinor, p.currency)}</Table.Td>
                      <Table.Td>{t(`value.recommendation.action.${r.action}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </>
      )}
      {team}
      {lessons}
    </Stack>
  );
}
